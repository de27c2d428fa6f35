/**
 * Day rows: "MONDAY, 15 OCTOBER" and empty cells. The year comes from the cover's dates.
 */
import { weekdayOf, isDate } from '../model/wall-clock.ts';
import { dateParts, isoDate, monthName, monthNumber, weekdayName, weekdayNumber } from './calendar-names.ts';
import type { CoverDates } from './cover-dates.ts';
import { readFailed, readOk, type Reading } from './reading.ts';

const DAY_CELL = /^([A-Za-z]+)\s*,\s*(\d{1,2})\s+([A-Za-z]+)$/;

/** True when a first cell is shaped like a day ("MONDAY, 15 OCTOBER"), whether or not it is a real one. */
export function isDayCell(text: string): boolean {
  return DAY_CELL.test(text);
}

/** The result of a day cell: the date and, when it lies outside the conference dates, a note saying so. */
export interface DayReading {
  date: string;
  outsideConference: boolean;
}

/**
 * The date of a day cell, with the year that puts it within the conference dates.
 *
 * A day outside the conference dates takes the nearest such year and is flagged, since
 * programmes sometimes list a day of consultations before the session. The weekday must
 * agree with the date.
 *
 * Examples: "MONDAY, 15 OCTOBER" with the cover 15–19 October 2012 → 2012-10-15.
 */
export function readDayCell(text: string, conference: CoverDates): Reading<DayReading> {
  const match = DAY_CELL.exec(text);
  if (match === null) return readFailed(`"${text}" is not a day; write it like "MONDAY, 15 OCTOBER"`);
  const [, weekdayText = '', dayText = '', monthText = ''] = match;
  const weekday = weekdayNumber(weekdayText);
  if (weekday === null) return readFailed(`"${weekdayText}" in "${text}" is not an English weekday; write it like "MONDAY, 15 OCTOBER"`);
  const month = monthNumber(monthText);
  if (month === null) return readFailed(`"${monthText}" in "${text}" is not an English month name; write it like "MONDAY, 15 OCTOBER"`);
  const candidates = candidateDates(Number(dayText), month, conference);
  const chosen = nearestToConference(candidates, conference);
  if (chosen === null) return readFailed(`"${text}" is not a date in ${yearsOf(conference)}`);
  const actual = weekdayOf(chosen);
  if (actual !== weekday) {
    const { year } = dateParts(chosen);
    return readFailed(
      `"${text}": ${Number(dayText)} ${monthName(month)} ${year} is a ${weekdayName(actual)}, not a ${weekdayName(weekday)}; correct the weekday or the date`,
    );
  }
  return readOk({ date: chosen, outsideConference: chosen < conference.startDate || chosen > conference.endDate });
}

/** The day cell of a date: "MONDAY, 15 OCTOBER". */
export function writeDayCell(date: string): string {
  const { month, day } = dateParts(date);
  return `${weekdayName(weekdayOf(date)).toUpperCase()}, ${day} ${monthName(month).toUpperCase()}`;
}

function candidateDates(day: number, month: number, conference: CoverDates): string[] {
  const years = new Set([dateParts(conference.startDate).year, dateParts(conference.endDate).year]);
  return [...years].map((year) => isoDate(year, month, day)).filter(isDate);
}

function nearestToConference(dates: string[], conference: CoverDates): string | null {
  const within = dates.find((date) => date >= conference.startDate && date <= conference.endDate);
  if (within !== undefined) return within;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const date of dates) {
    const distance = Math.min(daysBetween(date, conference.startDate), daysBetween(date, conference.endDate));
    if (distance < bestDistance) {
      best = date;
      bestDistance = distance;
    }
  }
  return best;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function yearsOf(conference: CoverDates): string {
  const start = dateParts(conference.startDate).year;
  const end = dateParts(conference.endDate).year;
  return start === end ? String(start) : `${start} or ${end}`;
}
