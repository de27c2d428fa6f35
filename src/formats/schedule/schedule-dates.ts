/**
 * The days of a schedule: every date of the conference, and any date an event falls on outside
 * it (the conflict rules warn about those; an export still shows them rather than lose them).
 */
import type { Conference } from '../../model/programme.ts';
import { addDays, compareDates, isDate } from '../../model/wall-clock.ts';

export function scheduleDates(conference: Conference, eventDates: Iterable<string>): string[] {
  const dates = new Set<string>(eventDates);
  const { startDate, endDate } = conference;
  if (startDate !== null && endDate !== null && isDate(startDate) && isDate(endDate)) {
    for (let date = startDate; compareDates(date, endDate) <= 0; date = addDays(date, 1)) dates.add(date);
  }
  return [...dates].sort(compareDates);
}
