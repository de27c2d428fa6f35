/**
 * The e-mails that tell an organiser what became of their side-event request: accepted or
 * declined with the secretariat's message, and scheduled with its day, time and venue. Each is
 * queued in the outbox inside the transaction that makes the decision, so it exists exactly when
 * the decision does.
 */
import type { Transaction } from 'kysely';
import type { SideEventRequest } from '../../model/side-event-request.ts';
import type { Database } from '../../store/schema.ts';
import type { ConferenceRecord } from '../../store/store.ts';
import { queueMail } from '../notifications/queue-mail.ts';

export type RequestNews =
  | { kind: 'accepted' | 'declined'; message: string | null }
  | { kind: 'scheduled'; date: string; start: string; end: string; venue: string };

/** "Tuesday, 13 May 2031": the conference's day as the programme names it. */
export function longDay(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

function conferenceName(record: ConferenceRecord): string {
  return record.conference.session ?? record.conference.title ?? record.slug;
}

/** The subject and body of the mail telling of `news`. */
export function requestMail(record: ConferenceRecord, request: SideEventRequest, news: RequestNews): { subject: string; body: string } {
  const name = conferenceName(record);
  const lines = [`Your side-event request ${request.id}, "${request.title}", for ${name}:`, ''];
  let subject: string;
  if (news.kind === 'scheduled') {
    subject = `Side event scheduled: ${request.title}`;
    lines.push('It is in the programme:', '', `  ${longDay(news.date)}, ${news.start}–${news.end}`, `  Venue: ${news.venue}`, '');
    lines.push('Times and venues may be subject to change; your requests page always shows the current ones.');
  } else {
    subject = `Side-event request ${news.kind}: ${request.title}`;
    lines.push(news.kind === 'accepted' ? 'The secretariat has accepted it. You will hear again once it has a time and a venue.' : 'The secretariat has declined it.');
    if (news.message !== null) lines.push('', 'Message from the secretariat:', '', news.message);
  }
  return { subject, body: `${lines.join('\n')}\n` };
}

/** Queues the mail telling the organiser who made `request` of `news`, in the transaction `trx`. */
export async function queueRequestMail(trx: Transaction<Database>, record: ConferenceRecord, request: SideEventRequest, news: RequestNews): Promise<void> {
  const organiser = await trx.selectFrom('users').select('email').where('id', '=', request.organiserUserId).executeTakeFirstOrThrow();
  const { subject, body } = requestMail(record, request, news);
  await queueMail(trx, { conferenceId: record.id, to: organiser.email, subject, body, reason: `request-${news.kind}` });
}
