/**
 * Side-event requests as rows and back: the lists and needs are JSON text, so the same columns
 * serve SQLite and PostgreSQL.
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import { AgoraError } from '../../errors.ts';
import { isRequestStatus, type RequestChoice, type RequestFields, type RequestNeeds, type SideEventRequest } from '../../model/side-event-request.ts';
import type { Database, SideEventRequestTable } from '../../store/schema.ts';

type Reader = Kysely<Database> | Transaction<Database>;

export function requestFromRow(row: Selectable<SideEventRequestTable>): SideEventRequest {
  return {
    kind: 'side-event-request',
    id: row.id,
    conferenceId: row.conference_id,
    organiserUserId: row.organiser_user_id,
    status: isRequestStatus(row.status) ? row.status : 'submitted',
    sponsors: JSON.parse(row.sponsors) as string[],
    title: row.title,
    description: row.description,
    expectedAttendance: row.expected_attendance,
    choices: JSON.parse(row.choices) as RequestChoice[],
    needs: JSON.parse(row.needs) as RequestNeeds,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    decisionMessage: row.decision_message,
    entryId: row.entry_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** The columns an organiser's fields fill. */
export function fieldsToRow(fields: RequestFields) {
  return {
    sponsors: JSON.stringify(fields.sponsors),
    title: fields.title,
    description: fields.description,
    expected_attendance: fields.expectedAttendance,
    choices: JSON.stringify(fields.choices),
    needs: JSON.stringify(fields.needs),
    contact_name: fields.contactName,
    contact_email: fields.contactEmail,
    contact_phone: fields.contactPhone,
  };
}

/**
 * The request `id` of the conference, or AGORA_NOT_FOUND; with `organiserUserId`, only when it is
 * that organiser's: another organiser's request answers exactly as one that does not exist, so
 * request numbers tell nobody what others asked for.
 */
export async function findRequest(db: Reader, conferenceId: number, id: number, organiserUserId?: number): Promise<SideEventRequest> {
  let query = db.selectFrom('side_event_requests').selectAll().where('conference_id', '=', conferenceId).where('id', '=', id);
  if (organiserUserId !== undefined) query = query.where('organiser_user_id', '=', organiserUserId);
  const row = await query.executeTakeFirst();
  if (!row) throw new AgoraError('AGORA_NOT_FOUND', `There is no request ${id}.`, { problems: [{ where: 'request', message: 'unknown id' }] });
  return requestFromRow(row);
}

/**
 * Refuses a write made against a version older than the request's (two reviewers, or an
 * organiser and a reviewer, at once): nothing is saved and the clerk looks again.
 */
export function requireVersion(request: SideEventRequest, expectedVersion: number): void {
  if (request.version !== expectedVersion) {
    throw new AgoraError(
      'AGORA_STALE_REVISION',
      `Request ${request.id} ("${request.title}") was changed since you opened it (it is now ${request.status}). Nothing was saved: look at it as it is now and try again.`,
      { details: { current: request } },
    );
  }
}

/**
 * Writes `values` to the request if it is still at `expectedVersion`, and moves its version on.
 * The version is in the update's condition too, so a write racing this one between read and
 * write on PostgreSQL cannot slip past the check.
 */
export async function writeRequest(
  trx: Transaction<Database>,
  request: SideEventRequest,
  expectedVersion: number,
  values: Partial<Omit<SideEventRequestTable, 'id' | 'conference_id' | 'organiser_user_id' | 'version' | 'created_at'>>,
): Promise<SideEventRequest> {
  requireVersion(request, expectedVersion);
  const result = await trx
    .updateTable('side_event_requests')
    .set({ ...values, updated_at: new Date().toISOString(), version: expectedVersion + 1 })
    .where('id', '=', request.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) requireVersion(await findRequest(trx, request.conferenceId, request.id), expectedVersion);
  return findRequest(trx, request.conferenceId, request.id);
}
