/**
 * What changed between two published states of a programme, as a delegate holding the older
 * one needs to hear it: entries new, cancelled, restored, withdrawn (gone from the programme),
 * moved (date, time or venue; old → new) and otherwise changed (which fields).
 *
 * An entry both moved and otherwise changed is listed once, under moved, with its other fields.
 */
import { entryFieldChanges, type EntryField, type FieldChange } from './entry-diff.ts';
import type { Entry, Programme } from './programme.ts';

/** Where and when an entry is: the fields a move changes. */
export interface Placement {
  date: string | null;
  start: string | null;
  end: string | null;
  venue: string | null;
}

export interface MovedEntry {
  entry: Entry;
  from: Placement;
  to: Placement;
  /** Other fields that changed too (title, sponsors …). */
  fields: FieldChange[];
}

export interface ChangedEntry {
  entry: Entry;
  fields: FieldChange[];
}

export interface Changelog {
  added: Entry[];
  cancelled: Entry[];
  restored: Entry[];
  /** In the older programme and no longer in the newer one. */
  removed: Entry[];
  moved: MovedEntry[];
  changed: ChangedEntry[];
  /** Venues, footnotes or the conference's own fields changed (named, not itemised). */
  around: ('venues' | 'notes' | 'conference')[];
}

const PLACEMENT_FIELDS: readonly EntryField[] = ['date', 'start', 'end', 'venue'];

export function placementOf(entry: Entry): Placement {
  return { date: entry.date, start: entry.start, end: entry.end, venue: entry.venue };
}

/** True when nothing a reader would notice changed. */
export function isEmptyChangelog(changelog: Changelog): boolean {
  const { around, ...lists } = changelog;
  return around.length === 0 && Object.values(lists).every((list) => list.length === 0);
}

/**
 * The changelog from `older` (null before the first release: everything is new) to `newer`, in
 * the newer programme's order (removed entries in the older one's).
 *
 * Examples: an entry whose venue went from M3 to M7 is `moved: [{ from: { venue: 'M3', … }, to: { venue: 'M7', … } }]`.
 */
export function compareProgrammes(older: Programme | null, newer: Programme): Changelog {
  const log: Changelog = { added: [], cancelled: [], restored: [], removed: [], moved: [], changed: [], around: [] };
  const was = new Map((older?.entries ?? []).map((entry) => [entry.id, entry]));
  const now = new Set(newer.entries.map((entry) => entry.id));
  for (const entry of newer.entries) {
    const before = was.get(entry.id);
    if (!before) {
      log.added.push(entry);
      continue;
    }
    if (before.status !== entry.status) {
      (entry.status === 'cancelled' ? log.cancelled : log.restored).push(entry);
      continue;
    }
    const fields = entryFieldChanges(before, entry);
    if (fields.length === 0) continue;
    const others = fields.filter((change) => !PLACEMENT_FIELDS.includes(change.field));
    if (others.length < fields.length) log.moved.push({ entry, from: placementOf(before), to: placementOf(entry), fields: others });
    else log.changed.push({ entry, fields });
  }
  for (const entry of older?.entries ?? []) if (!now.has(entry.id)) log.removed.push(entry);
  if (older !== null) {
    if (JSON.stringify(older.venues) !== JSON.stringify(newer.venues)) log.around.push('venues');
    if (JSON.stringify(older.notes) !== JSON.stringify(newer.notes)) log.around.push('notes');
    if (JSON.stringify(older.conference) !== JSON.stringify(newer.conference)) log.around.push('conference');
  }
  return log;
}

/**
 * The changelog in a few words: "2 new, 1 cancelled, 3 moved", or "no changes to entries".
 *
 * Examples: `changelogCounts(log)` is `'1 new, 1 moved, 1 changed'` for a log of three entries.
 */
export function changelogCounts(changelog: Changelog): string {
  const parts = [
    [changelog.added.length, 'new'],
    [changelog.cancelled.length, 'cancelled'],
    [changelog.restored.length, 'restored'],
    [changelog.removed.length, 'withdrawn'],
    [changelog.moved.length, 'moved'],
    [changelog.changed.length, 'changed'],
  ] as const;
  const said = parts.filter(([count]) => count > 0).map(([count, word]) => `${count} ${word}`);
  return said.length === 0 ? 'no changes to entries' : said.join(', ');
}
