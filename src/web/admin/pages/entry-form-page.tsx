/**
 * One entry's form: every field, the conflicts its values would leave, the two-clerk dialog when
 * someone saved first, and the entry's own history. It works without script (buttons post, the
 * page comes back); the client script lists conflicts as the clerk types.
 */
import type { ComponentChildren } from 'preact';
import type { ConflictFinding } from '../../../model/conflicts/index.ts';
import type { FieldChange } from '../../../model/entry-diff.ts';
import { ENTRY_KINDS, ENTRY_STATUSES, type Note, type StoredEntry } from '../../../model/programme.ts';
import type { Change } from '../../../store/change.ts';
import type { AdminPageContext } from '../admin-page.ts';
import type { ConflictsOf } from '../client/entry-form-conflicts.ts';
import { partFieldName, PART_FIELDS, SPARE_PART_ROWS, type EntryFormValues, type PartValues } from '../client/entry-form-values.ts';
import { UndoForm } from './undo-form.tsx';
import { AdminLayout } from './admin-layout.tsx';
import { EntryConflicts } from './entry-conflicts.tsx';
import { EntryHistory } from './entry-history.tsx';

/** What was wrong with the form: the summary, and each message by field name. */
export interface EntryFormErrors {
  message: string;
  fields: Record<string, string>;
}

/** Someone saved the entry after the clerk read it: who, when, what, and both values of each field that differs. */
export interface StaleView {
  actorName: string;
  /** "14:02", on the conference's clock. */
  time: string;
  changes: FieldChange[];
  differing: { field: string; theirs: string | null; yours: string | null }[];
}

export interface EntryFormPageProps {
  page: AdminPageContext;
  /** The entry as stored; null for a new one. */
  stored: StoredEntry | null;
  values: EntryFormValues;
  /** The revision the form was read at (sent back as If-Match); null for a new entry. */
  revision: number | null;
  venues: readonly string[];
  notes: readonly Note[];
  errors: EntryFormErrors | null;
  conflicts: ConflictFinding[];
  /** What the conflicts are of: the entry as stored, or the values in the form. */
  conflictsOf: ConflictsOf;
  /** Titles of the entries conflicts name, for links. */
  titles: Readonly<Record<string, string>>;
  /** A save was refused for an error-level conflict: offer "Save anyway". */
  saveAnyway: boolean;
  stale: StaleView | null;
  notice: string | null;
  history: { changes: Change[]; names: ReadonlyMap<string, string>; timeZone: string | null } | null;
  /** The change an undo would reverse now, for the undo button. */
  undo: { revision: number; label: string } | null;
}

const KIND_LABELS: Record<string, string> = { plenary: 'Plenary', parallel: 'Parallel meeting', 'side-event': 'Side event' };
const FORM_ID = 'entry-form';

function controlId(name: string): string {
  return `entry-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

interface FieldProps {
  name: string;
  label: string;
  errors: EntryFormErrors | null;
  hint?: string;
  /** Renders the control, given its id and aria attributes. */
  control: (attributes: { id: string; name: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string }) => ComponentChildren;
  wide?: boolean;
}

/** A labelled control with its hint and, when the form was refused for it, its error beside it. */
function Field({ name, label, errors, hint, control, wide }: FieldProps) {
  const id = controlId(name);
  const error = errors?.fields[name];
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const classes = ['field', wide ? 'field-wide' : null, error ? 'field-invalid' : null].filter(Boolean).join(' ');
  return (
    <div class={classes} data-field={name}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {control({ id, name, ...(error ? { 'aria-invalid': 'true' as const } : {}), ...(described ? { 'aria-describedby': described } : {}) })}
      <p class="field-error" id={`${id}-error`} data-error-for={name} hidden={!error}>
        {error ?? ''}
      </p>
    </div>
  );
}

function PartRow({ row, part, errors }: { row: number; part: PartValues; errors: EntryFormErrors | null }) {
  const labels: Record<(typeof PART_FIELDS)[number], string> = { label: 'Label', title: 'Title', sponsors: 'Sponsors, one a line', description: 'Description' };
  return (
    <fieldset class="entry-part" data-part-row={row}>
      <legend>Part {row + 1}</legend>
      {PART_FIELDS.map((field) => {
        const name = partFieldName(row, field);
        const multiline = field === 'sponsors' || field === 'description';
        return (
          <Field
            key={field}
            name={name}
            label={labels[field]}
            errors={errors}
            control={(attributes) => (multiline ? <textarea rows={2} {...attributes}>{part[field]}</textarea> : <input type="text" value={part[field]} {...attributes} />)}
          />
        );
      })}
    </fieldset>
  );
}

function StalePanel({ stale, keepTheirs }: { stale: StaleView; keepTheirs: string }) {
  const what = stale.changes.map((change) => `${change.field} ${change.before ?? '—'} → ${change.after ?? '—'}`).join(', ');
  return (
    <section class="entry-stale" role="alert" aria-labelledby="entry-stale-title">
      <h2 id="entry-stale-title">
        Changed by {stale.actorName} at {stale.time}
        {what === '' ? '' : `: ${what}`}
      </h2>
      <p>Nothing was saved. {stale.differing.length > 0 ? 'Where your values differ from theirs:' : 'Your changes do not touch what they changed.'}</p>
      {stale.differing.length > 0 ? (
        <table class="entry-stale-fields">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Theirs (saved)</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {stale.differing.map((row) => (
              <tr key={row.field}>
                <th scope="row">{row.field}</th>
                <td>{row.theirs ?? '—'}</td>
                <td>{row.yours ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p class="entry-actions">
        <a class="button" href={keepTheirs}>
          Keep theirs
        </a>
        <button type="submit" form={FORM_ID} name="intent" value="save" class="button-primary">
          Apply mine on top
        </button>
      </p>
    </section>
  );
}

function emptyPart(): PartValues {
  return { label: '', title: '', sponsors: '', description: '' };
}

function isEmptyPart(part: PartValues): boolean {
  return PART_FIELDS.every((field) => part[field].trim() === '');
}

/** The rows as typed, without the empty ones at the end (the form adds its spare rows after). */
function withoutTrailingEmptyParts(parts: readonly PartValues[]): PartValues[] {
  let end = parts.length;
  while (end > 0 && isEmptyPart(parts[end - 1] as PartValues)) end -= 1;
  return parts.slice(0, end);
}

export function EntryFormPage(props: EntryFormPageProps) {
  const { page, stored, values, errors, notes } = props;
  const isNew = stored === null;
  const action = page.link(isNew ? '/admin/entries/new' : `/admin/entries/${encodeURIComponent(stored.id)}`);
  const day = stored?.date ?? (values.date || null);
  const gridLink = page.link(day ? `/admin?day=${encodeURIComponent(day)}` : '/admin');
  const title = isNew ? 'New entry' : `Edit: ${stored.title}`;
  const venues = props.venues.includes(values.venue) || values.venue === '' ? props.venues : [...props.venues, values.venue];
  const parts = [...withoutTrailingEmptyParts(values.parts), ...Array.from({ length: SPARE_PART_ROWS }, emptyPart)];
  const partsOpen = values.parts.some((part) => !isEmptyPart(part)) || Object.keys(errors?.fields ?? {}).some((name) => name.startsWith('parts'));
  return (
    <AdminLayout page={page} title={title} current="grid">
      <p class="entry-back">
        <a href={gridLink}>← Back to the grid{day ? ` (${day})` : ''}</a>
      </p>
      <h1>
        {title}
        {stored?.status === 'cancelled' ? <span class="entry-cancelled-badge"> (cancelled)</span> : null}
      </h1>
      {props.notice ? (
        <p class="notice-ok" role="status">
          {props.notice} <a href={gridLink}>Back to the grid</a>
        </p>
      ) : null}
      {props.stale ? <StalePanel stale={props.stale} keepTheirs={action} /> : null}
      {errors && !props.stale ? (
        <div class="form-errors" role="alert">
          <p>{errors.message}</p>
        </div>
      ) : null}
      <div class="entry-layout">
        <form id={FORM_ID} class="entry-form" method="post" action={action} data-entry-form data-entry-id={stored?.id ?? ''} data-preview={page.link('/admin/preview')} novalidate>
          <input type="hidden" name="_csrf" value={page.csrf} />
          {props.revision !== null ? <input type="hidden" name="revision" value={String(props.revision)} /> : null}
          <fieldset>
            <legend>What</legend>
            <Field
              name="kind"
              label="Kind"
              errors={errors}
              control={(attributes) => (
                <select {...attributes}>
                  {ENTRY_KINDS.map((kind) => (
                    <option key={kind} value={kind} selected={values.kind === kind}>
                      {KIND_LABELS[kind] ?? kind}
                    </option>
                  ))}
                </select>
              )}
            />
            <Field
              name="agendaItem"
              label="Agenda item"
              hint='Plenary only, such as "2 (b)".'
              errors={errors}
              control={(attributes) => <input type="text" value={values.agendaItem} {...attributes} />}
            />
            <div class="field field-check">
              <input type="checkbox" id="entry-continued" name="continued" value="yes" checked={values.continued} />
              <label for="entry-continued">Continued from an earlier slot</label>
            </div>
            <Field name="title" label="Title" wide errors={errors} control={(attributes) => <input type="text" value={values.title} required {...attributes} />} />
            <Field
              name="sponsors"
              label="Sponsors"
              hint="One a line, in the order they are printed."
              wide
              errors={errors}
              control={(attributes) => (
                <textarea rows={3} {...attributes}>
                  {values.sponsors}
                </textarea>
              )}
            />
            <Field
              name="description"
              label="Description"
              wide
              errors={errors}
              control={(attributes) => (
                <textarea rows={3} {...attributes}>
                  {values.description}
                </textarea>
              )}
            />
            <fieldset class={errors?.fields.notes ? 'entry-notes field-invalid' : 'entry-notes'} data-field="notes">
              <legend>Notes</legend>
              {notes.length === 0 ? <p class="field-hint">This conference has no notes yet.</p> : null}
              {notes.map((note) => (
                <div class="field-check" key={note.id}>
                  <input type="checkbox" id={controlId(`note-${note.id}`)} name="notes" value={note.id} checked={values.notes.includes(note.id)} />
                  <label for={controlId(`note-${note.id}`)}>{note.text}</label>
                </div>
              ))}
              <p class="field-error" data-error-for="notes" hidden={!errors?.fields.notes}>
                {errors?.fields.notes ?? ''}
              </p>
            </fieldset>
            <Field
              name="expectedAttendance"
              label="Expected attendance"
              errors={errors}
              control={(attributes) => <input type="text" inputMode="numeric" value={values.expectedAttendance} {...attributes} />}
            />
          </fieldset>
          <fieldset>
            <legend>When and where</legend>
            <Field name="date" label="Date" hint="YYYY-MM-DD" errors={errors} control={(attributes) => <input type="text" inputMode="numeric" placeholder="YYYY-MM-DD" value={values.date} {...attributes} />} />
            <Field name="start" label="Start" hint="HH:MM, 24-hour" errors={errors} control={(attributes) => <input type="text" inputMode="numeric" placeholder="HH:MM" value={values.start} {...attributes} />} />
            <Field name="end" label="End" hint="HH:MM, 24-hour" errors={errors} control={(attributes) => <input type="text" inputMode="numeric" placeholder="HH:MM" value={values.end} {...attributes} />} />
            <Field
              name="venue"
              label="Venue"
              errors={errors}
              control={(attributes) => (
                <select {...attributes}>
                  <option value="" selected={values.venue === ''}>
                    None
                  </option>
                  {venues.map((venue) => (
                    <option key={venue} value={venue} selected={values.venue === venue}>
                      {venue}
                    </option>
                  ))}
                </select>
              )}
            />
            <Field
              name="status"
              label="Status"
              errors={errors}
              control={(attributes) => (
                <select {...attributes}>
                  {ENTRY_STATUSES.map((status) => (
                    <option key={status} value={status} selected={values.status === status}>
                      {status === 'scheduled' ? 'Scheduled' : 'Cancelled'}
                    </option>
                  ))}
                </select>
              )}
            />
          </fieldset>
          <details class="entry-parts-details" open={partsOpen}>
            <summary>Split panel parts{values.parts.some((part) => !isEmptyPart(part)) ? ` (${values.parts.filter((part) => !isEmptyPart(part)).length})` : ''}</summary>
            <fieldset class="entry-parts" data-field="parts">
              <legend>Split panel parts</legend>
              <p class="field-hint">A split panel has two or more parts, each with its label (A, B …), title and sponsors. Leave a row empty for none.</p>
              <p class="field-error" data-error-for="parts" hidden={!errors?.fields.parts}>
                {errors?.fields.parts ?? ''}
              </p>
              {parts.map((part, row) => (
                <PartRow key={row} row={row} part={part} errors={errors} />
              ))}
            </fieldset>
          </details>
          <p class="entry-actions">
            <button type="submit" name="intent" value="save" class="button-primary">
              {isNew ? 'Add entry' : 'Save'}
            </button>
            <button type="submit" name="intent" value="check">
              Check conflicts
            </button>
            <span class="entry-live-status" data-entry-status aria-live="polite" />
          </p>
        </form>
        <aside class="entry-side">
          <EntryConflicts conflicts={props.conflicts} of={props.conflictsOf} titles={props.titles} selfId={stored?.id ?? null} link={(id) => page.link(`/admin/entries/${encodeURIComponent(id)}`)} saveAnyway={props.saveAnyway} formId={FORM_ID} />
          {stored ? (
            <section class="entry-status-actions" aria-labelledby="entry-status-title">
              <h2 id="entry-status-title">Cancel or restore</h2>
              <form method="post" action={`${action}/${stored.status === 'cancelled' ? 'restore' : 'cancel'}`}>
                <input type="hidden" name="_csrf" value={page.csrf} />
                <input type="hidden" name="revision" value={String(stored.revision)} />
                <button type="submit">{stored.status === 'cancelled' ? 'Restore this entry' : 'Cancel this entry'}</button>
              </form>
            </section>
          ) : null}
          {props.undo ? (
            <section class="entry-undo" aria-labelledby="entry-undo-title">
              <h2 id="entry-undo-title">Undo</h2>
              <UndoForm page={page} undo={props.undo} next={action} />
            </section>
          ) : null}
          {props.history ? (
            <section class="entry-history-section" aria-labelledby="entry-history-title">
              <h2 id="entry-history-title">History of this entry</h2>
              <EntryHistory changes={props.history.changes} names={props.history.names} timeZone={props.history.timeZone} />
            </section>
          ) : null}
        </aside>
      </div>
    </AdminLayout>
  );
}
