/**
 * A short fingerprint of a value as a form showed it, sent back with the form, so that a save
 * made against a venue, a note or the settings that someone else changed meanwhile is refused
 * instead of silently overwriting theirs (the entries use their revision for the same purpose).
 */
import { createHash } from 'node:crypto';

/**
 * The fingerprint of `value`'s JSON.
 *
 * Examples: `stateTag({ name: 'M3' }) === stateTag({ name: 'M3' })`; it differs once a field does.
 */
export function stateTag(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value ?? null)).digest('base64url').slice(0, 22);
}
