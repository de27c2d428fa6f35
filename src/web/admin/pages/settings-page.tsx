/**
 * The conference's settings: its own fields, the public address printed QR codes point to and
 * when changes become public, in one form; and its notes (footnotes), each with a form to edit or remove it and one to add
 * another. Every form posts and works without JavaScript.
 */
import type { SettingsForm } from '../../../app/conference-settings.ts';
import type { Note } from '../../../model/programme.ts';
import { PUBLICATIONS, type Publication } from '../../../model/publication.ts';
import type { AdminPageContext } from '../admin-page.ts';
import { AdminLayout } from './admin-layout.tsx';
import { Field, FormSummary, type FormErrors } from './form-field.tsx';

interface TextAreaProps {
  form: string;
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  rows?: number;
}

/** A labelled textarea with its error beside it, as {@link Field} is for an input. */
function TextArea({ form, name, label, value, error, rows = 3 }: TextAreaProps) {
  const id = `${form}-${name}`;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      <textarea id={id} name={name} rows={rows} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {value}
      </textarea>
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

const PUBLICATION_LABEL: Record<Publication, string> = {
  live: 'Every change is public at once',
  release: 'Public on release',
};

/** What each publication mode means for readers, beside its radio button. */
const PUBLICATION_HELP: Record<Publication, string> = {
  live: 'Readers see each change as soon as it is saved: the web programme, exports, calendar feeds and monitors. For the conference week.',
  release:
    'Readers see the programme as it was at the newest release; changes wait until an editor publishes the next release. Before the first release, readers are told the programme is not published yet. For while the programme is being drafted.',
};

/** The two publication modes as radio buttons, each with what it means; editors always see the draft. */
function PublicationChoice({ value, error }: { value: string; error: string | undefined }) {
  return (
    <fieldset class={error ? 'field publication-choice field-invalid' : 'field publication-choice'} aria-describedby={error ? 'settings-publication-error' : 'settings-publication-hint'}>
      <legend>When changes become public</legend>
      <p class="field-hint" id="settings-publication-hint">
        Editors always see every change in the editor and through the API.
      </p>
      {PUBLICATIONS.map((mode) => (
        <div class="publication-option" key={mode}>
          <input type="radio" id={`settings-publication-${mode}`} name="publication" value={mode} checked={value === mode} aria-describedby={`settings-publication-${mode}-help`} />
          <label for={`settings-publication-${mode}`}>{PUBLICATION_LABEL[mode]}</label>
          <p class="field-hint" id={`settings-publication-${mode}-help`}>
            {PUBLICATION_HELP[mode]}
          </p>
        </div>
      ))}
      {error ? (
        <p class="field-error" id="settings-publication-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export interface NoteFormState {
  /** The note the refusal is about (null: the add form). */
  noteId: string | null;
  /** What was typed; null to show the note as it is now (after a stale save). */
  text: string | null;
  errors: FormErrors;
}

export interface SettingsPageProps {
  page: AdminPageContext;
  draft: SettingsForm;
  /** The settings as the form shows them ({@link stateTag}), sent back to refuse a stale save. */
  tag: string;
  errors: FormErrors | null;
  notes: { note: Note; tag: string; usedBy: string[] }[];
  /** A refused note form, shown with what was typed. */
  noteState: NoteFormState | null;
  done: string | null;
}

function NoteRow({ page, note, tag, usedBy, state }: { page: AdminPageContext; note: Note; tag: string; usedBy: string[]; state: NoteFormState | null }) {
  const form = `note-${note.id}`;
  const mine = state?.noteId === note.id ? state : null;
  const action = page.link(`/admin/settings/notes/${encodeURIComponent(note.id)}`);
  return (
    <li id={form} class="note">
      <form method="post" action={action} class="admin-form note-form">
        <input type="hidden" name="_csrf" value={page.csrf} />
        <input type="hidden" name="was" value={tag} />
        {mine && !mine.errors.fields.text && !mine.errors.fields.note ? <FormSummary errors={mine.errors} /> : null}
        <TextArea form={form} name="text" label={`Note ${note.id}`} value={mine?.text ?? note.text} error={mine?.errors.fields.text} rows={2} />
        <p class="field-hint">{usedBy.length === 0 ? 'No entry refers to this note.' : `Used by: ${usedBy.join('; ')}`}</p>
        <button type="submit">Save the note</button>
      </form>
      <form method="post" action={`${action}/remove`} class="inline-actions">
        <input type="hidden" name="_csrf" value={page.csrf} />
        {mine?.errors.fields.note ? (
          <p class="field-error" role="alert">
            {mine.errors.message}
          </p>
        ) : null}
        <button type="submit" class="button-danger">
          Remove the note
        </button>
      </form>
    </li>
  );
}

export function SettingsPage({ page, draft, tag, errors, notes, noteState, done }: SettingsPageProps) {
  const e = errors?.fields ?? {};
  const addState = noteState?.noteId === null ? noteState : null;
  return (
    <AdminLayout page={page} title="Settings" current="settings">
      <h1>Conference settings</h1>
      {done ? (
        <p class="notice-ok" role="status">
          {done}
        </p>
      ) : null}
      <form method="post" action={page.link('/admin/settings')} class="admin-form settings-form">
        <input type="hidden" name="_csrf" value={page.csrf} />
        <input type="hidden" name="was" value={tag} />
        <FormSummary errors={errors} />
        <Field form="settings" name="title" label="Title" value={draft.title} error={e.title} />
        <Field form="settings" name="session" label="Session" value={draft.session} error={e.session} hint="Such as “Sixth session of the Conference of the Parties”" />
        <Field form="settings" name="organizer" label="Organiser" value={draft.organizer} error={e.organizer} />
        <Field form="settings" name="organizerShort" label="Organiser, short" value={draft.organizerShort} error={e.organizerShort} hint="Such as UNODC" />
        <Field form="settings" name="city" label="City" value={draft.city} error={e.city} />
        <Field form="settings" name="timeZone" label="Time zone" value={draft.timeZone} error={e.timeZone} hint="An IANA name, such as Europe/Vienna: the programme's times are on this clock" />
        <div class="settings-dates">
          <Field form="settings" name="startDate" label="Start date" value={draft.startDate} error={e.startDate} hint="YYYY-MM-DD" />
          <Field form="settings" name="endDate" label="End date" value={draft.endDate} error={e.endDate} hint="YYYY-MM-DD" />
        </div>
        <Field form="settings" name="theme" label="Theme" value={draft.theme} error={e.theme} />
        <TextArea form="settings" name="notice" label="Notice" value={draft.notice} error={e.notice} />
        <Field
          form="settings"
          name="baseUrl"
          label="Public address"
          value={draft.baseUrl}
          error={e.baseUrl}
          hint="Where readers find this programme, such as https://programme.example.org; the printed programme's QR code points here. Empty: this server's address."
        />
        <PublicationChoice value={draft.publication} error={e.publication} />
        <button type="submit" class="button-primary">
          Save the settings
        </button>
      </form>
      <h2 id="notes">Notes</h2>
      <p>Footnotes that entries refer to; the printed programme marks them *, ** … in this order.</p>
      {notes.length === 0 ? <p>There are no notes.</p> : null}
      <ul class="notes">
        {notes.map(({ note, tag: noteTag, usedBy }) => (
          <NoteRow key={note.id} page={page} note={note} tag={noteTag} usedBy={usedBy} state={noteState} />
        ))}
      </ul>
      <h3>Add a note</h3>
      <form method="post" action={page.link('/admin/settings/notes')} class="admin-form">
        <input type="hidden" name="_csrf" value={page.csrf} />
        {addState && !addState.errors.fields.text ? <FormSummary errors={addState.errors} /> : null}
        <TextArea form="new-note" name="text" label="Text of the new note" value={addState?.text ?? ''} error={addState?.errors.fields.text} rows={2} />
        <button type="submit">Add the note</button>
      </form>
    </AdminLayout>
  );
}
