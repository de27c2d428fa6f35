/** When a programme was printed, as a reader of the printout reads it: on the conference's clock. */
import { isTimeZone } from '../../model/wall-clock.ts';

/**
 * The instant written as a date and time in `zone` (UTC when the conference names no zone), with
 * the zone's abbreviation so that nobody mistakes it for their own clock.
 *
 * Examples: `printedAt('2012-10-12T07:30:00Z', 'Europe/Vienna', 'en-GB')` → "12 October 2012, 09:30 CEST".
 */
export function printedAt(instant: string, zone: string | null, locale: string): string {
  const timeZone = zone !== null && isTimeZone(zone) ? zone : 'UTC';
  const at = new Date(instant);
  const date = new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }).format(at);
  return `${date}, ${time}`;
}
