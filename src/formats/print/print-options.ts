/**
 * What a print needs besides the programme and its export context: which entries to mark as
 * changed since a revision a reader already has (releases name such revisions).
 */
import type { StoredEntry } from '../../model/programme.ts';

export interface PrintOptions {
  /** Mark entries changed after `since`; null marks none. */
  markChanged: { since: number; entryIds: ReadonlySet<string> } | null;
}

export const NO_MARKS: PrintOptions = { markChanged: null };

/**
 * Options marking every entry written after revision `since`: changed, moved, restored or added.
 *
 * Examples: `markChangedSince(snapshot.entries, 12)` marks the entries whose last change is 13 or later.
 */
export function markChangedSince(entries: readonly StoredEntry[], since: number): PrintOptions {
  const entryIds = new Set(entries.filter((entry) => entry.revision > since).map((entry) => entry.id));
  return { markChanged: { since, entryIds } };
}
