/**
 * The secretariat's list of side-event requests: a filter form (status, a day wanted, words to
 * look for, the order) that is a plain GET form, and the requests as a table that scrolls
 * sideways on a phone rather than squeezing its columns.
 */
import type { RequestQuery, ReviewedRequest } from '../../../app/requests/review-requests.ts';
import { REQUEST_STATUSES } from '../../../model/side-event-request.ts';
import type { AdminPageContext } from '../admin-page.ts';
import { AdminLayout } from './admin-layout.tsx';
import { FormSummary, type FormErrors } from './form-field.tsx';
import { shortChoiceText, shortDay, STATUS_LABEL, StatusBadge } from './request-details.tsx';
import { FieldError } from './request-inputs.tsx';

interface RequestListProps {
  page: AdminPageContext;
  rows: ReviewedRequest[];
  query: RequestQuery;
  /** The conference's days, for the "day wanted" filter. */
  days: string[];
  errors: FormErrors | null;
  /** Counts by status over all requests, for the filter's options. */
  counts: Record<string, number>;
  /** May the caller change the request settings (deadline, self-registration)? */
  settings: boolean;
}

const SORT_LABEL = { submitted: 'Date submitted', title: 'Title', attendance: 'Expected attendance' } as const;

function FilterForm({ page, query, days, errors, counts }: Pick<RequestListProps, 'page' | 'query' | 'days' | 'errors' | 'counts'>) {
  const select = (id: string, name: keyof RequestQuery, label: string, options: { value: string; label: string }[]) => (
    <div class={errors?.fields[name] ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      <select id={id} name={name} aria-describedby={errors?.fields[name] ? `${id}-error` : undefined}>
        {options.map((option) => (
          <option key={option.value} value={option.value} selected={(query[name] ?? '') === option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={id} error={errors?.fields[name]} />
    </div>
  );
  return (
    <form method="get" action={page.link('/admin/requests')} class="request-filter" role="search" aria-label="Filter the requests">
      {select('filter-status', 'status', 'Status', [
        { value: '', label: `Any (${Object.values(counts).reduce((sum, count) => sum + count, 0)})` },
        ...REQUEST_STATUSES.map((status) => ({ value: status, label: `${STATUS_LABEL[status]} (${counts[status] ?? 0})` })),
      ])}
      {select('filter-day', 'day', 'Day wanted', [{ value: '', label: 'Any day' }, ...days.map((day) => ({ value: day, label: day }))])}
      <div class="field">
        <label for="filter-q">Search</label>
        <input id="filter-q" name="q" type="search" value={query.q ?? ''} placeholder="Title, sponsor, contact" />
      </div>
      {select('filter-sort', 'sort', 'Order', Object.entries(SORT_LABEL).map(([value, label]) => ({ value, label })))}
      <button type="submit" class="button-primary">
        Show
      </button>
    </form>
  );
}

export function RequestListPage({ page, rows, query, days, errors, counts, settings }: RequestListProps) {
  return (
    <AdminLayout page={page} title="Side-event requests" current="requests">
      <h1>Side-event requests</h1>
      {settings ? (
        <p>
          <a href={page.link('/admin/requests/settings')}>Deadline and self-registration</a>
        </p>
      ) : null}
      <FormSummary errors={errors} />
      <FilterForm page={page} query={query} days={days} errors={errors} counts={counts} />
      <p class="request-count" role="status">
        {rows.length === 1 ? '1 request' : `${rows.length} requests`}
      </p>
      {rows.length === 0 ? null : (
        <div class="table-scroll">
          <table class="request-table">
            <thead>
              <tr>
                <th scope="col">No.</th>
                <th scope="col">Title and sponsors</th>
                <th scope="col">Status</th>
                <th scope="col">Wanted, or placed</th>
                <th scope="col">People</th>
                <th scope="col">Contact</th>
                <th scope="col">Submitted</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ request, entry, organiser }) => (
                <tr key={request.id}>
                  <td>{request.id}</td>
                  <td>
                    <a href={page.link(`/admin/requests/${request.id}`)}>{request.title}</a>
                    <p class="request-sponsors">{request.sponsors.join('; ')}</p>
                  </td>
                  <td>
                    <StatusBadge status={request.status} />
                  </td>
                  <td>
                    {entry ? (
                      <p class="request-place">
                        <span class="request-when">{entry.date ? `${shortDay(entry.date)} ${entry.start ?? ''}–${entry.end ?? ''}` : 'Day to be announced'}</span> {entry.venue ?? ''}
                      </p>
                    ) : (
                      <ol class="request-choices">
                        {request.choices.map((choice, index) => (
                          <li key={index}>{shortChoiceText(choice)}</li>
                        ))}
                      </ol>
                    )}
                  </td>
                  <td class="number">{request.expectedAttendance ?? '—'}</td>
                  <td>
                    {request.contactName}
                    <p class="request-organiser">{request.contactEmail}</p>
                  </td>
                  <td>{request.createdAt.slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}
