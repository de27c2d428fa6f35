/**
 * Conflict rules: what in a programme a secretariat must fix (errors) or should look at (warnings).
 *
 * Each rule is a pure function of the programme in a file named after it. Only scheduled entries
 * count; rules about time skip entries that lack the date or times they need.
 */
import type { Programme } from '../programme.ts';
import { CONFLICT_RULES, type ConflictCheck, type ConflictFinding, type ConflictRule } from './conflict-finding.ts';
import { endsBeforeStart } from './ends-before-start.ts';
import { outsideDates } from './outside-dates.ts';
import { outsideOpeningHours } from './outside-opening-hours.ts';
import { overCapacity } from './over-capacity.ts';
import { programmeView } from './programme-view.ts';
import { sideEventOverPlenary } from './side-event-over-plenary.ts';
import { sponsorClash } from './sponsor-clash.ts';
import { unknownVenue } from './unknown-venue.ts';
import { venueClash } from './venue-clash.ts';

export {
  CONFLICT_RULES,
  RULE_SEVERITY,
  type CheckOptions,
  type ConflictCheck,
  type ConflictFinding,
  type ConflictRule,
  type Severity,
} from './conflict-finding.ts';
export { endsBeforeStart, outsideDates, outsideOpeningHours, overCapacity, sideEventOverPlenary, sponsorClash, unknownVenue, venueClash };

export const CONFLICT_CHECKS: Record<ConflictRule, ConflictCheck> = {
  'venue-clash': venueClash,
  'sponsor-clash': sponsorClash,
  'side-event-over-plenary': sideEventOverPlenary,
  'outside-dates': outsideDates,
  'outside-opening-hours': outsideOpeningHours,
  'over-capacity': overCapacity,
  'ends-before-start': endsBeforeStart,
  'unknown-venue': unknownVenue,
};

/**
 * Every conflict in the programme: rule by rule in {@link CONFLICT_RULES} order, and within a rule
 * in programme order of the entries named (the first, then the second).
 *
 * The same programme always gives the same findings in the same order. Overlaps are found by
 * sorting and sweeping, so the cost grows as n log n plus the number of overlapping pairs.
 *
 * Examples:
 *   findConflicts(programme).filter((finding) => finding.severity === 'error')
 */
export function findConflicts(programme: Programme): ConflictFinding[] {
  return runChecks(programme, undefined);
}

/**
 * The conflicts that name at least one of `entryIds`, in the order {@link findConflicts} gives them.
 *
 * Meant for checking a write: the overlap rules sweep only the rooms, sponsors and days that those
 * entries use, so it costs no more than {@link findConflicts}.
 *
 * Examples:
 *   conflictsInvolving(programme, [moved.id]).some((finding) => finding.severity === 'error')
 */
export function conflictsInvolving(programme: Programme, entryIds: readonly string[]): ConflictFinding[] {
  if (entryIds.length === 0) return [];
  return runChecks(programme, new Set(entryIds));
}

function runChecks(programme: Programme, focus: ReadonlySet<string> | undefined): ConflictFinding[] {
  const view = programmeView(programme);
  const findings: ConflictFinding[] = [];
  for (const rule of CONFLICT_RULES) {
    const found = CONFLICT_CHECKS[rule](programme, { focus, view });
    // A loop, not push(...found): spreading a very long list overflows the call stack.
    for (const finding of found) findings.push(finding);
  }
  return findings;
}
