/**
 * Which entries the printed programme shows, and in what order.
 *
 * Cancelled entries and entries without a date or times stay in the data but are not
 * printed. The rest print by date, then start, then end, keeping programme order for ties.
 */
import type { Entry, EntryKind } from '../model/programme.ts';

/** An entry that has everything a printed row needs. */
export type PrintedEntry = Entry & { date: string; start: string; end: string };

export function isPrinted(entry: Entry): entry is PrintedEntry {
  return entry.status === 'scheduled' && entry.date !== null && entry.start !== null && entry.end !== null;
}

/** The printed entries of the given kinds, in printed order. */
export function printedEntries(entries: Entry[], kinds: readonly EntryKind[]): PrintedEntry[] {
  return entries
    .filter(isPrinted)
    .filter((entry) => kinds.includes(entry.kind))
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.start, b.start) || compareText(a.end, b.end));
}

/** Runs of neighbouring items that share a key, in order. */
export function groupRuns<T>(items: T[], key: (item: T) => string): T[][] {
  const runs: T[][] = [];
  let lastKey: string | null = null;
  for (const item of items) {
    const itemKey = key(item);
    const last = runs[runs.length - 1];
    if (last !== undefined && itemKey === lastKey) last.push(item);
    else runs.push([item]);
    lastKey = itemKey;
  }
  return runs;
}

/** A printed day: its date and its slots (entries sharing a date, start and end), in order. */
export interface PrintedDay {
  date: string;
  slots: PrintedEntry[][];
}

/** Printed entries (in printed order) grouped into days and each day into its slots. */
export function printedDays(entries: PrintedEntry[]): PrintedDay[] {
  const days: PrintedDay[] = [];
  for (const day of groupRuns(entries, (entry) => entry.date)) {
    const first = day[0];
    if (first !== undefined) days.push({ date: first.date, slots: groupRuns(day, slotKey) });
  }
  return days;
}

export function slotKey(entry: PrintedEntry): string {
  return `${entry.date} ${entry.start} ${entry.end}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
