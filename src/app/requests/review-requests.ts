/**
 * The secretariat's side of side-event requests: the list to review (filtered by status and by a
 * day wanted, searched in titles, sponsors and contacts, sorted), one request with the organiser
 * who made it, and the decision to accept or decline it with a message the organiser is e-mailed.
 */
import { AgoraError, type Problem } from '../../errors.ts';
import type { Entry } from '../../model/programme.ts';
import { isRequestStatus, REQUEST_STATUSES, type RequestStatus, type SideEventRequest } from '../../model/side-event-request.ts';
import { clockMinutes, isDate } from '../../model/wall-clock.ts';
import type { ConferenceRecord, Store } from '../../store/store.ts';
import { may, requireMay, type Actor } from '../policy.ts';
import { queueRequestMail } from './request-mail.ts';
import { findRequest, requestFromRow, writeRequest } from './request-rows.ts';

export type RequestSort = 'submitted' | 'title' | 'attendance';
export const REQUEST_SORTS: readonly RequestSort[] = ['submitted', 'title', 'attendance'];

/** What the review list shows: every field optional, as a query string gives them. */
export interface RequestQuery {
  status?: string;
  /** A day one of the request's choices wants, YYYY-MM-DD. */
  day?: string;
  /** Words looked for in the title, the sponsors and the contact person. */
  q?: string;
  sort?: string;
}

export interface ReviewedRequest {
  request: SideEventRequest;
  organiser: { name: string; email: string };
  /** The entry it became, as it stands now. */
  entry: Entry | null;
}

export const MAX_DECISION_MESSAGE = 2000;

interface CheckedQuery {
  status: RequestStatus | null;
  day: string | null;
  words: string[];
  sort: RequestSort;
}

function checkQuery(query: RequestQuery): CheckedQuery {
  const problems: Problem[] = [];
  const status = query.status?.trim() || null;
  if (status !== null && !isRequestStatus(status)) problems.push({ where: 'status', message: `must be one of ${REQUEST_STATUSES.join(', ')}` });
  const day = query.day?.trim() || null;
  if (day !== null && !isDate(day)) problems.push({ where: 'day', message: 'a date written YYYY-MM-DD, such as "2031-05-12"' });
  const sort = query.sort?.trim() || 'submitted';
  if (!(REQUEST_SORTS as readonly string[]).includes(sort)) problems.push({ where: 'sort', message: `must be one of ${REQUEST_SORTS.join(', ')}` });
  if (problems.length > 0) throw new AgoraError('AGORA_BAD_INPUT', 'The list cannot be shown that way: correct the fields marked.', { problems });
  const words = (query.q ?? '').toLocaleLowerCase('en').split(/\s+/).filter((word) => word !== '');
  return { status: status as RequestStatus | null, day, words, sort: sort as RequestSort };
}

function searchText(row: ReviewedRequest): string {
  const { request } = row;
  return [request.title, ...request.sponsors, request.contactName, request.contactEmail, request.contactPhone ?? '', row.organiser.name, row.organiser.email].join('\n').toLocaleLowerCase('en');
}

const BY_SORT: Record<RequestSort, (a: SideEventRequest, b: SideEventRequest) => number> = {
  submitted: (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id,
  title: (a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || a.id - b.id,
  attendance: (a, b) => (b.expectedAttendance ?? -1) - (a.expectedAttendance ?? -1) || a.id - b.id,
};

async function reviewed(store: Store, record: ConferenceRecord, requests: SideEventRequest[]): Promise<ReviewedRequest[]> {
  const users = new Map<number, { name: string; email: string }>();
  const ids = [...new Set(requests.map((request) => request.organiserUserId))];
  if (ids.length > 0) {
    for (const user of await store.db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', ids).execute()) users.set(user.id, { name: user.name, email: user.email });
  }
  const entries = new Map<string, Entry>();
  if (requests.some((request) => request.entryId !== null)) {
    const { programme } = await store.readProgramme(record.id);
    for (const entry of programme.entries) entries.set(entry.id, entry);
  }
  return requests.map((request) => ({
    request,
    organiser: users.get(request.organiserUserId) ?? { name: '?', email: '' },
    entry: request.entryId === null ? null : (entries.get(request.entryId) ?? null),
  }));
}

/**
 * The conference's requests as the review list shows them, or AGORA_BAD_INPUT naming a filter
 * that is not valid.
 *
 * Examples: `listRequests(store, record, editor, { status: 'submitted', day: '2031-05-13', sort: 'attendance' })`;
 * `{ q: 'wetlands' }` finds a request with "Wetlands" in its title, a sponsor or its contact.
 */
export async function listRequests(store: Store, record: ConferenceRecord, actor: Actor, query: RequestQuery = {}): Promise<ReviewedRequest[]> {
  requireMay(actor, 'review-requests');
  const checked = checkQuery(query);
  let select = store.db.selectFrom('side_event_requests').selectAll().where('conference_id', '=', record.id);
  if (checked.status !== null) select = select.where('status', '=', checked.status);
  const requests = (await select.execute())
    .map(requestFromRow)
    .filter((request) => checked.day === null || request.choices.some((choice) => choice.date === checked.day))
    .sort(BY_SORT[checked.sort]);
  const rows = await reviewed(store, record, requests);
  return checked.words.length === 0 ? rows : rows.filter((row) => checked.words.every((word) => searchText(row).includes(word)));
}

/**
 * One request of the conference, for the secretariat: with the organiser who made it and its entry.
 *
 * Examples: `readRequest(store, record, editor, 7)`.
 */
export async function readRequest(store: Store, record: ConferenceRecord, actor: Actor, id: number): Promise<ReviewedRequest> {
  requireMay(actor, 'review-requests');
  const [row] = await reviewed(store, record, [await findRequest(store.db, record.id, id)]);
  return row!;
}

function decisionMessage(text: string, required: boolean): string | null {
  const value = text.trim();
  if (value === '' && required) {
    throw new AgoraError('AGORA_BAD_INPUT', 'The request was not declined: tell the organiser why.', { problems: [{ where: 'message', message: 'write the message the organiser is sent' }] });
  }
  if (value.length > MAX_DECISION_MESSAGE) {
    throw new AgoraError('AGORA_BAD_INPUT', 'The decision was not saved: the message is too long.', { problems: [{ where: 'message', message: `at most ${MAX_DECISION_MESSAGE} characters` }] });
  }
  return value === '' ? null : value;
}

async function decide(store: Store, record: ConferenceRecord, actor: Actor, id: number, decision: 'accepted' | 'declined', text: string, expectedVersion: number): Promise<SideEventRequest> {
  requireMay(actor, 'review-requests');
  const message = decisionMessage(text, decision === 'declined');
  const from: readonly RequestStatus[] = decision === 'accepted' ? ['submitted', 'declined'] : ['submitted', 'accepted'];
  return store.db.transaction().execute(async (trx) => {
    const request = await findRequest(trx, record.id, id);
    if (!from.includes(request.status)) {
      throw new AgoraError('AGORA_BAD_INPUT', `Request ${id} is ${request.status}, so it cannot be ${decision}.`, { problems: [{ where: 'status', message: `is ${request.status}` }] });
    }
    const after = await writeRequest(trx, request, expectedVersion, { status: decision, decision_message: message });
    await queueRequestMail(trx, record, after, { kind: decision, message });
    return after;
  });
}

/**
 * Accepts a request (submitted, or declined before) with an optional message; the organiser is
 * e-mailed. Refused when the request changed since `expectedVersion`.
 *
 * Examples: `acceptRequest(store, record, editor, 7, 'Room to be confirmed.', 1)`.
 */
export function acceptRequest(store: Store, record: ConferenceRecord, actor: Actor, id: number, message: string, expectedVersion: number): Promise<SideEventRequest> {
  return decide(store, record, actor, id, 'accepted', message, expectedVersion);
}

/**
 * Declines a request (submitted or accepted, not yet placed) with a message saying why; the organiser is e-mailed.
 *
 * Refused without a message, and when the request changed since `expectedVersion`.
 *
 * Examples: `declineRequest(store, record, editor, 7, 'The week is full.', 1)`.
 */
export function declineRequest(store: Store, record: ConferenceRecord, actor: Actor, id: number, message: string, expectedVersion: number): Promise<SideEventRequest> {
  return decide(store, record, actor, id, 'declined', message, expectedVersion);
}

/** An accepted request waiting for a place, as the grid's side list names it. */
export interface WaitingRequest {
  id: number;
  title: string;
  /** The request's wished times on the day shown, or its first wish when none is on that day. */
  wanted: { date: string; start: string; end: string }[];
  wantsDay: boolean;
  /** How long its first wish on the day (or its first wish) lasts, in minutes. */
  minutes: number;
}

/**
 * The accepted requests not yet scheduled, those wanting `day` first, for the grid's side list;
 * none for a caller who may not review requests.
 *
 * Examples: `waitingRequests(store, record, editor, '2031-05-13')` → `[{ id: 7, title: 'Blue carbon', wanted: [{ date: '2031-05-13', … }], wantsDay: true }]`.
 */
export async function waitingRequests(store: Store, record: ConferenceRecord, actor: Actor, day: string): Promise<WaitingRequest[]> {
  if (!may(actor.role, 'review-requests')) return [];
  const rows = await listRequests(store, record, actor, { status: 'accepted' });
  return rows
    .map(({ request }) => {
      const onDay = request.choices.filter((choice) => choice.date === day);
      const wanted = onDay.length > 0 ? onDay : request.choices.slice(0, 1);
      const first = wanted[0];
      const minutes = first ? (clockMinutes(first.end) ?? 0) - (clockMinutes(first.start) ?? 0) : 0;
      return { id: request.id, title: request.title, wanted, wantsDay: onDay.length > 0, minutes: minutes > 0 ? minutes : 60 };
    })
    .sort((a, b) => Number(b.wantsDay) - Number(a.wantsDay));
}
