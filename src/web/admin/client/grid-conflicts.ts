/**
 * The conflicts a move would create, shown while the clerk moves an entry: an outline on each
 * entry involved (and on the target box for the entry in hand), and a list above the grid. The
 * words are the entry form's, so a conflict reads the same wherever it is shown.
 */
import type { ConflictFinding, Severity } from '../../../model/conflicts/conflict-finding.ts';
import { el } from '../../client/dom.ts';
import { errorsFirst, SEVERITY_LABELS } from './entry-form-conflicts.ts';

/** The worst severity of the findings that name `id`, or null. */
function worstFor(conflicts: readonly ConflictFinding[], id: string): Severity | null {
  let worst: Severity | null = null;
  for (const finding of conflicts) {
    if (!finding.entries.includes(id)) continue;
    if (finding.severity === 'error') return 'error';
    worst = 'warning';
  }
  return worst;
}

export function conflictItems(conflicts: readonly ConflictFinding[]): HTMLLIElement[] {
  return errorsFirst(conflicts).map((finding) =>
    el('li', { class: `conflict conflict-${finding.severity}`, 'data-rule': finding.rule }, el('strong', { class: 'conflict-severity' }, SEVERITY_LABELS[finding.severity]), ` ${finding.message}`),
  );
}

/** Marks the entries `conflicts` involve (the moving one on `target`) and lists them; none clears it all. */
export function showConflicts(root: Document, board: HTMLElement, target: HTMLElement | null, movingId: string | null, conflicts: readonly ConflictFinding[]): void {
  for (const block of board.querySelectorAll<HTMLElement>('[data-entry][data-conflict]')) delete block.dataset.conflict;
  for (const block of board.querySelectorAll<HTMLElement>('[data-entry]')) {
    const id = block.dataset.entry ?? '';
    if (id === movingId) continue;
    const worst = worstFor(conflicts, id);
    if (worst) block.dataset.conflict = worst;
  }
  if (target) {
    const worst = movingId === null ? null : worstFor(conflicts, movingId);
    if (worst) target.dataset.conflict = worst;
    else delete target.dataset.conflict;
  }
  const panel = root.querySelector<HTMLElement>('[data-grid-conflicts]');
  const list = panel?.querySelector<HTMLElement>('[data-grid-conflict-list]');
  if (!panel || !list) return;
  list.replaceChildren(...conflictItems(conflicts));
  panel.hidden = conflicts.length === 0;
}

/**
 * "1 conflict (1 error: saving needs "Save anyway")" for the status line, then either each
 * conflict's sentence or "listed below" (while the list is shown under it).
 */
export function conflictCount(conflicts: readonly ConflictFinding[], listed: boolean): string {
  if (conflicts.length === 0) return 'No conflicts.';
  const errors = conflicts.filter((finding) => finding.severity === 'error').length;
  const count = conflicts.length === 1 ? '1 conflict' : `${conflicts.length} conflicts`;
  const severity = errors > 0 ? ` (${errors === 1 ? '1 error' : `${errors} errors`}: saving needs "Save anyway")` : '';
  if (listed) return `${count}${severity}, listed below.`;
  return `${count}${severity}: ${errorsFirst(conflicts)
    .map((finding) => finding.message)
    .join(' ')}`;
}
