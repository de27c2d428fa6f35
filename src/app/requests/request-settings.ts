/**
 * The conference's rules for side-event requests: until when organisers may submit and edit them,
 * and whether anyone may make an organiser account or organisers are invited by the secretariat.
 *
 * The deadline is kept as an instant and edited on the conference's own clock (its time zone, or
 * UTC for a conference without one), as a clerk in the building reads it.
 */
import { Temporal } from 'temporal-polyfill';
import { AgoraError } from '../../errors.ts';
import { isClock, isDate, toInstant, wallClockAt } from '../../model/wall-clock.ts';
import type { Database } from '../../store/schema.ts';
import type { ConferenceRecord, Store } from '../../store/store.ts';
import type { Kysely, Transaction } from 'kysely';
import { requireMay, type Actor } from '../policy.ts';
import { stateTag } from '../state-tag.ts';

export interface RequestSettings {
  /** An ISO instant ("2031-05-01T15:00:00Z"), or null when requests may be made and edited at any time. */
  deadline: string | null;
  selfRegistration: boolean;
}

/** The settings form as sent: the deadline as `YYYY-MM-DDTHH:MM` on the conference's clock, and a checkbox. */
export interface RequestSettingsForm {
  deadline: string;
  selfRegistration: string;
}

type Reader = Kysely<Database> | Transaction<Database>;

export async function readRequestSettings(db: Reader, conferenceId: number): Promise<RequestSettings> {
  const row = await db.selectFrom('conferences').select(['request_deadline', 'organiser_self_registration']).where('id', '=', conferenceId).executeTakeFirst();
  return { deadline: row?.request_deadline ?? null, selfRegistration: row?.organiser_self_registration === 1 };
}

/** The zone the conference's clock runs in. */
export function conferenceZone(record: ConferenceRecord): string {
  return record.conference.timeZone ?? 'UTC';
}

/**
 * True when `deadline` has passed at `now`.
 *
 * Examples: `deadlinePassed(null)` → false; `deadlinePassed('2000-01-01T00:00:00Z')` → true.
 */
export function deadlinePassed(deadline: string | null, now: Date = new Date()): boolean {
  return deadline !== null && now.getTime() >= Date.parse(deadline);
}

/** The deadline as the form shows it: `YYYY-MM-DDTHH:MM` on the conference's clock, or ''. */
export function deadlineOnClock(deadline: string | null, zone: string): string {
  if (deadline === null) return '';
  const { date, time } = wallClockAt(Temporal.Instant.from(deadline), zone);
  return `${date}T${time}`;
}

/** The settings a form describes, or AGORA_BAD_INPUT naming the field. */
export function readRequestSettingsForm(form: RequestSettingsForm, zone: string): RequestSettings {
  const text = form.deadline.trim();
  let deadline: string | null = null;
  if (text !== '') {
    const [date = '', time = ''] = text.split(/[T ]/);
    if (!isDate(date) || !isClock(time.slice(0, 5))) {
      throw new AgoraError('AGORA_BAD_INPUT', 'The request settings were not saved: correct the field marked.', {
        problems: [{ where: 'deadline', message: 'a date and time written YYYY-MM-DD HH:MM, such as "2031-05-01 17:00", or nothing for no deadline' }],
      });
    }
    deadline = toInstant(date, time.slice(0, 5), zone).toString();
  }
  return { deadline, selfRegistration: form.selfRegistration === 'on' || form.selfRegistration === '1' };
}

/**
 * Saves the request settings, refused when they changed since the form showed them
 * (`expectedTag` is {@link stateTag} of the settings as shown). Not a programme change: no
 * reader of the programme sees them, so they move no revision.
 *
 * Examples: `saveRequestSettings(store, record, admin, { deadline: '2031-05-01T17:00', selfRegistration: 'on' }, tag)`.
 */
export async function saveRequestSettings(store: Store, record: ConferenceRecord, actor: Actor, form: RequestSettingsForm, expectedTag: string): Promise<RequestSettings> {
  requireMay(actor, 'manage-conference');
  const after = readRequestSettingsForm(form, conferenceZone(record));
  return store.db.transaction().execute(async (trx) => {
    // Writing the row first takes its lock, so two saves cannot both pass the check below.
    await trx.updateTable('conferences').set((eb) => ({ organiser_self_registration: eb.ref('organiser_self_registration') })).where('id', '=', record.id).execute();
    const before = await readRequestSettings(trx, record.id);
    if (stateTag(before) !== expectedTag) {
      throw new AgoraError('AGORA_STALE_REVISION', 'The request settings were changed by someone else since you opened them. Nothing was saved: look at them as they are now and make your change again.', {
        details: { current: before },
      });
    }
    await trx
      .updateTable('conferences')
      .set({ request_deadline: after.deadline, organiser_self_registration: after.selfRegistration ? 1 : 0 })
      .where('id', '=', record.id)
      .execute();
    return after;
  });
}
