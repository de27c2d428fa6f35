/**
 * A side-event request as both sides read it: its status, what it asks for, and, once scheduled,
 * the day, time and venue of its entry as they stand now.
 */
import { longDay } from '../../../app/requests/request-mail.ts';
import type { Entry } from '../../../model/programme.ts';
import type { RequestChoice, RequestStatus, SideEventRequest } from '../../../model/side-event-request.ts';

export const STATUS_LABEL: Record<RequestStatus, string> = {
  submitted: 'Submitted',
  accepted: 'Accepted',
  declined: 'Declined',
  scheduled: 'Scheduled',
  cancelled: 'Withdrawn',
};

export function StatusBadge({ status }: { status: RequestStatus }) {
  return <span class={`request-status request-status-${status}`}>{STATUS_LABEL[status]}</span>;
}

export function choiceText(choice: RequestChoice): string {
  return `${longDay(choice.date)}, ${choice.start}–${choice.end}`;
}

/** "Tue 13 May", for a table that lists several choices a row. */
export function shortDay(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** "Tue 13 May 13:15–14:45". */
export function shortChoiceText(choice: RequestChoice): string {
  return `${shortDay(choice.date)} ${choice.start}–${choice.end}`;
}

/** "Tuesday, 13 May 2031, 15:00–16:30, R2", or what is not yet known. */
export function placeText(entry: Entry): string {
  const when = entry.date === null ? 'day to be announced' : longDay(entry.date);
  const time = entry.start && entry.end ? `, ${entry.start}–${entry.end}` : '';
  return `${when}${time}, ${entry.venue ?? 'venue to be announced'}${entry.status === 'cancelled' ? ' (cancelled)' : ''}`;
}

function refreshmentsText(request: SideEventRequest): string {
  return request.needs.refreshments === 'none' ? 'None' : `${request.needs.refreshments === 'before' ? 'Before' : 'After'} the event`;
}

/** Everything the organiser asked for, as a description list. */
export function RequestDetails({ request, entry }: { request: SideEventRequest; entry: Entry | null }) {
  return (
    <dl class="request-details">
      <dt>Status</dt>
      <dd>
        <StatusBadge status={request.status} />
      </dd>
      {entry ? (
        <>
          <dt>In the programme</dt>
          <dd class="request-place">{placeText(entry)}</dd>
        </>
      ) : null}
      {request.decisionMessage ? (
        <>
          <dt>Message from the secretariat</dt>
          <dd class="request-message">{request.decisionMessage}</dd>
        </>
      ) : null}
      <dt>Sponsors</dt>
      <dd>{request.sponsors.join('; ')}</dd>
      <dt>Title</dt>
      <dd>{request.title}</dd>
      {request.description ? (
        <>
          <dt>Description</dt>
          <dd class="request-description">{request.description}</dd>
        </>
      ) : null}
      <dt>Expected attendance</dt>
      <dd>{request.expectedAttendance ?? 'Not given'}</dd>
      <dt>Preferred times</dt>
      <dd>
        <ol class="request-choices">
          {request.choices.map((choice, index) => (
            <li key={index}>{choiceText(choice)}</li>
          ))}
        </ol>
      </dd>
      <dt>Refreshments</dt>
      <dd>{refreshmentsText(request)}</dd>
      <dt>Interpretation</dt>
      <dd>{request.needs.languages.length === 0 ? 'None' : request.needs.languages.join(', ')}</dd>
      <dt>Contact</dt>
      <dd>
        {request.contactName}, <a href={`mailto:${request.contactEmail}`}>{request.contactEmail}</a>
        {request.contactPhone ? `, ${request.contactPhone}` : ''}
      </dd>
    </dl>
  );
}
