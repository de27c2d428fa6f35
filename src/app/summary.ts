/** A short account of a programme: what `npm start` and `agora import` print. */
import { findConflicts, type ConflictFinding } from '../model/conflicts/index.ts';
import { ENTRY_KINDS, type EntryKind, type Programme } from '../model/programme.ts';

export interface ProgrammeSummary {
  title: string | null;
  days: string[];
  entries: Record<EntryKind, number>;
  cancelled: number;
  venues: string[];
  notes: number;
  conflicts: ConflictFinding[];
}

export function summarise(programme: Programme): ProgrammeSummary {
  const entries = Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, 0])) as Record<EntryKind, number>;
  const days = new Set<string>();
  let cancelled = 0;
  for (const entry of programme.entries) {
    entries[entry.kind] += 1;
    if (entry.status === 'cancelled') cancelled += 1;
    if (entry.date !== null) days.add(entry.date);
  }
  return {
    title: programme.conference.session ?? programme.conference.title,
    days: [...days].sort(),
    entries,
    cancelled,
    venues: programme.venues.map((venue) => venue.name),
    notes: programme.notes.length,
    conflicts: findConflicts(programme),
  };
}

export function formatSummary(summary: ProgrammeSummary): string {
  const errors = summary.conflicts.filter((finding) => finding.severity === 'error').length;
  const lines = [
    summary.title ?? '(untitled conference)',
    `  days:      ${summary.days.length} (${summary.days[0] ?? '-'} to ${summary.days.at(-1) ?? '-'})`,
    `  entries:   ${summary.entries.plenary} plenary, ${summary.entries.parallel} parallel, ${summary.entries['side-event']} side events${summary.cancelled > 0 ? ` (${summary.cancelled} cancelled)` : ''}`,
    `  venues:    ${summary.venues.length === 0 ? 'none' : summary.venues.join(', ')}`,
    `  notes:     ${summary.notes}`,
    `  conflicts: ${summary.conflicts.length} (${errors} errors, ${summary.conflicts.length - errors} warnings)`,
  ];
  for (const finding of summary.conflicts) lines.push(`    ${finding.severity}: ${finding.message}`);
  return lines.join('\n');
}
