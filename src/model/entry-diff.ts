/**
 * What a change did to an entry, field by field, in words a clerk reads: "venue M3 → M7".
 * The history, the two-clerk dialog, the CLI's change list and release changelogs all say it
 * this way.
 */
import type { Entry, Part } from './programme.ts';

export type EntryField = Exclude<keyof Entry, 'id'>;

/** One field's value before and after, as text; null where there was none. */
export interface FieldChange {
  field: EntryField;
  before: string | null;
  after: string | null;
}

/** The fields in the order a clerk reads an entry: where and when first. */
export const ENTRY_FIELDS: readonly EntryField[] = [
  'date',
  'start',
  'end',
  'venue',
  'status',
  'kind',
  'agendaItem',
  'title',
  'continued',
  'sponsors',
  'description',
  'notes',
  'parts',
  'expectedAttendance',
];

function partText(part: Part): string {
  return [part.label, part.title, part.sponsors.length > 0 ? `(${part.sponsors.join(', ')})` : null].filter(Boolean).join(' ');
}

/** A field's value as one line of text. */
export function fieldText(entry: Partial<Entry>, field: EntryField): string | null {
  const value = entry[field];
  if (value === null || value === undefined) return null;
  if (field === 'parts') return (value as Part[]).length === 0 ? null : (value as Part[]).map(partText).join('; ');
  if (Array.isArray(value)) return value.length === 0 ? null : value.join('; ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/**
 * The fields that differ between two states of an entry (null for "did not exist"), in
 * {@link ENTRY_FIELDS} order.
 *
 * Examples: `entryFieldChanges(before, { ...before, venue: 'M7' })` is
 * `[{ field: 'venue', before: 'M3', after: 'M7' }]`.
 */
export function entryFieldChanges(before: Partial<Entry> | null, after: Partial<Entry> | null): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of ENTRY_FIELDS) {
    const old = before === null ? null : fieldText(before, field);
    const now = after === null ? null : fieldText(after, field);
    if (old !== now) changes.push({ field, before: old, after: now });
  }
  return changes;
}

/** "venue M3 → M7, start 13:00 → 14:00" */
export function describeFieldChanges(changes: readonly FieldChange[]): string {
  return changes.map((change) => `${change.field} ${change.before ?? '—'} → ${change.after ?? '—'}`).join(', ');
}
