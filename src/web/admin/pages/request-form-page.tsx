/**
 * An organiser's request form, new or being edited: sponsors, title, description, expected
 * attendance, up to three preferred days and times, needs and contact person. It posts and works
 * without JavaScript; a refused form comes back with what was typed and each error beside its field.
 * A request that can no longer be edited is shown as it is, with a way to withdraw it if it may be.
 */
import { choiceField, type RequestForm } from '../../../app/requests/request-form.ts';
import type { Entry } from '../../../model/programme.ts';
import { INTERPRETATION_LANGUAGES, MAX_CHOICES, type SideEventRequest } from '../../../model/side-event-request.ts';
import type { AdminPageContext } from '../admin-page.ts';
import { AdminLayout } from './admin-layout.tsx';
import { Field, FormSummary, type FormErrors } from './form-field.tsx';
import { RequestDetails } from './request-details.tsx';
import { Choices, TextArea, TypedInput } from './request-inputs.tsx';

const ORDINAL = ['First', 'Second', 'Third'];

export interface RequestFormState {
  draft: RequestForm;
  errors: FormErrors | null;
}

interface RequestFormProps {
  page: AdminPageContext;
  /** The request being edited, or null for a new one. */
  request: SideEventRequest | null;
  state: RequestFormState;
  /** The conference's first and last day, to offer only those. */
  days: { first: string | null; last: string | null };
  /** "Requests can be made and changed until …", or null without a deadline. */
  deadline: string | null;
}

function ChoiceRows({ draft, errors, days }: { draft: RequestForm; errors: FormErrors | null; days: RequestFormProps['days'] }) {
  const rows = Array.from({ length: MAX_CHOICES }, (_, index) => draft.choices[index] ?? { date: '', start: '', end: '' });
  return (
    <fieldset class="request-choice-rows">
      <legend>Preferred days and times</legend>
      <p class="field-hint">Up to three, the one you would like most first. Only the first is needed.</p>
      {rows.map((row, index) => {
        const number = index + 1;
        const field = (part: 'date' | 'start' | 'end') => choiceField(number, part);
        return (
          <fieldset class="request-choice" key={number}>
            <legend>{`${ORDINAL[index]} choice`}</legend>
            <TypedInput id={`request-${field('date')}`} name={field('date')} label="Day" type="date" value={row.date} min={days.first ?? undefined} max={days.last ?? undefined} error={errors?.fields[field('date')]} />
            <TypedInput id={`request-${field('start')}`} name={field('start')} label="From" type="time" value={row.start} error={errors?.fields[field('start')]} />
            <TypedInput id={`request-${field('end')}`} name={field('end')} label="To" type="time" value={row.end} error={errors?.fields[field('end')]} />
          </fieldset>
        );
      })}
    </fieldset>
  );
}

/** The fields of a request, inside a form the caller gives an action. */
export function RequestFields({ state, days }: { state: RequestFormState; days: RequestFormProps['days'] }) {
  const { draft, errors } = state;
  const error = (name: string) => errors?.fields[name];
  return (
    <>
      <TextArea id="request-sponsors" name="sponsors" label="Sponsors" hint="One a line, in the order they are to be printed: states, organisations, UN entities." value={draft.sponsors} error={error('sponsors')} />
      <Field form="request" name="title" label="Title" value={draft.title} required error={error('title')} />
      <TextArea id="request-description" name="description" label="Description (optional)" value={draft.description} rows={4} error={error('description')} />
      <Field form="request" name="expectedAttendance" label="Expected attendance (optional)" hint="How many people you expect, so that a room of the right size is found." value={draft.expectedAttendance} error={error('expectedAttendance')} />
      <ChoiceRows draft={draft} errors={errors} days={days} />
      <fieldset class="request-needs">
        <legend>Needs</legend>
        <Choices
          id="request-refreshments"
          name="refreshments"
          legend="Refreshments"
          type="radio"
          options={[
            { value: 'none', label: 'None' },
            { value: 'before', label: 'Before the event' },
            { value: 'after', label: 'After the event' },
          ]}
          checked={[draft.refreshments]}
          error={error('refreshments')}
        />
        <Choices
          id="request-languages"
          name="languages"
          legend="Interpretation into"
          type="checkbox"
          options={INTERPRETATION_LANGUAGES.map((language) => ({ value: language, label: language }))}
          checked={draft.languages}
          error={error('languages')}
        />
      </fieldset>
      <fieldset class="request-contact">
        <legend>Contact person</legend>
        <Field form="request" name="contactName" label="Name" value={draft.contactName} autocomplete="name" required error={error('contactName')} />
        <Field form="request" name="contactEmail" label="E-mail address" type="email" value={draft.contactEmail} autocomplete="email" required error={error('contactEmail')} />
        <Field form="request" name="contactPhone" label="Telephone (optional)" value={draft.contactPhone} autocomplete="tel" error={error('contactPhone')} />
      </fieldset>
    </>
  );
}

/** The form for a new request. */
export function NewRequestPage({ page, state, days, deadline }: Omit<RequestFormProps, 'request'>) {
  return (
    <AdminLayout page={page} title="New side-event request" current="my-requests">
      <p class="breadcrumb">
        <a href={page.link('/requests')}>My requests</a>
      </p>
      <h1>Request a side event</h1>
      {deadline ? <p class="request-deadline">{deadline}</p> : null}
      <FormSummary errors={state.errors} />
      <form method="post" action={page.link('/requests')} class="admin-form request-form" novalidate>
        <input type="hidden" name="_csrf" value={page.csrf} />
        <RequestFields state={state} days={days} />
        <button type="submit" class="button-primary">
          Submit the request
        </button>
      </form>
    </AdminLayout>
  );
}

interface OwnRequestPageProps extends RequestFormProps {
  request: SideEventRequest;
  entry: Entry | null;
  /** True while the organiser may still change it (submitted, before the deadline). */
  editable: boolean;
  /** A refusal of withdrawing, shown beside its button. */
  withdrawError: string | null;
  done: string | null;
}

/** One of the organiser's requests: its status, and its form while it may be edited. */
export function OwnRequestPage({ page, request, entry, state, days, deadline, editable, withdrawError, done }: OwnRequestPageProps) {
  const withdrawable = request.status === 'submitted' || request.status === 'accepted';
  return (
    <AdminLayout page={page} title={request.title} current="my-requests">
      <p class="breadcrumb">
        <a href={page.link('/requests')}>My requests</a>
      </p>
      <h1>{request.title}</h1>
      {done ? (
        <p class="notice-ok" role="status">
          {done}
        </p>
      ) : null}
      {editable ? (
        <>
          {deadline ? <p class="request-deadline">{deadline}</p> : null}
          <FormSummary errors={state.errors} />
          <form method="post" action={page.link(`/requests/${request.id}`)} class="admin-form request-form" novalidate>
            <input type="hidden" name="_csrf" value={page.csrf} />
            <input type="hidden" name="version" value={String(request.version)} />
            <RequestFields state={state} days={days} />
            <button type="submit" class="button-primary">
              Save changes
            </button>
          </form>
        </>
      ) : (
        <>
          {state.errors ? <FormSummary errors={state.errors} /> : null}
          <RequestDetails request={request} entry={entry} />
        </>
      )}
      {withdrawable ? (
        <form method="post" action={page.link(`/requests/${request.id}/withdraw`)} class="admin-form request-withdraw">
          <input type="hidden" name="_csrf" value={page.csrf} />
          <input type="hidden" name="version" value={String(request.version)} />
          <button type="submit" class="button-danger">
            Withdraw this request
          </button>
          {withdrawError ? (
            <p class="field-error" role="alert">
              {withdrawError}
            </p>
          ) : null}
        </form>
      ) : null}
    </AdminLayout>
  );
}
