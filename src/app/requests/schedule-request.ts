/**
 * Placing an accepted side-event request in the programme: it becomes a side-event entry (a real
 * programme change, made by {@link addEntry} with its change row and conflict check), the request
 * is linked to that entry and marked scheduled, and the organiser is e-mailed the day, time and
 * venue, all in the one transaction of the entry's commit.
 */
import { AgoraError, type Problem } from '../../errors.ts';
import type { Note } from '../../model/programme.ts';
import { refreshmentsNote, type Refreshments, type SideEventRequest } from '../../model/side-event-request.ts';
import { clockMinutes, isClock, isDate } from '../../model/wall-clock.ts';
import type { ConferenceRecord, Store } from '../../store/store.ts';
import { addNote } from '../conference-settings.ts';
import { addEntry } from '../entry-commands.ts';
import { EXPECTED } from '../entry-fields.ts';
import { requireMay, type Actor } from '../policy.ts';
import { refuseErrorConflicts, type WriteResult } from '../write-entry.ts';
import { queueRequestMail } from './request-mail.ts';
import { findRequest, requireVersion, writeRequest } from './request-rows.ts';
import { previewEntryChange } from '../preview-entry.ts';

/** Where and when the secretariat places the request, as the schedule form sends it. */
export interface ScheduleForm {
  date: string;
  start: string;
  end: string;
  /** The venue's name, as entries name it. */
  venue: string;
  /** Place it even where it leaves a conflict (a booked room, a closed venue). */
  saveAnyway: boolean;
}

export interface ScheduleResult extends WriteResult {
  request: SideEventRequest;
}

/** The schedule form filled from the request's first choice; the venue is the clerk's to choose. */
export function scheduleDraft(request: SideEventRequest): ScheduleForm {
  const first = request.choices[0];
  return { date: first?.date ?? '', start: first?.start ?? '', end: first?.end ?? '', venue: '', saveAnyway: false };
}

function checkTarget(form: ScheduleForm, venues: readonly string[]): void {
  const problems: Problem[] = [];
  if (!isDate(form.date.trim())) problems.push({ where: 'date', message: form.date.trim() === '' ? 'choose the day' : `"${form.date}" is not ${EXPECTED.date}` });
  if (!isClock(form.start.trim())) problems.push({ where: 'start', message: form.start.trim() === '' ? 'give the time it starts' : `"${form.start}" is not ${EXPECTED.clock}` });
  if (!isClock(form.end.trim())) problems.push({ where: 'end', message: form.end.trim() === '' ? 'give the time it ends' : `"${form.end}" is not ${EXPECTED.clock}` });
  else if (isClock(form.start.trim()) && (clockMinutes(form.end.trim()) ?? 0) <= (clockMinutes(form.start.trim()) ?? 0)) problems.push({ where: 'end', message: `must be after the start ${form.start.trim()}` });
  if (!venues.includes(form.venue.trim())) problems.push({ where: 'venue', message: form.venue.trim() === '' ? 'choose the venue' : `"${form.venue}" is not a venue of this conference` });
  if (problems.length > 0) throw new AgoraError('AGORA_BAD_INPUT', 'The request was not scheduled: correct the fields marked.', { problems });
}

/**
 * The note telling readers of the refreshments, found by its text or added to the conference's
 * notes. The policy gives adding notes to admins; a reviewer placing a request may add exactly
 * these notes, whose text is Agora's and not the reviewer's, so the note is added in the name of
 * the reviewer (the change log shows who) with the right to add it that scheduling carries.
 */
async function refreshmentsNoteId(store: Store, record: ConferenceRecord, actor: Actor, refreshments: Refreshments): Promise<string | null> {
  const text = refreshmentsNote(refreshments);
  if (text === null) return null;
  const { programme } = await store.readProgramme(record.id);
  const found: Note | undefined = programme.notes.find((note) => note.text.trim() === text);
  if (found) return found.id;
  const { note } = await addNote(store, record, { name: actor.name, role: 'admin' }, text);
  return note.id;
}

/**
 * Places the accepted request `id` at the form's date, time and venue as a new side-event entry
 * with the request's sponsors, title, description, expected attendance and refreshments note.
 * Strict (a conflict refuses it, AGORA_CONFLICT_REFUSED) unless `saveAnyway`; refused when the
 * request changed since `expectedVersion` or is not accepted. Nothing is written when refused
 * (a clash that appears between the check and the save itself, in that instant, leaves the
 * refreshments note added on the way).
 *
 * Examples: `scheduleRequest(store, record, editor, 7, { date: '2031-05-13', start: '13:15', end: '14:45', venue: 'R2', saveAnyway: false }, 2)`.
 */
export async function scheduleRequest(store: Store, record: ConferenceRecord, actor: Actor, id: number, form: ScheduleForm, expectedVersion: number): Promise<ScheduleResult> {
  requireMay(actor, 'review-requests');
  requireMay(actor, 'edit-entries');
  const request = await findRequest(store.db, record.id, id);
  requireVersion(request, expectedVersion);
  requireAccepted(request);
  const { programme } = await store.readProgramme(record.id);
  checkTarget(form, programme.venues.map((venue) => venue.name));
  const target = { date: form.date.trim(), start: form.start.trim(), end: form.end.trim(), venue: form.venue.trim() };
  const fields = {
    kind: 'side-event',
    title: request.title,
    sponsors: request.sponsors,
    description: request.description,
    expectedAttendance: request.expectedAttendance,
    ...target,
  };
  // A clash is refused before the refreshments note is added, so a refusal leaves the notes as they were.
  if (!form.saveAnyway) refuseErrorConflicts((await previewEntryChange(store, record, actor, null, fields)).conflicts);
  const noteId = await refreshmentsNoteId(store, record, actor, request.needs.refreshments);

  // The entry's commit links the request in its own transaction through a commit hook that acts on
  // this commit alone: the marker is compared by identity, and only this call holds it.
  const marker = { id: request.id };
  const linked: { request: SideEventRequest | null } = { request: null };
  const stop = store.onCommit(async (tx, change) => {
    if (change.meta.request !== marker) return;
    const now = await findRequest(tx.tables, record.id, id);
    requireVersion(now, expectedVersion);
    requireAccepted(now);
    linked.request = await writeRequest(tx.tables, now, expectedVersion, { status: 'scheduled', entry_id: change.entryId });
    await queueRequestMail(tx.tables, record, linked.request, { kind: 'scheduled', ...target });
  });
  try {
    const written = await addEntry(
      store,
      record,
      { ...fields, notes: noteId === null ? [] : [noteId] },
      { actor, strict: !form.saveAnyway, meta: { request: marker } },
    );
    if (linked.request === null) throw new Error(`The commit of request ${id}'s entry did not run its hook.`);
    return { ...written, request: linked.request };
  } finally {
    stop();
  }
}

function requireAccepted(request: SideEventRequest): void {
  if (request.status !== 'accepted') {
    throw new AgoraError('AGORA_BAD_INPUT', `Request ${request.id} is ${request.status}; only an accepted request can be scheduled.`, { problems: [{ where: 'status', message: `is ${request.status}` }] });
  }
}
