/**
 * The history page: every change of the conference, newest first, each with who, when (on the
 * conference's clock), what kind, which entry and each field before → after; a filter form that
 * works without JavaScript (a GET form), and a link to older changes.
 */
import { Temporal } from 'temporal-polyfill';
import type { HistoryField, HistoryPage as HistoryPageData, HistoryRow } from '../../../app/change-history.ts';
import type { ChangeKind } from '../../../store/change.ts';
import { wallClockAt } from '../../../model/wall-clock.ts';
import type { AdminPageContext } from '../admin-page.ts';
import { AdminLayout } from './admin-layout.tsx';
import { Field, FormSummary, type FormErrors } from './form-field.tsx';

/** The filter as typed, kept in the form. */
export interface HistoryQuery {
  entry: string;
  day: string;
  person: string;
}

export interface HistoryPageProps {
  page: AdminPageContext;
  query: HistoryQuery;
  /** Null when the filter was refused. */
  history: HistoryPageData | null;
  people: { actor: string; name: string }[];
  errors: FormErrors | null;
}

const KINDS: Record<ChangeKind, string> = {
  import: 'Imported',
  add: 'Added',
  update: 'Edited',
  move: 'Moved',
  cancel: 'Cancelled',
  restore: 'Restored',
  venue: 'Venue',
  settings: 'Settings',
  note: 'Note',
  release: 'Release',
};

/** Field names in the words of the forms. */
const FIELD_WORDS: Record<string, string> = {
  agendaItem: 'agenda item',
  expectedAttendance: 'expected attendance',
  organizer: 'organiser',
  organizerShort: 'organiser (short)',
  timeZone: 'time zone',
  startDate: 'start date',
  endDate: 'end date',
  baseUrl: 'public address',
  openingHours: 'opening hours',
};

/** "2031-05-12 14:02" on the conference's clock, or in UTC (said so) when it has no zone. */
function when(at: string, zone: string | null): string {
  const instant = Temporal.Instant.from(at);
  const { date, time } = wallClockAt(instant, zone ?? 'UTC');
  return zone === null ? `${date} ${time} UTC` : `${date} ${time}`;
}

function FieldChange({ change }: { change: HistoryField }) {
  return (
    <li>
      <span class="history-field">{FIELD_WORDS[change.field] ?? change.field}</span>{' '}
      {change.before === null ? <span class="history-none">—</span> : <del>{change.before}</del>} <span aria-label="became">→</span>{' '}
      {change.after === null ? <span class="history-none">—</span> : <ins>{change.after}</ins>}
    </li>
  );
}

function What({ page, row }: { page: AdminPageContext; row: HistoryRow }) {
  if (row.kind === 'import') {
    return <p>The whole programme was imported{row.importedEntries === null ? '' : `: ${row.importedEntries} ${row.importedEntries === 1 ? 'entry' : 'entries'}`}.</p>;
  }
  return (
    <>
      {row.entryId !== null ? (
        <p>
          <a href={page.link(`/admin/entries/${encodeURIComponent(row.entryId)}`)}>{row.subject ?? row.entryId}</a>
        </p>
      ) : row.subject !== null ? (
        <p>{row.subject}</p>
      ) : null}
      {row.fields.length > 0 ? (
        <ul class="history-fields">
          {row.fields.map((change) => (
            <FieldChange key={change.field} change={change} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function olderLink(page: AdminPageContext, query: HistoryQuery, before: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value.trim() !== '') params.set(name, value.trim());
  params.set('before', String(before));
  return page.link(`/admin/history?${params.toString()}`);
}

export function HistoryPage({ page, query, history, people, errors }: HistoryPageProps) {
  const zone = page.conference?.conference.timeZone ?? null;
  const filtered = query.entry.trim() !== '' || query.day.trim() !== '' || query.person.trim() !== '';
  return (
    <AdminLayout page={page} title="History" current="history">
      <h1>History</h1>
      <p class="history-intro">Every change to the programme, newest first. Times are {zone === null ? 'in UTC' : `in ${zone}`}.</p>
      <form method="get" action={page.link('/admin/history')} class="history-filter" aria-label="Filter the history">
        <FormSummary errors={errors} />
        <Field form="history" name="entry" label="Entry id" value={query.entry} error={errors?.fields.entry} hint="Such as opening or 2012-10-16-launch" />
        <Field form="history" name="day" label="Day" value={query.day} error={errors?.fields.day} hint="YYYY-MM-DD: changes to entries on that day, before or after" />
        <Field form="history" name="person" label="Person" error={errors?.fields.person}>
          <option value="">Anyone</option>
          {people.map((person) => (
            <option key={person.actor} value={person.actor} selected={person.actor === query.person}>
              {person.name === person.actor ? person.actor : `${person.name} (${person.actor})`}
            </option>
          ))}
        </Field>
        <div class="history-filter-actions">
          <button type="submit">Filter</button>
          {filtered ? <a href={page.link('/admin/history')}>Show all</a> : null}
        </div>
      </form>
      {history === null ? null : history.rows.length === 0 ? (
        <p class="history-empty">{filtered ? 'No change matches this filter.' : 'Nothing has changed yet.'}</p>
      ) : (
        <table class="history">
          <caption class="visually-hidden">Changes, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Revision</th>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Change</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {history.rows.map((row) => (
              <tr key={row.revision} id={`revision-${row.revision}`} class={`history-${row.kind}`}>
                <td data-label="Revision">{row.revision}</td>
                <td data-label="When">
                  <time datetime={row.at}>{when(row.at, zone)}</time>
                </td>
                <td data-label="Who" title={row.actor}>
                  {row.actorName}
                </td>
                <td data-label="Change">{KINDS[row.kind] ?? row.kind}</td>
                <td data-label="What">
                  <What page={page} row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {history?.next != null ? (
        <p class="history-more">
          <a href={olderLink(page, query, history.next)} rel="next">
            Older changes
          </a>
        </p>
      ) : null}
    </AdminLayout>
  );
}
