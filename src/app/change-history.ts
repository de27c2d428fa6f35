/**
 * The history of a conference as the secretariat reads it: every change, newest first, with
 * who made it, what it changed (each field before → after) and which entry it was, a page at a
 * time, filtered by entry, day or person.
 *
 * Entry and person are filtered in SQL. The day is a fact of the entry before or after the
 * change, which lives in the change's JSON, so it is filtered here, reading further pages until
 * one is full.
 */
import { AgoraError, type Problem } from '../errors.ts';
import { entryFieldChanges } from '../model/entry-diff.ts';
import { entryLabel, type Conference, type Entry, type Note, type OpeningHours, type Venue } from '../model/programme.ts';
import { PUBLICATION_WORDS, publicationOf } from '../model/publication.ts';
import { isDate } from '../model/wall-clock.ts';
import type { ChangeKind } from '../store/change.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';
import { userNames } from './accounts/users.ts';
import type { ConferenceSettings } from './conference-settings.ts';
import { requireMay, type Actor } from './policy.ts';
import { LARGEST_WHOLE_NUMBER, readWholeNumber } from './whole-number.ts';

export const HISTORY_PAGE = 100;

/** What the history is narrowed to; each as the reader typed it, validated by {@link readHistoryFilter}. */
export interface HistoryFilter {
  entryId?: string;
  /** YYYY-MM-DD: changes whose entry was on that day before or after. */
  day?: string;
  /** The actor as the change log names it: "token:desk-1", "cli", a user's e-mail. */
  person?: string;
  /** Only changes older than this revision (the next page). */
  before?: number;
  limit?: number;
}

/** One field's value before and after a change, as text. */
export interface HistoryField {
  field: string;
  before: string | null;
  after: string | null;
}

export interface HistoryRow {
  revision: number;
  at: string;
  actor: string;
  /** The user's name for an e-mail actor, else the actor as recorded. */
  actorName: string;
  kind: ChangeKind;
  entryId: string | null;
  /** What the change was about, as a clerk recognises it: an entry's title, a venue's name. */
  subject: string | null;
  fields: HistoryField[];
  /** For an import, how many entries it brought. */
  importedEntries: number | null;
}

export interface HistoryPage {
  rows: HistoryRow[];
  /** The `before` of the next (older) page, or null when this is the last. */
  next: number | null;
}

/**
 * The filter in a query string, or AGORA_BAD_INPUT naming each field that is not valid.
 *
 * Examples: `readHistoryFilter({ day: '2031-05-12' })`; `{ day: '12 May' }` is refused at `day`.
 */
export function readHistoryFilter(query: Record<string, string | undefined>): HistoryFilter {
  const problems: Problem[] = [];
  const filter: HistoryFilter = {};
  const entry = query.entry?.trim() ?? '';
  if (entry.length > 200) problems.push({ where: 'entry', message: 'at most 200 characters' });
  else if (entry !== '') filter.entryId = entry;
  const day = query.day?.trim() ?? '';
  if (day !== '' && !isDate(day)) problems.push({ where: 'day', message: 'a date written YYYY-MM-DD, such as "2012-10-16"' });
  else if (day !== '') filter.day = day;
  const person = query.person?.trim() ?? '';
  if (person.length > 200) problems.push({ where: 'person', message: 'at most 200 characters' });
  else if (person !== '') filter.person = person;
  const before = query.before?.trim() ?? '';
  const beforeRevision = readWholeNumber(before, 1);
  if (before !== '' && beforeRevision === null) problems.push({ where: 'before', message: 'a revision number, such as 120' });
  else if (beforeRevision !== null) filter.before = beforeRevision;
  if (problems.length > 0) {
    // "before" comes from the link to older changes, not from a field of the form, so the message names it.
    const badBefore = problems.some((problem) => problem.where === 'before')
      ? ` The link to older changes is not valid: "before" must be a revision number, such as 120, no larger than ${LARGEST_WHOLE_NUMBER}.`
      : '';
    const fields = problems.some((problem) => problem.where !== 'before') ? ' Correct the fields marked.' : '';
    throw new AgoraError('AGORA_BAD_INPUT', `The history cannot be filtered so:${fields}${badBefore}`, { problems });
  }
  return filter;
}

function text(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return String(value);
}

function hoursText(hours: readonly OpeningHours[]): string | null {
  return hours.length === 0 ? null : hours.map((row) => `${row.date ?? 'every day'} ${row.start}–${row.end}`).join('; ');
}

/** The fields that differ between two states of the same object, given how to read each. */
function objectChanges<T>(before: T | null, after: T | null, fields: readonly [string, (value: T) => string | null][]): HistoryField[] {
  const changes: HistoryField[] = [];
  for (const [field, read] of fields) {
    const old = before === null ? null : read(before);
    const now = after === null ? null : read(after);
    if (old !== now) changes.push({ field, before: old, after: now });
  }
  return changes;
}

const VENUE_FIELDS: readonly [string, (venue: Venue) => string | null][] = [
  ['name', (venue) => venue.name],
  ['building', (venue) => venue.building],
  ['capacity', (venue) => text(venue.capacity)],
  ['openingHours', (venue) => hoursText(venue.openingHours)],
];

const CONFERENCE_KEYS: readonly (keyof Conference)[] = ['title', 'session', 'organizer', 'organizerShort', 'city', 'timeZone', 'startDate', 'endDate', 'theme', 'notice'];

const SETTINGS_FIELDS: readonly [string, (settings: ConferenceSettings) => string | null][] = [
  ...CONFERENCE_KEYS.map((key): [string, (settings: ConferenceSettings) => string | null] => [key, (settings) => settings.conference[key]]),
  ['baseUrl', (settings) => settings.baseUrl],
  // A settings change recorded before the mode existed was made in the default mode.
  ['publication', (settings) => PUBLICATION_WORDS[publicationOf(settings.publication)]],
];

const NOTE_FIELDS: readonly [string, (note: Note) => string | null][] = [['text', (note) => note.text]];

interface ChangeRow {
  revision: number;
  at: string;
  actor: string;
  kind: string;
  entry_id: string | null;
  before: string | null;
  after: string | null;
  meta: string;
}

function parsed<T>(json: string | null): T | null {
  return json === null ? null : (JSON.parse(json) as T);
}

function entryDayMatches(before: Entry | null, after: Entry | null, day: string): boolean {
  return before?.date === day || after?.date === day;
}

/** A change row as the history shows it; null when the day filter leaves it out. */
function historyRow(row: ChangeRow, day: string | undefined): Omit<HistoryRow, 'actorName'> | null {
  const kind = row.kind as ChangeKind;
  const base = { revision: row.revision, at: row.at, actor: row.actor, kind, entryId: row.entry_id, importedEntries: null };
  if (kind === 'import') {
    if (day !== undefined) return null;
    const meta = JSON.parse(row.meta) as { entries?: unknown };
    return { ...base, subject: null, fields: [], importedEntries: typeof meta.entries === 'number' ? meta.entries : null };
  }
  if (row.entry_id !== null) {
    const before = parsed<Entry>(row.before);
    const after = parsed<Entry>(row.after);
    if (day !== undefined && !entryDayMatches(before, after, day)) return null;
    const shown = after ?? before;
    return { ...base, subject: shown ? entryLabel(shown) : row.entry_id, fields: entryFieldChanges(before, after) };
  }
  if (day !== undefined) return null;
  if (kind === 'venue') {
    const before = parsed<Venue>(row.before);
    const after = parsed<Venue>(row.after);
    return { ...base, subject: (after ?? before)?.name ?? null, fields: objectChanges(before, after, VENUE_FIELDS) };
  }
  if (kind === 'note') {
    return { ...base, subject: 'note', fields: objectChanges(parsed<Note>(row.before), parsed<Note>(row.after), NOTE_FIELDS) };
  }
  if (kind === 'settings') {
    return { ...base, subject: 'conference settings', fields: objectChanges(parsed<ConferenceSettings>(row.before), parsed<ConferenceSettings>(row.after), SETTINGS_FIELDS) };
  }
  if (kind === 'release') {
    const release = parsed<{ id: number; name: string; comment: string | null }>(row.after);
    return {
      ...base,
      subject: release ? `release ${release.id}, ${release.name}` : 'a release',
      fields: release?.comment ? [{ field: 'comment', before: null, after: release.comment }] : [],
    };
  }
  return { ...base, subject: null, fields: [] };
}

/**
 * A page of the conference's history, newest first.
 *
 * Examples: `readHistory(store, record, actor, { day: '2031-05-12' })`; the next page is
 * `readHistory(store, record, actor, { ...filter, before: page.next })`.
 */
export async function readHistory(store: Store, record: ConferenceRecord, actor: Actor, filter: HistoryFilter = {}): Promise<HistoryPage> {
  requireMay(actor, 'read-history');
  const limit = filter.limit ?? HISTORY_PAGE;
  const rows: Omit<HistoryRow, 'actorName'>[] = [];
  let before = filter.before;
  let next: number | null = null;
  // With a day filter a batch may keep few rows: read on until the page is full or the log ends.
  const batch = filter.day === undefined ? limit + 1 : Math.max(limit * 4, 200);
  for (;;) {
    let query = store.db
      .selectFrom('changes')
      .select(['revision', 'at', 'actor', 'kind', 'entry_id', 'meta'])
      // An import's before and after are whole programmes: its entry count (in meta) is all the history shows.
      .select((eb) => [
        eb.case().when('kind', '=', 'import').then(eb.val<string | null>(null)).else(eb.ref('before')).end().as('before'),
        eb.case().when('kind', '=', 'import').then(eb.val<string | null>(null)).else(eb.ref('after')).end().as('after'),
      ])
      .where('conference_id', '=', record.id)
      .orderBy('revision', 'desc')
      .limit(batch);
    if (before !== undefined) query = query.where('revision', '<', before);
    if (filter.entryId !== undefined) query = query.where('entry_id', '=', filter.entryId);
    if (filter.person !== undefined) query = query.where('actor', '=', filter.person);
    const found = await query.execute();
    for (const row of found) {
      const shown = historyRow(row, filter.day);
      if (shown === null) continue;
      if (rows.length === limit) {
        next = rows.at(-1)?.revision ?? null;
        break;
      }
      rows.push(shown);
    }
    if (next !== null || found.length < batch) break;
    before = found.at(-1)?.revision;
  }
  const names = await userNames(store, rows.map((row) => row.actor));
  return { rows: rows.map((row) => ({ ...row, actorName: names.get(row.actor) ?? row.actor })), next };
}

/** Everyone who has changed the conference, for the person filter: actor and name. */
export async function historyPeople(store: Store, record: ConferenceRecord, actor: Actor): Promise<{ actor: string; name: string }[]> {
  requireMay(actor, 'read-history');
  const rows = await store.db.selectFrom('changes').select('actor').distinct().where('conference_id', '=', record.id).orderBy('actor').execute();
  const names = await userNames(store, rows.map((row) => row.actor));
  return rows.map((row) => ({ actor: row.actor, name: names.get(row.actor) ?? row.actor }));
}
