/**
 * The conference's own fields (title, session, dates, zone, theme, notice, the public address
 * for printed QR codes, the publication mode) and its notes, as the secretariat edits them. Each save is one commit
 * with a `settings` or `note` change, so the revision moves and every reader reloads.
 */
import { AgoraError, type Problem } from '../errors.ts';
import { entryLabel, type Conference, type Note } from '../model/programme.ts';
import { isPublication, type Publication } from '../model/publication.ts';
import { slugify } from '../model/slug.ts';
import { compareDates, isDate, isTimeZone } from '../model/wall-clock.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';
import { requireMay, type Actor } from './policy.ts';
import { stateTag } from './state-tag.ts';

/** What the settings page edits: the conference's fields, its public address and its publication mode. */
export interface ConferenceSettings {
  conference: Conference;
  baseUrl: string | null;
  /** Whether readers see every change at once (`live`) or the newest release (`release`). */
  publication: Publication;
}

/** The settings form as sent: every field as typed (`publication` as the radio button chosen). */
export type SettingsForm = Record<keyof Conference | 'baseUrl' | 'publication', string>;

export const SETTINGS_FIELDS: readonly (keyof SettingsForm)[] = [
  'title',
  'session',
  'organizer',
  'organizerShort',
  'city',
  'timeZone',
  'startDate',
  'endDate',
  'theme',
  'notice',
  'baseUrl',
  'publication',
];

const MAX_TEXT = 300;
const MAX_LONG_TEXT = 2000;

/** The public address printed QR codes point to, or null for the server's own. */
export async function conferenceBaseUrl(store: Store, conferenceId: number): Promise<string | null> {
  const row = await store.db.selectFrom('conferences').select('base_url').where('id', '=', conferenceId).executeTakeFirst();
  return row?.base_url ?? null;
}

export async function readSettings(store: Store, record: ConferenceRecord, actor: Actor): Promise<ConferenceSettings> {
  requireMay(actor, 'manage-conference');
  const { record: now } = await store.readProgramme(record.id);
  return { conference: now.conference, baseUrl: await conferenceBaseUrl(store, record.id), publication: now.publication };
}

/** An http(s) address without a trailing slash, or null when it is not one. */
function publicAddress(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '' || url.username !== '' || url.password !== '') return null;
  if (url.search !== '' || url.hash !== '') return null;
  return url.toString().replace(/\/+$/, '');
}

/**
 * The settings a form describes, or AGORA_BAD_INPUT naming every field that is wrong. Blank
 * fields are "not known" (null).
 */
export function readSettingsForm(form: SettingsForm): ConferenceSettings {
  const problems: Problem[] = [];
  const text = (field: keyof SettingsForm, max = MAX_TEXT): string | null => {
    const value = form[field].trim();
    if (value.length > max) problems.push({ where: field, message: `at most ${max} characters` });
    return value === '' ? null : value;
  };
  const conference: Conference = {
    title: text('title'),
    session: text('session'),
    organizer: text('organizer'),
    organizerShort: text('organizerShort', 40),
    city: text('city'),
    timeZone: text('timeZone', 64),
    startDate: text('startDate', 10),
    endDate: text('endDate', 10),
    theme: text('theme'),
    notice: text('notice', MAX_LONG_TEXT),
  };
  if (conference.timeZone !== null && !isTimeZone(conference.timeZone)) {
    problems.push({ where: 'timeZone', message: `"${conference.timeZone}" is not a time zone; write an IANA name such as "Europe/Vienna"` });
  }
  for (const field of ['startDate', 'endDate'] as const) {
    const value = conference[field];
    if (value !== null && !isDate(value)) problems.push({ where: field, message: 'a date written YYYY-MM-DD, such as "2012-10-15"' });
  }
  const { startDate, endDate } = conference;
  if (startDate !== null && endDate !== null && isDate(startDate) && isDate(endDate) && compareDates(endDate, startDate) < 0) {
    problems.push({ where: 'endDate', message: `must not be before the start date ${startDate}` });
  }
  const addressText = text('baseUrl', 500);
  const baseUrl = addressText === null ? null : publicAddress(addressText);
  if (addressText !== null && baseUrl === null) {
    problems.push({ where: 'baseUrl', message: 'an address starting http:// or https://, such as "https://programme.example.org", without ? or #' });
  }
  const publication = form.publication.trim();
  if (!isPublication(publication)) {
    problems.push({ where: 'publication', message: 'choose when changes become public: "live" (every change at once) or "release" (on release)' });
  }
  if (problems.length > 0 || !isPublication(publication)) throw new AgoraError('AGORA_BAD_INPUT', 'The settings were not saved: correct the fields marked.', { problems });
  return { conference, baseUrl, publication };
}

/**
 * Saves the settings, refused when they changed since the form showed them (`expectedTag` is
 * {@link stateTag} of the settings as shown).
 */
export async function saveSettings(store: Store, record: ConferenceRecord, actor: Actor, form: SettingsForm, expectedTag: string): Promise<{ settings: ConferenceSettings; revision: number }> {
  requireMay(actor, 'manage-conference');
  const after = readSettingsForm(form);
  const { revision } = await store.commit(record.id, async (tx) => {
    const { record: now } = await tx.readProgramme();
    const before: ConferenceSettings = { conference: now.conference, baseUrl: await tx.readBaseUrl(), publication: now.publication };
    if (stateTag(before) !== expectedTag) {
      throw new AgoraError('AGORA_STALE_REVISION', 'The settings were changed by someone else since you opened them. Nothing was saved: look at them as they are now and make your change again.', {
        details: { current: before },
      });
    }
    await tx.putConference(after.conference, after.baseUrl, after.publication);
    return { change: { actor: actor.name, kind: 'settings', entryId: null, before, after, meta: {} }, result: undefined };
  });
  return { settings: after, revision };
}

export const MAX_NOTE = 1000;

function noteText(text: string): string {
  const value = text.trim();
  if (value === '') throw new AgoraError('AGORA_BAD_INPUT', 'The note was not saved: it has no text.', { problems: [{ where: 'text', message: 'write the note, such as "Refreshments will be provided."' }] });
  if (value.length > MAX_NOTE) throw new AgoraError('AGORA_BAD_INPUT', 'The note was not saved: it is too long.', { problems: [{ where: 'text', message: `at most ${MAX_NOTE} characters` }] });
  return value;
}

function findNote(notes: readonly Note[], noteId: string, slug: string): Note {
  const note = notes.find((candidate) => candidate.id === noteId);
  if (!note) throw new AgoraError('AGORA_NOT_FOUND', `There is no note "${noteId}" in ${slug}.`, { problems: [{ where: 'note', message: 'unknown id' }] });
  return note;
}

export async function addNote(store: Store, record: ConferenceRecord, actor: Actor, text: string): Promise<{ note: Note; revision: number }> {
  requireMay(actor, 'manage-conference');
  const value = noteText(text);
  const { revision, result } = await store.commit(record.id, async (tx) => {
    const { programme } = await tx.readProgramme();
    const taken = new Set(programme.notes.map((note) => note.id));
    const base = slugify(value, 30) || 'note';
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    const note: Note = { id, text: value };
    await tx.putNote(note);
    return { change: { actor: actor.name, kind: 'note', entryId: null, before: null, after: note, meta: { noteId: id } }, result: note };
  });
  return { note: result, revision };
}

/** Saves a note's new text, refused when it changed since the form showed it. */
export async function updateNote(store: Store, record: ConferenceRecord, actor: Actor, noteId: string, text: string, expectedTag: string): Promise<{ note: Note; revision: number }> {
  requireMay(actor, 'manage-conference');
  const value = noteText(text);
  const { revision, result } = await store.commit(record.id, async (tx) => {
    const before = findNote((await tx.readProgramme()).programme.notes, noteId, record.slug);
    if (stateTag(before) !== expectedTag) {
      throw new AgoraError('AGORA_STALE_REVISION', 'The note was changed by someone else since you opened it. Nothing was saved: look at it as it is now and make your change again.', {
        details: { current: before },
      });
    }
    const note: Note = { id: noteId, text: value };
    await tx.putNote(note);
    return { change: { actor: actor.name, kind: 'note', entryId: null, before, after: note, meta: { noteId } }, result: note };
  });
  return { note: result, revision };
}

/** Removes a note no entry refers to; one in use is refused with the entries named. */
export async function removeNote(store: Store, record: ConferenceRecord, actor: Actor, noteId: string): Promise<{ revision: number }> {
  requireMay(actor, 'manage-conference');
  const { revision } = await store.commit(record.id, async (tx) => {
    const { programme } = await tx.readProgramme();
    const note = findNote(programme.notes, noteId, record.slug);
    const users = programme.entries.filter((entry) => entry.notes.includes(noteId));
    if (users.length > 0) {
      const named = users.map((entry) => `"${entryLabel(entry)}"`).join(', ');
      throw new AgoraError('AGORA_BAD_INPUT', `The note was not removed: ${users.length === 1 ? 'an entry refers' : `${users.length} entries refer`} to it (${named}). Take it off ${users.length === 1 ? 'that entry' : 'those entries'} first.`, {
        problems: [{ where: 'note', message: `used by ${named}` }],
        details: { entries: users.map((entry) => entry.id) },
      });
    }
    await tx.removeNote(noteId);
    return { change: { actor: actor.name, kind: 'note', entryId: null, before: note, after: null, meta: { noteId } }, result: undefined };
  });
  return { revision };
}
