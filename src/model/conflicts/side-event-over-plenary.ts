/**
 * side-event-over-plenary: a side event takes place while the plenary sits.
 */
import type { Programme } from '../programme.ts';
import { createFinding, inFocus, type CheckOptions, type ConflictFinding } from './conflict-finding.ts';
import { inProgrammeOrder, type PlacedFinding } from './finding-order.ts';
import { countOf, dayName, quoted, timeRange } from './finding-text.ts';
import { programmeView } from './programme-view.ts';
import { compareTimed, overlaps, type TimedEntry } from './timed-entry.ts';

/** A sitting of the plenary: the agenda items of one slot, or of slots that overlap. */
interface Sitting {
  start: number;
  end: number;
  items: TimedEntry[];
  /** The items' ids, worked out once for every side event over the sitting. */
  ids?: string[];
}

/**
 * Every scheduled side event that overlaps a sitting of the plenary, one finding per side event
 * and sitting, naming the side event first and then the plenary entries of that sitting.
 *
 * A plenary slot prints several agenda items at the same time; they are one sitting, so a side
 * event over it is reported once, not once per item. A side event that only touches the sitting
 * (ends at 10:00 when the plenary opens at 10:00) is not reported.
 *
 * Examples: a side event at 12:30–13:30 beside a plenary sitting 10:00–13:00 makes one finding.
 */
export function sideEventOverPlenary(programme: Programme, { focus, view = programmeView(programme) }: CheckOptions = {}): ConflictFinding[] {
  const plenaryByDay: TimedEntry[][] = Array.from({ length: view.dayCount }, () => []);
  for (const slot of view.timed) if (slot.kind === 'plenary') plenaryByDay[slot.day]?.push(slot);
  const sittingsByDay: (Sitting[] | undefined)[] = [];

  const findings: PlacedFinding[] = [];
  for (const sideEvent of view.timed) {
    if (sideEvent.kind !== 'side-event') continue;
    const sittings = (sittingsByDay[sideEvent.day] ??= sittingsOf(plenaryByDay[sideEvent.day] ?? []));
    for (let index = firstEndingAfter(sittings, sideEvent.start); index < sittings.length; index += 1) {
      const sitting = sittings[index];
      if (sitting === undefined || !overlaps(sitting, sideEvent)) break;
      sitting.ids ??= sitting.items.map((item) => item.entry.id);
      if (focus !== undefined && !focus.has(sideEvent.entry.id) && !inFocus(focus, sitting.ids)) continue;
      const ids = [sideEvent.entry.id].concat(sitting.ids);
      const finding = createFinding('side-event-over-plenary', ids, messageFor(sideEvent, sitting));
      findings.push({ finding, positions: [sideEvent.position, sitting.items[0]?.position ?? -1] });
    }
  }
  return inProgrammeOrder(findings);
}

/** The plenary's sittings of one day, in time order, none overlapping another. */
function sittingsOf(plenary: TimedEntry[]): Sitting[] {
  const sittings: Sitting[] = [];
  for (const item of plenary.sort(compareTimed)) {
    const last = sittings[sittings.length - 1];
    if (last !== undefined && item.start < last.end) {
      last.end = Math.max(last.end, item.end);
      last.items.push(item);
    } else {
      sittings.push({ start: item.start, end: item.end, items: [item] });
    }
  }
  return sittings;
}

/** The index of the first sitting that ends after `minute` (binary search: sittings are sorted). */
function firstEndingAfter(sittings: readonly Sitting[], minute: number): number {
  let low = 0;
  let high = sittings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sittings[middle]?.end ?? Infinity) > minute) high = middle;
    else low = middle + 1;
  }
  return low;
}

function messageFor(sideEvent: TimedEntry, sitting: Sitting): string {
  const [first] = sitting.items;
  const others = sitting.items.length - 1;
  const items = first === undefined ? '' : ` (${quoted(first.entry, 40)}${others > 0 ? ` and ${countOf(others, 'more item')}` : ''})`;
  return (
    `The side event ${quoted(sideEvent.entry, 50)} (${timeRange(sideEvent.start, sideEvent.end)}) overlaps the plenary ` +
    `on ${dayName(sideEvent.date)}, ${timeRange(sitting.start, sitting.end)}${items}.`
  );
}
