/**
 * A VTIMEZONE component (RFC 5545 §3.6.5) for an IANA zone, written from the runtime's own zone
 * data through Temporal rather than from a bundled copy of the tz database.
 *
 * Each offset change in the years asked for becomes one observance with an exact DTSTART and no
 * RRULE: a conference needs its own years right, not a rule guessed to hold forever, and a zone
 * whose rules changed (or will) is still described truly for those years.
 */
import { Temporal } from 'temporal-polyfill';

/** The calendar years the component must cover, inclusive. */
export interface YearSpan {
  first: number;
  last: number;
}

interface Observance {
  /** Daylight when its offset is ahead of that year's standard (winter) offset. */
  kind: 'STANDARD' | 'DAYLIGHT';
  /** Local time of the onset, on the clock that was in force just before it. */
  onset: Temporal.PlainDateTime;
  offsetFrom: number;
  offsetTo: number;
}

const NANOSECONDS_PER_SECOND = 1_000_000_000;

/**
 * The VTIMEZONE of `zone` for the given years, lines ending in CRLF.
 *
 * Examples:
 *
 * ```ts
 * vtimezoneComponent('Europe/Lisbon', { first: 2025, last: 2025 });
 * // BEGIN:VTIMEZONE / TZID:Europe/Lisbon / STANDARD from 2025-01-01 / DAYLIGHT from 2025-03-30 01:00 / STANDARD from 2025-10-26 02:00 …
 * ```
 */
export function vtimezoneComponent(zone: string, years: YearSpan): string {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  for (const observance of observances(zone, years)) {
    lines.push(
      `BEGIN:${observance.kind}`,
      `DTSTART:${icalLocalTime(observance.onset)}`,
      `TZOFFSETFROM:${icalOffset(observance.offsetFrom)}`,
      `TZOFFSETTO:${icalOffset(observance.offsetTo)}`,
      `END:${observance.kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return `${lines.join('\r\n')}\r\n`;
}

function observances(zone: string, years: YearSpan): Observance[] {
  const startOfYear = (year: number): Temporal.ZonedDateTime => Temporal.PlainDate.from({ year, month: 1, day: 1 }).toZonedDateTime(zone);
  const until = startOfYear(years.last + 1);
  let cursor = startOfYear(years.first);
  const first: Observance = { kind: kindOf(zone, cursor), onset: cursor.toPlainDateTime(), offsetFrom: cursor.offsetNanoseconds, offsetTo: cursor.offsetNanoseconds };
  const list = [first];
  for (let next = cursor.getTimeZoneTransition('next'); next !== null && Temporal.ZonedDateTime.compare(next, until) < 0; next = cursor.getTimeZoneTransition('next')) {
    const offsetFrom = cursor.offsetNanoseconds;
    const onset = next.toInstant().add({ nanoseconds: offsetFrom }).toZonedDateTimeISO('UTC').toPlainDateTime();
    list.push({ kind: kindOf(zone, next), onset, offsetFrom, offsetTo: next.offsetNanoseconds });
    cursor = next;
  }
  return list;
}

/** Standard time is the smaller of the January and July offsets of that year (so it works south of the equator too). */
function kindOf(zone: string, at: Temporal.ZonedDateTime): Observance['kind'] {
  const offsetOn = (month: number): number => Temporal.PlainDate.from({ year: at.year, month, day: 1 }).toZonedDateTime(zone).offsetNanoseconds;
  return at.offsetNanoseconds > Math.min(offsetOn(1), offsetOn(7)) ? 'DAYLIGHT' : 'STANDARD';
}

/** `19700329T020000`. */
function icalLocalTime(time: Temporal.PlainDateTime): string {
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  return `${pad(time.year, 4)}${pad(time.month)}${pad(time.day)}T${pad(time.hour)}${pad(time.minute)}${pad(time.second)}`;
}

/** `+0100`, `-0330`, or `+001915` when seconds are needed (old local mean times). */
function icalOffset(nanoseconds: number): string {
  const totalSeconds = Math.round(Math.abs(nanoseconds) / NANOSECONDS_PER_SECOND);
  const sign = nanoseconds < 0 ? '-' : '+';
  const pad = (value: number): string => String(value).padStart(2, '0');
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${sign}${pad(hours)}${pad(minutes)}${seconds === 0 ? '' : pad(seconds)}`;
}
