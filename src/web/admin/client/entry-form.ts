/**
 * The entry form, live: as the clerk types, the form's values go to `/admin/preview` (debounced)
 * and the conflicts they would leave are listed before anything is saved; a value the server
 * refuses is shown next to its field at once. Saving stays the form's own post, so the page
 * works the same without this script.
 */
import { el } from '../../client/dom.ts';
import type { ConflictFinding } from '../../../model/conflicts/conflict-finding.ts';
import { adminFetch } from './csrf.ts';
import { conflictSummary, errorsFirst, SEVERITY_LABELS } from './entry-form-conflicts.ts';
import { entryFormPatch, postedEntryValues, problemField, type PostedFields } from './entry-form-values.ts';

const DEBOUNCE_MS = 300;

interface PreviewAnswer {
  conflicts?: ConflictFinding[];
  problems?: { where: string; message: string }[];
  message?: string;
}

function postedFields(form: HTMLFormElement): PostedFields {
  const fields: PostedFields = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string') continue;
    const earlier = fields[name];
    fields[name] = earlier === undefined ? value : Array.isArray(earlier) ? [...earlier, value] : [earlier, value];
  }
  return fields;
}

function showProblems(form: HTMLFormElement, problems: Map<string, string>): void {
  for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    const name = slot.dataset.errorFor ?? '';
    const message = problems.get(name);
    slot.textContent = message ?? '';
    slot.hidden = message === undefined;
    const holder = slot.closest<HTMLElement>('[data-field]');
    holder?.classList.toggle('field-invalid', message !== undefined);
    const control = form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
    if (message === undefined) control?.removeAttribute('aria-invalid');
    else control?.setAttribute('aria-invalid', 'true');
  }
}

function showConflicts(root: Document, form: HTMLFormElement, conflicts: ConflictFinding[]): void {
  const section = root.querySelector<HTMLElement>('[data-entry-conflicts]');
  if (!section) return;
  const summary = section.querySelector<HTMLElement>('[data-conflicts-summary]');
  if (summary) summary.textContent = conflictSummary(conflicts, 'values');
  const list = section.querySelector<HTMLElement>('[data-conflict-list]');
  if (!list) return;
  const self = form.dataset.entryId ?? '';
  const prefix = root.body.dataset.prefix ?? '';
  list.replaceChildren(
    ...errorsFirst(conflicts).map((finding) => {
      const links = finding.entries
        .filter((id) => id !== self)
        .flatMap((id) => [' ', el('a', { href: `${prefix}/admin/entries/${encodeURIComponent(id)}` }, id)]);
      return el('li', { class: `conflict conflict-${finding.severity}` }, el('strong', { class: 'conflict-severity' }, SEVERITY_LABELS[finding.severity]), ` ${finding.message}`, ...links);
    }),
  );
}

/** Starts the live preview on the page's entry form. */
export function startEntryForm(root: Document, form: HTMLFormElement): void {
  const status = form.querySelector<HTMLElement>('[data-entry-status]');
  const url = form.dataset.preview ?? '/admin/preview';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  async function preview(): Promise<void> {
    const ask = (asked += 1);
    const { patch, partRows } = entryFormPatch(postedEntryValues(postedFields(form)));
    const id = form.dataset.entryId || null;
    if (status) status.textContent = 'Checking conflicts…';
    try {
      const response = await adminFetch(root, url, { method: 'POST', body: JSON.stringify({ id, patch }) });
      const answer = (await response.json()) as PreviewAnswer;
      if (ask !== asked) return; // a later preview is on its way
      if (response.ok) {
        showProblems(form, new Map());
        showConflicts(root, form, answer.conflicts ?? []);
        if (status) status.textContent = '';
      } else {
        const problems = new Map<string, string>();
        for (const problem of answer.problems ?? []) {
          const name = problemField(problem.where, partRows);
          if (!problems.has(name)) problems.set(name, problem.message);
        }
        showProblems(form, problems);
        if (status) status.textContent = answer.message ?? 'These values cannot be checked.';
      }
    } catch {
      if (ask === asked && status) status.textContent = 'Conflicts could not be checked just now; "Check conflicts" asks again.';
    }
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void preview(), DEBOUNCE_MS);
  };
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.dataset.live = 'true';
}
