/**
 * Dates and times for reading, written with `Intl` in the catalogue's language.
 *
 * The programme's dates and `HH:MM` times are already the conference's own wall clock. They are
 * handed to `Intl` as that same wall clock in UTC and formatted in UTC, so the numbers come out as
 * the programme prints them, never shifted through the server's or the browser's time zone.
 * This module runs on the server and in the client script alike.
 */

export interface WallClockFormat {
  /** "Monday 15 October 2012" */
  day(date: string): string;
  /** "Monday 15 October", for lists inside one conference. */
  dayShort(date: string): string;
  /** "Mon 15 Oct", for navigation. */
  dayAbbreviated(date: string): string;
  /** "15–19 October 2012" */
  dayRange(first: string, last: string): string;
  /** "14:30" */
  time(time: string): string;
  /** "10:00–13:00", or the start alone when the end is not known. */
  timeRange(start: string, end: string | null): string;
}

function wallClock(date: string, time = '00:00'): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hours, minutes));
}

/** A date that any time can be put on, for formatting a time alone. */
const ANY_DATE = '2000-01-01';

export function wallClockFormat(locale: string): WallClockFormat {
  const long = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const short = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
  const abbreviated = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
  const range = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  const clock = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return {
    day: (date) => long.format(wallClock(date)),
    dayShort: (date) => short.format(wallClock(date)),
    dayAbbreviated: (date) => abbreviated.format(wallClock(date)),
    dayRange: (first, last) => (first === last ? range.format(wallClock(first)) : range.formatRange(wallClock(first), wallClock(last))),
    time: (time) => clock.format(wallClock(ANY_DATE, time)),
    timeRange: (start, end) => {
      if (end === null || end === start) return clock.format(wallClock(ANY_DATE, start));
      // An end before its start (a data error the conflict checks report) cannot be a range for Intl.
      if (end < start) return `${clock.format(wallClock(ANY_DATE, start))}–${clock.format(wallClock(ANY_DATE, end))}`;
      return clock.formatRange(wallClock(ANY_DATE, start), wallClock(ANY_DATE, end));
    },
  };
}
