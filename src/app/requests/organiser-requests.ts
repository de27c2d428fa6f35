/**
 * What an organiser does with their side-event requests: submit one, edit it while it waits and
 * the deadline has not passed, withdraw it, and see their own, with the time and venue of those
 * that are scheduled. An organiser sees only their own: another's request is "not found".
 *
 * These writes are not programme changes (no reader of the programme sees a request), so they are
 * plain transactions, each against the version the organiser read.
 */
import { AgoraError } from '../../errors.ts';
import type { Entry } from '../../model/programme.ts';
import type { SideEventRequest } from '../../model/side-event-request.ts';
import type { ConferenceRecord, Store } from '../../store/store.ts';
import { requireMay, type Role } from '../policy.ts';
import { readRequestForm, type RequestForm } from './request-form.ts';
import { fieldsToRow, findRequest, requestFromRow, writeRequest } from './request-rows.ts';
import { deadlinePassed, readRequestSettings } from './request-settings.ts';

/** The logged-in organiser: requests belong to an account, not to a token. */
export interface Organiser {
  id: number;
  email: string;
  role: Role;
}

/** A request with the entry it became, as it stands now (the secretariat may have moved it since). */
export interface OwnRequest {
  request: SideEventRequest;
  entry: Entry | null;
}

function actorOf(organiser: Organiser) {
  return { name: organiser.email, role: organiser.role };
}

async function refuseAfterDeadline(store: Store, record: ConferenceRecord, what: string): Promise<void> {
  const { deadline } = await readRequestSettings(store.db, record.id);
  if (deadlinePassed(deadline)) {
    throw new AgoraError('AGORA_BAD_INPUT', `The deadline for side-event requests has passed (${deadline}), so ${what}. Write to the secretariat if something must change.`, {
      problems: [{ where: 'deadline', message: `passed at ${deadline}` }],
    });
  }
}

/**
 * An organiser who registered themselves did so at one conference, which let them in; another
 * conference on the server takes requests by invitation, as if they had no account there.
 */
async function refuseIfRegisteredElsewhere(store: Store, record: ConferenceRecord, organiser: Organiser): Promise<void> {
  const row = await store.db.selectFrom('users').select('registered_for').where('id', '=', organiser.id).executeTakeFirst();
  if (row && row.registered_for !== null && row.registered_for !== record.id) {
    throw new AgoraError('AGORA_NOT_FOUND', 'Side-event requests for this conference are by invitation: your account was made for another conference. Ask this conference\'s secretariat.');
  }
}

/**
 * Submits a new request for `organiser`, refused after the deadline or with the fields at fault named.
 *
 * Examples: `submitRequest(store, record, user, form)` → the request, status `submitted`, version 1.
 */
export async function submitRequest(store: Store, record: ConferenceRecord, organiser: Organiser, form: RequestForm): Promise<SideEventRequest> {
  requireMay(actorOf(organiser), 'submit-requests');
  await refuseIfRegisteredElsewhere(store, record, organiser);
  const fields = readRequestForm(form, record.conference);
  await refuseAfterDeadline(store, record, 'no new request can be submitted');
  const now = new Date().toISOString();
  return store.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('side_event_requests')
      .values({
        conference_id: record.id,
        organiser_user_id: organiser.id,
        status: 'submitted',
        ...fieldsToRow(fields),
        decision_message: null,
        entry_id: null,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return findRequest(trx, record.id, row.id);
  });
}

/**
 * Saves the organiser's changes to their request, while it is submitted and before the deadline.
 *
 * Refused when the request changed since `expectedVersion` (another tab, or a reviewer's decision).
 *
 * Examples: `updateOwnRequest(store, record, user, 7, form, 1)` → the request at version 2.
 */
export async function updateOwnRequest(store: Store, record: ConferenceRecord, organiser: Organiser, id: number, form: RequestForm, expectedVersion: number): Promise<SideEventRequest> {
  requireMay(actorOf(organiser), 'submit-requests');
  await findRequest(store.db, record.id, id, organiser.id);
  const fields = readRequestForm(form, record.conference);
  await refuseAfterDeadline(store, record, 'the request can no longer be changed');
  return store.db.transaction().execute(async (trx) => {
    const request = await findRequest(trx, record.id, id, organiser.id);
    if (request.status !== 'submitted') {
      throw new AgoraError('AGORA_BAD_INPUT', `The request is ${request.status}, so it can no longer be changed. Write to the secretariat if something must change.`, {
        problems: [{ where: 'status', message: `is ${request.status}` }],
      });
    }
    return writeRequest(trx, request, expectedVersion, fieldsToRow(fields));
  });
}

/**
 * Withdraws the organiser's request (it becomes cancelled) while it waits or is accepted but not yet placed.
 *
 * A scheduled request is in the programme already: the secretariat cancels its entry.
 *
 * Examples: `withdrawOwnRequest(store, record, user, 7, 2)` → the request, status `cancelled`.
 */
export async function withdrawOwnRequest(store: Store, record: ConferenceRecord, organiser: Organiser, id: number, expectedVersion: number): Promise<SideEventRequest> {
  requireMay(actorOf(organiser), 'submit-requests');
  return store.db.transaction().execute(async (trx) => {
    const request = await findRequest(trx, record.id, id, organiser.id);
    if (request.status !== 'submitted' && request.status !== 'accepted') {
      const why = request.status === 'scheduled' ? 'it is already in the programme; write to the secretariat to cancel the side event' : `it is ${request.status}`;
      throw new AgoraError('AGORA_BAD_INPUT', `The request cannot be withdrawn: ${why}.`, { problems: [{ where: 'status', message: `is ${request.status}` }] });
    }
    return writeRequest(trx, request, expectedVersion, { status: 'cancelled' });
  });
}

async function withEntries(store: Store, record: ConferenceRecord, requests: SideEventRequest[]): Promise<OwnRequest[]> {
  const ids = requests.map((request) => request.entryId).filter((id): id is string => id !== null);
  const entries = new Map<string, Entry>();
  for (const id of ids) {
    const entry = await store.readEntry(record.id, id);
    if (entry) entries.set(id, entry);
  }
  return requests.map((request) => ({ request, entry: request.entryId === null ? null : (entries.get(request.entryId) ?? null) }));
}

/**
 * The organiser's own requests, newest first, each with its entry once scheduled.
 *
 * Examples: `(await listOwnRequests(store, record, user)).map(({ request, entry }) => [request.status, entry?.venue])`.
 */
export async function listOwnRequests(store: Store, record: ConferenceRecord, organiser: Organiser): Promise<OwnRequest[]> {
  requireMay(actorOf(organiser), 'submit-requests');
  const rows = await store.db
    .selectFrom('side_event_requests')
    .selectAll()
    .where('conference_id', '=', record.id)
    .where('organiser_user_id', '=', organiser.id)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return withEntries(store, record, rows.map(requestFromRow));
}

/**
 * One of the organiser's own requests, with its entry once scheduled.
 *
 * Another organiser's request is AGORA_NOT_FOUND, as one that does not exist is.
 *
 * Examples: `readOwnRequest(store, record, user, 7)`.
 */
export async function readOwnRequest(store: Store, record: ConferenceRecord, organiser: Organiser, id: number): Promise<OwnRequest> {
  requireMay(actorOf(organiser), 'submit-requests');
  const [own] = await withEntries(store, record, [await findRequest(store.db, record.id, id, organiser.id)]);
  return own!;
}
