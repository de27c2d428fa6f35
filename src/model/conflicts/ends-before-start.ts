/**
 * ends-before-start: an entry's end is not after its start.
 */
import type { Programme } from '../programme.ts';
import { formatClock } from '../wall-clock.ts';
import { createFinding, type CheckOptions, type ConflictFinding } from './conflict-finding.ts';
import { dayName, quoted } from './finding-text.ts';
import { programmeView } from './programme-view.ts';
import { isScheduled } from './timed-entry.ts';

/**
 * Every scheduled entry whose end is at or before its start; a zero-length entry counts, since
 * nothing can take place in it.
 *
 * Only the times are needed; the date, when known, is named in the message.
 *
 * Examples: 14:00–13:00 and 14:00–14:00 are reported; 14:00–14:05 is not.
 */
export function endsBeforeStart(programme: Programme, { focus, view = programmeView(programme) }: CheckOptions = {}): ConflictFinding[] {
  const findings: ConflictFinding[] = [];
  programme.entries.forEach((entry, position) => {
    const start = view.startAt[position] as number;
    const end = view.endAt[position] as number;
    if (start < 0 || end < 0 || end > start || !isScheduled(entry)) return;
    if (focus !== undefined && !focus.has(entry.id)) return;
    const on = entry.date === null ? '' : ` on ${dayName(entry.date)}`;
    const message =
      end === start
        ? `${quoted(entry)}${on} starts and ends at ${formatClock(start)}, so it takes no time.`
        : `${quoted(entry)}${on} ends at ${formatClock(end)}, before it starts at ${formatClock(start)}.`;
    findings.push(createFinding('ends-before-start', [entry.id], message));
  });
  return findings;
}
