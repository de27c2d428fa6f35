/**
 * sponsor-clash: one sponsor holds two side events at overlapping times.
 */
import type { Programme } from '../programme.ts';
import { createFinding, pairInFocus, type CheckOptions, type ConflictFinding } from './conflict-finding.ts';
import { inProgrammeOrder, type PlacedFinding } from './finding-order.ts';
import { dayName, listOf, quoted, shorten, timeRange } from './finding-text.ts';
import { forEachGroup, forEachOverlap } from './overlap-sweep.ts';
import { programmeView, type ProgrammeView } from './programme-view.ts';
import type { TimedEntry } from './timed-entry.ts';

/**
 * Every pair of scheduled side events that share a sponsor and overlap in time; one finding per
 * pair, naming every sponsor they share.
 *
 * Sponsors include those of split-panel parts and are compared trimmed and regardless of case.
 *
 * Examples: "Peru / Canada: …" at 13:00–14:00 and "Peru / Ecuador: …" at 13:30–14:30 on the same
 * day make one finding naming Peru.
 */
export function sponsorClash(programme: Programme, { focus, view = programmeView(programme) }: CheckOptions = {}): ConflictFinding[] {
  const keys = new Int32Array(view.sponsorNumbers.length);
  const members: TimedEntry[] = [];
  for (const slot of view.timed) {
    if (slot.kind !== 'side-event') continue;
    const to = view.sponsorStarts[slot.position + 1] as number;
    for (let index = view.sponsorStarts[slot.position] as number; index < to; index += 1) {
      keys[members.length] = (view.sponsorNumbers[index] as number) * view.dayCount + slot.day;
      members.push(slot);
    }
  }

  // Two events that share several sponsors meet in several groups; they make one finding.
  const pairs = new Map<number, [TimedEntry, TimedEntry]>();
  const entryCount = programme.entries.length;
  forEachGroup(keys.subarray(0, members.length), members, view.sponsorCount * view.dayCount, (group) => {
    if (focus !== undefined && !group.some((slot) => focus.has(slot.entry.id))) return;
    forEachOverlap(group, (earlier, later) => {
      if (!pairInFocus(focus, earlier.entry.id, later.entry.id)) return;
      const pairKey = earlier.position * entryCount + later.position;
      if (!pairs.has(pairKey)) pairs.set(pairKey, [earlier, later]);
    });
  });

  const findings = [...pairs.values()].map(([earlier, later]): PlacedFinding => {
    const shared = sharedSponsors(earlier, later, view);
    const finding = createFinding(
      'sponsor-clash',
      [earlier.entry.id, later.entry.id],
      `${shorten(listOf(shared), 50)} ${shared.length === 1 ? 'has' : 'have'} two side events at once on ${dayName(earlier.date)}: ` +
        `${quoted(earlier.entry, 50)} (${timeRange(earlier.start, earlier.end)}) and ` +
        `${quoted(later.entry, 50)} (${timeRange(later.start, later.end)}).`,
    );
    return { finding, positions: [earlier.position, later.position] };
  });
  return inProgrammeOrder(findings);
}

/** The sponsors the two entries share, in the first one's order, as the programme first writes them. */
function sharedSponsors(first: TimedEntry, second: TimedEntry, view: ProgrammeView): string[] {
  const { sponsorNumbers, sponsorStarts } = view;
  const theirs = sponsorNumbers.subarray(sponsorStarts[second.position], sponsorStarts[second.position + 1]);
  const shared: string[] = [];
  for (let index = sponsorStarts[first.position] as number; index < (sponsorStarts[first.position + 1] as number); index += 1) {
    const number = sponsorNumbers[index] as number;
    if (theirs.includes(number)) shared.push(view.sponsorName(number));
  }
  return shared;
}
