/**
 * venue-clash: a room holds two entries at overlapping times on the same day.
 */
import type { Programme } from '../programme.ts';
import { createFinding, pairInFocus, type CheckOptions, type ConflictFinding } from './conflict-finding.ts';
import { inProgrammeOrder, type PlacedFinding } from './finding-order.ts';
import { dayName, quoted, timeRange } from './finding-text.ts';
import { forEachGroup, forEachOverlap } from './overlap-sweep.ts';
import { programmeView } from './programme-view.ts';
import type { TimedEntry } from './timed-entry.ts';

/**
 * Every pair of scheduled entries booked into the same venue (by name) at overlapping times.
 *
 * Entries without a venue never clash on venue; entries that only touch (one ends as the next
 * starts) do not overlap. With a focus, only the rooms and days that a focus entry uses are swept.
 *
 * Examples: two side events in M3 on 16 October at 14:00–15:00 and 14:30–15:30 make one finding.
 */
export function venueClash(programme: Programme, { focus, view = programmeView(programme) }: CheckOptions = {}): ConflictFinding[] {
  const roomDay = (slot: TimedEntry): number => slot.room * view.dayCount + slot.day;
  let wanted: Set<number> | undefined;
  if (focus !== undefined) {
    wanted = new Set();
    for (const slot of view.timed) if (slot.room >= 0 && focus.has(slot.entry.id)) wanted.add(roomDay(slot));
  }
  const booked = view.timed.filter((slot) => slot.room >= 0 && (wanted === undefined || wanted.has(roomDay(slot))));

  const findings: PlacedFinding[] = [];
  forEachGroup(booked.map(roomDay), booked, view.roomCount * view.dayCount, (group) =>
    forEachOverlap(group, (earlier, later) => {
      if (!pairInFocus(focus, earlier.entry.id, later.entry.id)) return;
      const finding = createFinding(
        'venue-clash',
        [earlier.entry.id, later.entry.id],
        `${(earlier.entry.venue ?? '').trim()} is booked twice on ${dayName(earlier.date)}: ` +
          `${quoted(earlier.entry, 50)} (${timeRange(earlier.start, earlier.end)}) and ` +
          `${quoted(later.entry, 50)} (${timeRange(later.start, later.end)}) overlap.`,
      );
      findings.push({ finding, positions: [earlier.position, later.position] });
    }),
  );
  return inProgrammeOrder(findings);
}
