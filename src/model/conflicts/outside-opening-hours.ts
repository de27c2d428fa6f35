/**
 * outside-opening-hours: an entry is booked into a room when the room is not open.
 */
import type { OpeningHours, Programme, Venue } from '../programme.ts';
import { createFinding, type CheckOptions, type ConflictFinding } from './conflict-finding.ts';
import { dayName, quoted, timeRange } from './finding-text.ts';
import { programmeView, type ProgrammeView } from './programme-view.ts';
import type { TimedEntry } from './timed-entry.ts';

interface Span {
  start: number;
  end: number;
}

/**
 * Every scheduled entry in a venue with opening hours that does not fit inside the hours that
 * apply on its date (those of that date and those with no date, which apply every day).
 *
 * Spans that overlap or touch count as one, so 08:00–12:00 and 12:00–20:00 hold 11:00–13:00.
 * Venues without opening hours are open whenever; entries without a date or times are skipped.
 *
 * Examples: with M3 open 08:00–20:00, an entry there at 19:00–21:00 is reported.
 */
export function outsideOpeningHours(programme: Programme, { focus, view = programmeView(programme) }: CheckOptions = {}): ConflictFinding[] {
  // Sized up front: writing far past the end of an empty array makes it a slow dictionary.
  const spansByRoomDay = new Array<Span[] | undefined>(view.roomCount * view.dayCount);
  const findings: ConflictFinding[] = [];
  for (const slot of view.timed) {
    if (slot.room < 0 || (focus !== undefined && !focus.has(slot.entry.id))) continue;
    const venue = view.venueOfRoom(slot.room);
    if (venue === undefined || venue.openingHours.length === 0) continue;
    const key = slot.room * view.dayCount + slot.day;
    const open = (spansByRoomDay[key] ??= openSpans(venue.openingHours, slot.date, view));
    if (fitsIn(open, slot)) continue;
    findings.push(createFinding('outside-opening-hours', [slot.entry.id], messageFor(slot, venue, open)));
  }
  return findings;
}

/** True when one span holds the whole of the entry's time. */
function fitsIn(open: readonly Span[], slot: TimedEntry): boolean {
  for (const span of open) if (span.start <= slot.start && slot.end <= span.end) return true;
  return false;
}

/** The venue's opening hours on `date`, merged and in time order. */
function openSpans(hours: readonly OpeningHours[], date: string, view: ProgrammeView): Span[] {
  const spans: Span[] = [];
  for (const span of hours) {
    if (span.date !== null && span.date !== date) continue;
    const start = view.minutes(span.start);
    const end = view.minutes(span.end);
    if (start !== null && end !== null && start < end) spans.push({ start, end });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function messageFor(slot: TimedEntry, venue: Venue, open: readonly Span[]): string {
  const what = `${quoted(slot.entry)} (${timeRange(slot.start, slot.end)}) in ${venue.name}`;
  if (open.length === 0) return `${what} is booked on ${dayName(slot.date)}, when the room is closed.`;
  const hours = open.map((span) => timeRange(span.start, span.end)).join(', ');
  return `${what} on ${dayName(slot.date)} falls outside the room's opening hours (${hours}).`;
}
