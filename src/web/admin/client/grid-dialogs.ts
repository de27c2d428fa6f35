/**
 * The grid's two questions, asked in the page's own `<dialog>` elements (not window.confirm, so
 * they can say enough and be tested): "Save with a conflict?" and, when someone else saved the
 * entry first, "Changed by … — keep theirs or apply mine on top?".
 */
import type { ConflictFinding } from '../../../model/conflicts/conflict-finding.ts';
import { describeFieldChanges, type FieldChange } from '../../../model/entry-diff.ts';
import { el } from '../../client/dom.ts';
import { conflictItems } from './grid-conflicts.ts';

/** Opens a dialog and answers with the value of the button that closed it ('' for Escape). */
export function ask(dialog: HTMLDialogElement): Promise<string> {
  dialog.returnValue = '';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue), { once: true });
    dialog.showModal();
  });
}

export function askSaveAnyway(root: Document, text: string, conflicts: readonly ConflictFinding[]): Promise<boolean> {
  const dialog = root.querySelector<HTMLDialogElement>('dialog[data-grid-confirm]');
  if (!dialog) return Promise.resolve(false);
  const paragraph = dialog.querySelector<HTMLElement>('[data-grid-confirm-text]');
  if (paragraph) paragraph.textContent = text;
  dialog.querySelector<HTMLElement>('[data-grid-confirm-list]')?.replaceChildren(...conflictItems(conflicts));
  return ask(dialog).then((value) => value === 'save-anyway');
}

/** What the API says of the other writer's change (AGORA_STALE_REVISION's `theirs`). */
export interface TheirChange {
  actorName: string;
  at: string;
  revision: number;
  changes: FieldChange[];
}

/** "14:02" on the conference's clock. */
export function clockAt(at: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at));
  } catch {
    return at.slice(11, 16);
  }
}

function changeItem(change: { field: string; before: string | null; after: string | null }): HTMLLIElement {
  return el('li', {}, `${change.field}: ${change.before ?? '—'} → ${change.after ?? '—'}`);
}

/** Asks what to do about a change someone saved first: 'keep-theirs' or 'apply-mine'. */
export async function askAboutTheirs(root: Document, timeZone: string, title: string, theirs: TheirChange | null, yours: FieldChange[]): Promise<'keep-theirs' | 'apply-mine'> {
  const dialog = root.querySelector<HTMLDialogElement>('dialog[data-grid-stale]');
  if (!dialog) return 'keep-theirs';
  const heading = dialog.querySelector<HTMLElement>('[data-grid-stale-heading]');
  const what = theirs ? describeFieldChanges(theirs.changes) : '';
  if (heading) heading.textContent = theirs ? `Changed by ${theirs.actorName} at ${clockAt(theirs.at, timeZone)}${what ? `: ${what}` : ''}` : `"${title}" was changed meanwhile`;
  dialog.querySelector<HTMLElement>('[data-grid-stale-theirs]')?.replaceChildren(...(theirs?.changes ?? []).map(changeItem));
  dialog.querySelector<HTMLElement>('[data-grid-stale-yours]')?.replaceChildren(...yours.map(changeItem));
  return (await ask(dialog)) === 'apply-mine' ? 'apply-mine' : 'keep-theirs';
}
