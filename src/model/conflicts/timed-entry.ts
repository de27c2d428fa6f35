/**
 * An entry as the time rules see it: scheduled, on a day, with its times read as minutes.
 */
import type { Entry, EntryKind } from '../programme.ts';

/** A scheduled entry with a date and a start before its end, in minutes since midnight. */
export interface TimedEntry {
  readonly entry: Entry;
  /** The entry's kind, kept here too: rules read it for every entry, and this object is at hand. */
  readonly kind: EntryKind;
  /** Its index in the programme, so that ties break the same way every time. */
  readonly position: number;
  readonly date: string;
  /** The date as a small number, the same for every entry on that date. */
  readonly day: number;
  readonly start: number;
  readonly end: number;
  /** The venue as a small number (see `ProgrammeView.roomOf`), or -1 when the entry names none. */
  readonly room: number;
}

/** Cancelled entries never clash: every rule looks at scheduled ones only. */
export function isScheduled(entry: Entry): boolean {
  return entry.status === 'scheduled';
}

/** Earlier start first, then earlier end, then programme order. */
export function compareTimed(a: TimedEntry, b: TimedEntry): number {
  return a.start - b.start || a.end - b.end || a.position - b.position;
}

/** Two intervals overlap when each starts before the other ends: 14:00–15:00 and 15:00–16:00 only touch. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
