/**
 * Wall-clock dates and times as the programme prints them, and their instants.
 *
 * A physical event happens at a time on the conference's own clock: "15:00 on 2012-10-15 in
 * Vienna". Only when a format needs an instant (iCal, frab, "now" on a monitor) is it derived,
 * with the conference's IANA zone, never the server's or the browser's.
 */
import { Temporal } from 'temporal-polyfill';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes since midnight of an `HH:MM` time, or null when it is not one. */
export function clockMinutes(time: string): number | null {
  const match = CLOCK.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** `HH:MM` for minutes since midnight (0 to 1439). */
export function formatClock(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${String(hours).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}

export function isClock(time: string): boolean {
  return CLOCK.test(time);
}

/** True for a real calendar date written `YYYY-MM-DD` (so not 2012-02-30). */
export function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  try {
    Temporal.PlainDate.from({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/** True when `zone` is an IANA time-zone name this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    Temporal.Now.zonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

/** 1 (Monday) to 7 (Sunday). */
export function weekdayOf(date: string): number {
  return Temporal.PlainDate.from(date).dayOfWeek;
}

export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** Negative, zero or positive as date `a` is before, on or after `b`. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The instant at which the wall-clock `time` on `date` happens in `zone`. */
export function toInstant(date: string, time: string, zone: string): Temporal.Instant {
  return Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone, { disambiguation: 'compatible' }).toInstant();
}

/** The date and time on the conference's clock at `instant`. */
export function wallClockAt(instant: Temporal.Instant, zone: string): { date: string; time: string } {
  const zoned = instant.toZonedDateTimeISO(zone);
  return { date: zoned.toPlainDate().toString(), time: formatClock(zoned.hour * 60 + zoned.minute) };
}

/**
 * The IANA zone named after a city ("Vienna" → "Europe/Vienna"), or null when no zone is.
 *
 * Zone names carry their main city, so a programme that names its city usually names its zone.
 */
export function zoneForCity(city: string): string | null {
  const wanted = city.trim().replace(/\s+/g, '_').toLowerCase();
  if (wanted === '') return null;
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const last = zone.slice(zone.lastIndexOf('/') + 1).toLowerCase();
    if (last === wanted) return zone;
  }
  return null;
}
