/**
 * The words of an entry's conflict list, shared by the page the server renders and the list the
 * client script refills as the clerk types, so both say the same.
 */
import type { ConflictFinding, Severity } from '../../../model/conflicts/conflict-finding.ts';

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning' };

/** What a list of conflicts is of: the entry as saved, the values in the form, or not yet checked. */
export type ConflictsOf = 'stored' | 'values' | 'none';

/** Errors first, then warnings, each in the order the rules found them. */
export function errorsFirst(conflicts: readonly ConflictFinding[]): ConflictFinding[] {
  return [...conflicts].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** "These values would leave 2 conflicts (one error: saving needs "Save anyway")." */
export function conflictSummary(conflicts: readonly ConflictFinding[], of: ConflictsOf): string {
  if (of === 'none') return 'Press "Check conflicts" to see what these values would clash with.';
  const errors = conflicts.filter((finding) => finding.severity === 'error').length;
  const subject = of === 'stored' ? 'As saved, this entry has' : 'These values would leave';
  if (conflicts.length === 0) return `${subject} no conflicts.`;
  const count = conflicts.length === 1 ? 'one conflict' : `${conflicts.length} conflicts`;
  const needs = of === 'values' ? ': saving needs "Save anyway"' : '';
  return `${subject} ${count}${errors > 0 ? ` (${errors === 1 ? 'one error' : `${errors} errors`}${needs})` : ''}.`;
}
