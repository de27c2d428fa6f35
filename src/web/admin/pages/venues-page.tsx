/**
 * Venues: the list (name, building, capacity, opening hours, how many entries use each), a form
 * to add one, and a page per venue to edit or remove it. Every form posts and works without
 * JavaScript; opening hours are a few rows of date, opening and closing time.
 */
import { hoursField, type VenueForm } from '../../../app/venue-commands.ts';
import type { Venue } from '../../../model/programme.ts';
import type { AdminPageContext } from '../admin-page.ts';
import { AdminLayout } from './admin-layout.tsx';
import { Field, FormSummary, type FormErrors } from './form-field.tsx';

/** Empty rows of opening hours offered after the filled ones. */
const SPARE_ROWS = 2;

export function venueDraft(venue: Venue | null): VenueForm {
  if (venue === null) return { name: '', building: '', capacity: '', hours: [] };
  return {
    name: venue.name,
    building: venue.building ?? '',
    capacity: venue.capacity === null ? '' : String(venue.capacity),
    hours: venue.openingHours.map((row) => ({ date: row.date ?? '', open: row.start, close: row.end })),
  };
}

export interface VenueFormState {
  draft: VenueForm;
  errors: FormErrors | null;
}

function hoursText(venue: Venue): string {
  if (venue.openingHours.length === 0) return '—';
  return venue.openingHours.map((row) => `${row.date ?? 'Every day'} ${row.start}–${row.end}`).join('; ');
}

function HoursInput({ row, part, label, value, errors }: { row: number; part: 'date' | 'open' | 'close'; label: string; value: string; errors: FormErrors | null }) {
  const name = hoursField(row, part);
  const error = errors?.fields[name];
  return (
    <td class={error ? 'field-invalid' : undefined}>
      <input
        id={`venue-${name}`}
        name={name}
        value={value}
        aria-label={`${label}, row ${row}`}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `venue-${name}-error` : undefined}
        placeholder={part === 'date' ? 'every day' : 'HH:MM'}
        inputmode={part === 'date' ? undefined : 'numeric'}
        size={part === 'date' ? 11 : 6}
      />
      {error ? (
        <p class="field-error" id={`venue-${name}-error`}>
          {error}
        </p>
      ) : null}
    </td>
  );
}

/** The fields of a venue, for adding or editing. */
function VenueFields({ state }: { state: VenueFormState }) {
  const { draft, errors } = state;
  const rows = [...draft.hours, ...Array.from({ length: SPARE_ROWS }, () => ({ date: '', open: '', close: '' }))];
  return (
    <>
      <FormSummary errors={errors} />
      <Field form="venue" name="name" label="Name" value={draft.name} error={errors?.fields.name} required hint="As the programme prints it: M3, Boardroom A" />
      <Field form="venue" name="building" label="Building" value={draft.building} error={errors?.fields.building} />
      <Field form="venue" name="capacity" label="Capacity (seats)" value={draft.capacity} error={errors?.fields.capacity} />
      <fieldset class="venue-hours">
        <legend>Opening hours</legend>
        <p class="field-hint">One row per day; leave the date empty for every day. Empty rows are ignored.</p>
        <table>
          <thead>
            <tr>
              <th scope="col">Date (YYYY-MM-DD)</th>
              <th scope="col">Opens</th>
              <th scope="col">Closes</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <HoursInput row={index + 1} part="date" label="Date" value={row.date} errors={errors} />
                <HoursInput row={index + 1} part="open" label="Opens" value={row.open} errors={errors} />
                <HoursInput row={index + 1} part="close" label="Closes" value={row.close} errors={errors} />
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
    </>
  );
}

export interface VenuesPageProps {
  page: AdminPageContext;
  venues: Venue[];
  /** How many entries are held in each venue, by name. */
  usage: ReadonlyMap<string, number>;
  done: string | null;
  add: VenueFormState;
}

export function VenuesPage({ page, venues, usage, done, add }: VenuesPageProps) {
  return (
    <AdminLayout page={page} title="Venues" current="venues">
      <h1>Venues</h1>
      {done ? (
        <p class="notice-ok" role="status">
          {done}
        </p>
      ) : null}
      {venues.length === 0 ? (
        <p>There are no venues yet.</p>
      ) : (
        <table class="venues">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Building</th>
              <th scope="col">Capacity</th>
              <th scope="col">Opening hours</th>
              <th scope="col">Entries</th>
            </tr>
          </thead>
          <tbody>
            {venues.map((venue) => (
              <tr key={venue.id} id={`venue-${venue.id}`}>
                <td data-label="Name">
                  <a href={page.link(`/admin/venues/${encodeURIComponent(venue.id)}`)}>{venue.name}</a>
                </td>
                <td data-label="Building">{venue.building ?? '—'}</td>
                <td data-label="Capacity">{venue.capacity ?? '—'}</td>
                <td data-label="Opening hours">{hoursText(venue)}</td>
                <td data-label="Entries">{usage.get(venue.name) ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="add-venue">Add a venue</h2>
      <form method="post" action={page.link('/admin/venues')} class="admin-form venue-form">
        <input type="hidden" name="_csrf" value={page.csrf} />
        <VenueFields state={add} />
        <button type="submit" class="button-primary">
          Add the venue
        </button>
      </form>
    </AdminLayout>
  );
}

export interface VenuePageProps {
  page: AdminPageContext;
  venue: Venue;
  /** The venue as the form showed it ({@link stateTag}), sent back to refuse a stale save. */
  tag: string;
  /** The entries held there, as a clerk recognises them. */
  entries: string[];
  edit: VenueFormState;
  /** Why the venue could not be removed, or null. */
  removeError: string | null;
}

export function VenuePage({ page, venue, tag, entries, edit, removeError }: VenuePageProps) {
  return (
    <AdminLayout page={page} title={`Venue ${venue.name}`} current="venues">
      <p>
        <a href={page.link('/admin/venues')}>All venues</a>
      </p>
      <h1>Venue {venue.name}</h1>
      <form method="post" action={page.link(`/admin/venues/${encodeURIComponent(venue.id)}`)} class="admin-form venue-form">
        <input type="hidden" name="_csrf" value={page.csrf} />
        <input type="hidden" name="was" value={tag} />
        <VenueFields state={edit} />
        {entries.length > 0 ? <p class="field-hint">A new name is carried into the {entries.length} entries held here.</p> : null}
        <button type="submit" class="button-primary">
          Save the venue
        </button>
      </form>
      <h2>Remove</h2>
      {entries.length > 0 ? (
        <p>
          {entries.length === 1 ? 'One entry is' : `${entries.length} entries are`} held here: {entries.join('; ')}. Move {entries.length === 1 ? 'it' : 'them'} to another venue
          before removing this one.
        </p>
      ) : (
        <p>No entry is held here.</p>
      )}
      <form method="post" action={page.link(`/admin/venues/${encodeURIComponent(venue.id)}/remove`)} class="admin-form">
        <input type="hidden" name="_csrf" value={page.csrf} />
        <input type="hidden" name="was" value={tag} />
        {removeError ? (
          <p class="field-error" role="alert">
            {removeError}
          </p>
        ) : null}
        <button type="submit" class="button-danger">
          Remove {venue.name}
        </button>
      </form>
    </AdminLayout>
  );
}
