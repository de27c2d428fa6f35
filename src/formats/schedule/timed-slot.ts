/**
 * An entry's place in time as the schedule formats need it: a date, a start and an end on the
 * conference's clock, and the instants derived from them with the conference's zone.
 */
import type { Entry } from '../../model/programme.ts';
import { clockMinutes, formatClock, isDate, toInstant } from '../../model/wall-clock.ts';

/** An entry with a real date and a readable start before its end, whatever its status. */
export interface TimedSlot {
  readonly entry: Entry;
  readonly date: string;
  readonly start: string;
  readonly end: string;
}

/**
 * The entry's slot, or null when it has no date, no readable start or end, or ends at or before
 * its start (the conflict rules report such entries; an export cannot place them).
 */
export function timedSlot(entry: Entry): TimedSlot | null {
  const { date, start, end } = entry;
  if (date === null || start === null || end === null || !isDate(date)) return null;
  const from = clockMinutes(start);
  const to = clockMinutes(end);
  if (from === null || to === null || to <= from) return null;
  return { entry, date, start, end };
}

/**
 * ISO 8601 date-time of a wall-clock time with the zone's UTC offset on that day, e.g.
 * "2025-10-26T10:00:00+00:00"; without an offset (a floating local time) when the zone is unknown,
 * because an offset the programme does not give would be invented.
 */
export function dateTimeText(date: string, time: string, zone: string | null): string {
  if (zone === null) return `${date}T${time}:00`;
  return toInstant(date, time, zone).toZonedDateTimeISO(zone).toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/**
 * Minutes from start to end. With a zone this is the time that really passes, which differs from
 * the wall-clock difference when a daylight-saving change falls inside the slot.
 */
export function elapsedMinutes(slot: TimedSlot, zone: string | null): number {
  if (zone === null) return (clockMinutes(slot.end) ?? 0) - (clockMinutes(slot.start) ?? 0);
  const nanoseconds = toInstant(slot.date, slot.end, zone).epochNanoseconds - toInstant(slot.date, slot.start, zone).epochNanoseconds;
  return Number(nanoseconds / 60_000_000_000n);
}

/** A duration as frab writes it: "01:30". */
export function formatDuration(minutes: number): string {
  return formatClock(minutes);
}
