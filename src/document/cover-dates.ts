/**
 * The cover's dates line: "15–19 October 2012, Vienna", "29 October – 2 November 2012, Geneva",
 * "30 December 2012 – 3 January 2013, Lisbon".
 */
import { isDate } from '../model/wall-clock.ts';
import { dateParts, isoDate, monthName, monthNumber } from './calendar-names.ts';
import { readFailed, readOk, type Reading } from './reading.ts';

export interface CoverDates {
  startDate: string;
  endDate: string;
  city: string | null;
}

const CITY = String.raw`(?:\s*,\s*(.+))?`;
const DATE_SPAN = new RegExp(
  String.raw`^(\d{1,2})(?:\s+([A-Za-z]+))?(?:\s+(\d{4}))?\s*[-–—]\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})${CITY}$`,
);
const ONE_DATE = new RegExp(String.raw`^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})${CITY}$`);

/**
 * The dates and city of a cover line, null when the line is not a dates line at all, or why
 * a line shaped like one cannot be read (an unknown month, a date that does not exist).
 *
 * Examples: "15–19 October 2012, Vienna" → 2012-10-15 to 2012-10-19 in Vienna.
 */
export function readCoverDates(text: string): Reading<CoverDates> | null {
  const line = text.trim();
  const span = DATE_SPAN.exec(line);
  if (span !== null) {
    const [, startDay = '', startMonth, startYear, endDay = '', endMonth = '', endYear = '', city] = span;
    return datesOf(line, {
      start: { day: startDay, month: startMonth ?? endMonth, year: startYear ?? endYear },
      end: { day: endDay, month: endMonth, year: endYear },
      city,
    });
  }
  const single = ONE_DATE.exec(line);
  if (single === null) return null;
  const [, day = '', month = '', year = '', city] = single;
  const date = { day, month, year };
  return datesOf(line, { start: date, end: date, city });
}

/**
 * The dates line the cover prints, with an en dash and only the parts that differ repeated.
 *
 * Examples: "15–19 October 2012, Vienna"; "29 October – 2 November 2012, Geneva".
 */
export function writeCoverDates(startDate: string, endDate: string, city: string | null): string {
  const start = dateParts(startDate);
  const end = dateParts(endDate);
  const endText = `${end.day} ${monthName(end.month)} ${end.year}`;
  let dates: string;
  if (startDate === endDate) dates = endText;
  else if (start.year !== end.year) dates = `${start.day} ${monthName(start.month)} ${start.year} – ${endText}`;
  else if (start.month !== end.month) dates = `${start.day} ${monthName(start.month)} – ${endText}`;
  else dates = `${start.day}–${endText}`;
  return city === null || city === '' ? dates : `${dates}, ${city}`;
}

interface WrittenDate {
  day: string;
  month: string;
  year: string;
}

function datesOf(line: string, written: { start: WrittenDate; end: WrittenDate; city: string | undefined }): Reading<CoverDates> {
  const startDate = dateOf(written.start);
  const endDate = dateOf(written.end);
  if (typeof startDate !== 'string') return readFailed(`"${line}": ${startDate.problem}`);
  if (typeof endDate !== 'string') return readFailed(`"${line}": ${endDate.problem}`);
  if (endDate < startDate) return readFailed(`"${line}" ends before it begins; write the first day first, like "15–19 October 2012, Vienna"`);
  const city = written.city?.trim() ?? '';
  return readOk({ startDate, endDate, city: city === '' ? null : city });
}

function dateOf(written: WrittenDate): string | { problem: string } {
  const month = monthNumber(written.month);
  if (month === null) return { problem: `"${written.month}" is not an English month name` };
  const date = isoDate(Number(written.year), month, Number(written.day));
  return isDate(date) ? date : { problem: `${written.day} ${monthName(month)} ${written.year} is not a date` };
}
