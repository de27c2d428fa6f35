/**
 * Programme → {@link Schedule}: the timed, scheduled entries arranged by day and room, with the
 * stable ids the schedule formats need.
 */
import { allSponsors, type Programme } from '../../model/programme.ts';
import { addDays } from '../../model/wall-clock.ts';
import type { ExportContext } from '../export-context.ts';
import { EXPORT_WORDS } from './export-words.ts';
import type { Schedule, ScheduleDay, ScheduleEvent } from './schedule.ts';
import { scheduleDates } from './schedule-dates.ts';
import { scheduleEvent, type ScheduleNumbers } from './schedule-event.ts';
import { stableNumbers } from './stable-numbers.ts';
import { dateTimeText, timedSlot, type TimedSlot } from './timed-slot.ts';
import { timeslotDuration } from './timeslot-duration.ts';

/** An event with the slot it was made from. */
interface PlacedEvent {
  slot: TimedSlot;
  event: ScheduleEvent;
}

/**
 * The programme as a frab-style schedule.
 *
 * Cancelled entries and entries without a date, start and end are left out: frab has no status,
 * and an event without a time cannot be placed. Numbers are handed out over *all* entries in
 * programme order, so cancelling, re-timing or adding an entry never renumbers another.
 *
 * Examples:
 *
 * ```ts
 * const schedule = buildSchedule(programme, context);
 * schedule.days[0]?.rooms[0]?.events[0]?.guid; // the same UUID in every render
 * ```
 */
export function buildSchedule(programme: Programme, context: ExportContext): Schedule {
  const numbers: ScheduleNumbers = {
    events: stableNumbers(programme.entries.map((entry) => entry.id)),
    persons: stableNumbers(programme.entries.flatMap(allSponsors)),
  };
  const placed = programme.entries
    .filter((entry) => entry.status === 'scheduled')
    .map(timedSlot)
    .filter((slot): slot is TimedSlot => slot !== null)
    .map((slot): PlacedEvent => ({ slot, event: scheduleEvent(programme, context, slot, numbers) }));
  const rooms = roomOrder(programme, placed);
  const dates = scheduleDates(programme.conference, placed.map(({ slot }) => slot.date));
  const zone = programme.conference.timeZone;
  return {
    acronym: context.slug,
    title: programme.conference.title ?? programme.conference.session ?? context.slug,
    version: String(context.revision),
    baseUrl: context.baseUrl,
    timeZone: zone,
    start: dates[0] ?? null,
    end: dates[dates.length - 1] ?? null,
    timeslotDuration: timeslotDuration(placed.flatMap(({ slot }) => [slot.start, slot.end])),
    days: dates.map((date, position) => scheduleDay(position + 1, date, rooms, placed, zone)),
  };
}

/** "Plenary" first when used, then the programme's venues in their order, then any other room as first met. */
function roomOrder(programme: Programme, placed: readonly PlacedEvent[]): string[] {
  const used = new Set(placed.map(({ event }) => event.room));
  const ordered = [EXPORT_WORDS.unnamedVenue, ...programme.venues.map((venue) => venue.name), ...used];
  return [...new Set(ordered)].filter((room) => used.has(room));
}

/** Earlier start first; the sort is stable, so equal starts keep programme order. */
function byStart(a: PlacedEvent, b: PlacedEvent): number {
  return a.slot.start < b.slot.start ? -1 : a.slot.start > b.slot.start ? 1 : 0;
}

function scheduleDay(index: number, date: string, rooms: readonly string[], placed: readonly PlacedEvent[], zone: string | null): ScheduleDay {
  const todays = placed.filter(({ slot }) => slot.date === date).sort(byStart);
  const firstStart = todays[0]?.slot.start;
  const lastEnd = todays.map(({ slot }) => slot.end).sort().pop();
  return {
    index,
    date,
    startsAt: dateTimeText(date, firstStart ?? '00:00', zone),
    endsAt: lastEnd === undefined ? dateTimeText(addDays(date, 1), '00:00', zone) : dateTimeText(date, lastEnd, zone),
    rooms: rooms.map((room) => ({ name: room, events: todays.filter(({ event }) => event.room === room).map(({ event }) => event) })),
  };
}
