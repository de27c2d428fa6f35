/**
 * One side-event request for the secretariat: what was asked, who asked, and the forms that
 * decide it: accept or decline with a message (e-mailed to the organiser), and, once accepted,
 * schedule it at a day, time and venue (filled from its first choice). A schedule refused for a
 * conflict comes back with the conflicts and a "save anyway" box.
 */
import type { ReviewedRequest } from '../../../app/requests/review-requests.ts';
import type { ScheduleForm } from '../../../app/requests/schedule-request.ts';
import type { AdminPageContext } from '../admin-page.ts';
import { AdminLayout } from './admin-layout.tsx';
import { FormSummary, type FormErrors } from './form-field.tsx';
import { RequestDetails } from './request-details.tsx';
import { FieldError, TextArea, TypedInput } from './request-inputs.tsx';

export interface DecisionState {
  /** Which form the refusal is about. */
  form: 'accept' | 'decline' | 'schedule' | null;
  errors: FormErrors | null;
  message: string;
  schedule: ScheduleForm;
  /** The conflicts that refused the schedule form, which "save anyway" would accept. */
  conflicts: string[];
}

interface RequestReviewProps {
  page: AdminPageContext;
  row: ReviewedRequest;
  venues: string[];
  state: DecisionState;
  days: { first: string | null; last: string | null };
  done: string | null;
}

function DecisionForm({ page, row, kind, state }: { page: AdminPageContext; row: ReviewedRequest; kind: 'accept' | 'decline'; state: DecisionState }) {
  const errors = state.form === kind ? state.errors : null;
  return (
    <form method="post" action={page.link(`/admin/requests/${row.request.id}/${kind}`)} class="admin-form request-decision" novalidate>
      <input type="hidden" name="_csrf" value={page.csrf} />
      <input type="hidden" name="version" value={String(row.request.version)} />
      <h3>{kind === 'accept' ? 'Accept' : 'Decline'}</h3>
      <FormSummary errors={errors} />
      <TextArea
        id={`${kind}-message`}
        name="message"
        label={kind === 'accept' ? 'Message to the organiser (optional)' : 'Message to the organiser: why'}
        value={state.form === kind ? state.message : ''}
        error={errors?.fields.message}
      />
      <button type="submit" class={kind === 'accept' ? 'button-primary' : 'button-danger'}>
        {kind === 'accept' ? 'Accept the request' : 'Decline the request'}
      </button>
    </form>
  );
}

function ScheduleFormView({ page, row, venues, state, days }: Omit<RequestReviewProps, 'done'>) {
  const errors = state.form === 'schedule' ? state.errors : null;
  const draft = state.schedule;
  const error = (name: string) => errors?.fields[name];
  return (
    <form method="post" action={page.link(`/admin/requests/${row.request.id}/schedule`)} class="admin-form request-schedule" id="schedule" novalidate>
      <input type="hidden" name="_csrf" value={page.csrf} />
      <input type="hidden" name="version" value={String(row.request.version)} />
      <h2>Schedule</h2>
      <p class="field-hint">Makes a side-event entry in the programme from this request and tells the organiser its time and venue.</p>
      <FormSummary errors={errors} />
      {state.conflicts.length > 0 ? (
        <ul class="conflict-list">
          {state.conflicts.map((conflict, index) => (
            <li key={index} class="conflict conflict-error">
              {conflict}
            </li>
          ))}
        </ul>
      ) : null}
      <div class="request-schedule-fields">
        <TypedInput id="schedule-date" name="date" label="Day" type="date" value={draft.date} min={days.first ?? undefined} max={days.last ?? undefined} error={error('date')} />
        <TypedInput id="schedule-start" name="start" label="From" type="time" value={draft.start} error={error('start')} />
        <TypedInput id="schedule-end" name="end" label="To" type="time" value={draft.end} error={error('end')} />
        <div class={error('venue') ? 'field field-invalid' : 'field'}>
          <label for="schedule-venue">Venue</label>
          <select id="schedule-venue" name="venue" aria-invalid={error('venue') ? 'true' : undefined} aria-describedby={error('venue') ? 'schedule-venue-error' : undefined}>
            <option value="">Choose a venue</option>
            {venues.map((venue) => (
              <option key={venue} value={venue} selected={draft.venue === venue}>
                {venue}
              </option>
            ))}
          </select>
          <FieldError id="schedule-venue" error={error('venue')} />
        </div>
      </div>
      {state.conflicts.length > 0 ? (
        <div class="request-option">
          <input type="checkbox" id="schedule-anyway" name="saveAnyway" value="on" />
          <label for="schedule-anyway">Schedule it anyway, with the conflicts above</label>
        </div>
      ) : null}
      <button type="submit" class="button-primary">
        Schedule the side event
      </button>
    </form>
  );
}

export function RequestReviewPage({ page, row, venues, state, days, done }: RequestReviewProps) {
  const { request } = row;
  const decidable = request.status === 'submitted' || request.status === 'accepted' || request.status === 'declined';
  return (
    <AdminLayout page={page} title={`Request ${request.id}`} current="requests">
      <p class="breadcrumb">
        <a href={page.link('/admin/requests')}>Side-event requests</a>
      </p>
      <h1>
        {request.title} <span class="request-number">(request {request.id})</span>
      </h1>
      {done ? (
        <p class="notice-ok" role="status">
          {done}
        </p>
      ) : null}
      <p>
        From {row.organiser.name} (<a href={`mailto:${row.organiser.email}`}>{row.organiser.email}</a>), submitted {request.createdAt.slice(0, 10)}
        {request.updatedAt !== request.createdAt ? `, last changed ${request.updatedAt.slice(0, 10)}` : ''}.
      </p>
      {row.entry ? (
        <p>
          Its entry: <a href={page.link(`/admin/entries/${encodeURIComponent(row.entry.id)}`)}>{row.entry.title}</a>
        </p>
      ) : null}
      <RequestDetails request={request} entry={row.entry} />
      {request.status === 'accepted' ? <ScheduleFormView page={page} row={row} venues={venues} state={state} days={days} /> : null}
      {decidable ? (
        <section class="request-decisions" aria-labelledby="decide-title">
          <h2 id="decide-title">Decide</h2>
          <div class="request-decision-forms">
            {request.status !== 'accepted' ? <DecisionForm page={page} row={row} kind="accept" state={state} /> : null}
            {request.status !== 'declined' ? <DecisionForm page={page} row={row} kind="decline" state={state} /> : null}
          </div>
        </section>
      ) : null}
    </AdminLayout>
  );
}
