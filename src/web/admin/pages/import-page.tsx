/**
 * Importing from the browser: the programme's text (a programme document or Agora JSON) goes
 * into a text area, pasted or, with JavaScript, read from a chosen file; "Preview" shows what the
 * import would create and replace, or every problem by line, and writes nothing; "Import" (on the
 * preview) sends the same text again and imports it.
 */
import type { ImportPreview } from '../../../app/import-preview.ts';
import type { Problem } from '../../../errors.ts';
import type { AdminPageContext } from '../admin-page.ts';
import { AdminLayout } from './admin-layout.tsx';

export interface ImportPageProps {
  page: AdminPageContext;
  /** The text as sent, kept in the form. */
  text: string;
  /** The refusal: its sentence and every problem (by line, or by place in the JSON). */
  refusal: { message: string; problems: Problem[] } | null;
  preview: ImportPreview | null;
  done: string | null;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "line 34" → "Line 34"; a JSON pointer is shown as it is. */
function whereText(where: string): string {
  return where.startsWith('line ') ? `Line ${where.slice(5)}` : where;
}

function EntryList({ title, labels }: { title: string; labels: string[] }) {
  if (labels.length === 0) return null;
  return (
    <details>
      <summary>{title}</summary>
      <ul>
        {labels.map((label, index) => (
          <li key={index}>{label}</li>
        ))}
      </ul>
    </details>
  );
}

function PreviewSummary({ page, preview, text }: { page: AdminPageContext; preview: ImportPreview; text: string }) {
  const { summary, replace } = preview;
  const errors = summary.conflicts.filter((finding) => finding.severity === 'error').length;
  const entries = summary.entries.plenary + summary.entries.parallel + summary.entries['side-event'];
  return (
    <section class="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading">Preview: nothing is imported yet</h2>
      <p>
        {summary.title ?? 'An untitled conference'}, read as {preview.format === 'json' ? 'Agora JSON' : 'a programme document'}.
      </p>
      <dl class="import-counts">
        <dt>Days</dt>
        <dd>{summary.days.length === 0 ? 'none' : `${summary.days.length} (${summary.days[0]} to ${summary.days.at(-1)})`}</dd>
        <dt>Entries</dt>
        <dd>
          {entries}: {summary.entries.plenary} plenary, {summary.entries.parallel} parallel, {plural(summary.entries['side-event'], 'side event', 'side events')}
          {summary.cancelled > 0 ? ` (${summary.cancelled} cancelled)` : ''}
        </dd>
        <dt>Venues</dt>
        <dd>{summary.venues.length === 0 ? 'none' : `${summary.venues.length}: ${summary.venues.join(', ')}`}</dd>
        <dt>Notes</dt>
        <dd>{summary.notes}</dd>
        <dt>Conflicts</dt>
        <dd>
          {summary.conflicts.length === 0 ? 'none' : `${summary.conflicts.length} (${plural(errors, 'error', 'errors')}, ${plural(summary.conflicts.length - errors, 'warning', 'warnings')})`}
        </dd>
      </dl>
      {replace === null ? (
        <p class="import-effect">This creates the conference.</p>
      ) : (
        <>
          <p class="import-effect">
            This replaces the programme there is now (the old one stays in the history): {plural(replace.added.length, 'new entry', 'new entries')},{' '}
            {plural(replace.removed.length, 'entry removed', 'entries removed')}, {plural(replace.changed.length, 'entry changed', 'entries changed')},{' '}
            {replace.unchanged} unchanged.
          </p>
          <EntryList title={`New (${replace.added.length})`} labels={replace.added} />
          <EntryList title={`Removed (${replace.removed.length})`} labels={replace.removed} />
          <EntryList title={`Changed (${replace.changed.length})`} labels={replace.changed} />
        </>
      )}
      <form method="post" action={page.link('/admin/import/confirm')} class="admin-form">
        <input type="hidden" name="_csrf" value={page.csrf} />
        <input type="hidden" name="revision" value={String(preview.revision)} />
        <input type="hidden" name="text" value={text} />
        <button type="submit" class="button-primary">
          Import this programme
        </button>
      </form>
    </section>
  );
}

export function ImportPage({ page, text, refusal, preview, done }: ImportPageProps) {
  return (
    <AdminLayout page={page} title="Import" current="import">
      <h1>Import a programme</h1>
      {done ? (
        <p class="notice-ok" role="status">
          {done}
        </p>
      ) : null}
      {refusal ? (
        <div class="form-errors import-problems" role="alert">
          <p>{refusal.message}</p>
          {refusal.problems.length > 0 ? (
            <ol>
              {refusal.problems.map((problem, index) => (
                <li key={index}>
                  <strong>{whereText(problem.where)}</strong>: {problem.message}
                </li>
              ))}
            </ol>
          ) : null}
        </div>
      ) : null}
      {preview ? <PreviewSummary page={page} preview={preview} text={text} /> : null}
      <form method="post" action={page.link('/admin/import/preview')} class="admin-form import-form">
        <input type="hidden" name="_csrf" value={page.csrf} />
        <p>
          A programme document (the text of the printed programme) or Agora JSON. {page.conference ? 'It replaces the whole programme; ' : 'It creates the conference; '}
          you see a preview first, and nothing is imported until you confirm it.
        </p>
        <div class="field" data-import-file hidden>
          <label for="import-file">Read a file</label>
          <input id="import-file" type="file" accept=".txt,.json,text/plain,application/json" />
        </div>
        <div class={refusal ? 'field field-invalid' : 'field'}>
          <label for="import-text">Programme text</label>
          <textarea id="import-text" name="text" rows={14} spellcheck={false} aria-invalid={refusal ? 'true' : undefined}>
            {text}
          </textarea>
        </div>
        <button type="submit" class="button-primary">
          Preview
        </button>
      </form>
    </AdminLayout>
  );
}
