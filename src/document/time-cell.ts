/**
 * Time ranges in the style of UN documents: "10 a.m. - 1 p.m.", "3-6 p.m.", "12.30 - 1.30 p.m.".
 *
 * The 12-hour clock is read into Agora's 24-hour `HH:MM` wall-clock times and written back
 * the same way, with the a.m./p.m. suffix on the start only when it differs from the end's.
 */
import { clockMinutes, formatClock } from '../model/wall-clock.ts';
import { readFailed, readOk, type Reading } from './reading.ts';

export interface TimeRange {
  start: string;
  end: string;
}

type Half = 'a' | 'p';

const CLOCK = String.raw`(\d{1,2})(?:[.:](\d{2}))?`;
const HALF = String.raw`([ap])\.?\s?m\.?`;
const TIME_RANGE = new RegExp(String.raw`^${CLOCK}\s*(?:${HALF})?\s*[-–—]\s*${CLOCK}\s*${HALF}$`, 'i');

const HOW_TO_WRITE = 'write it like "3 - 6 p.m." or "10 a.m. - 1 p.m."';

/**
 * The range a time cell gives, or why it cannot be read.
 *
 * When only the end carries a.m. or p.m., the start takes the same half of the day unless
 * that would put it after the end ("11 - 1 p.m." is 11:00 to 13:00). 12 p.m. is noon.
 *
 * Examples: "3-6 p.m." → 15:00–18:00; "12.30 - 1.30 p.m." → 12:30–13:30; "8.30 - 9.30 am" → 08:30–09:30.
 */
export function readTimeCell(text: string): Reading<TimeRange> {
  const match = TIME_RANGE.exec(text.trim());
  if (match === null) return readFailed(`"${text}" is not a time range Agora knows; ${HOW_TO_WRITE}`);
  const [, startHour = '', startMinute, startHalf, endHour = '', endMinute, endHalf = ''] = match;
  const endClock = twelveHourClock(endHour, endMinute, halfOf(endHalf));
  if (endClock === null) return readFailed(outOfRange(text));
  let startClock: number | null;
  if (startHalf !== undefined) {
    startClock = twelveHourClock(startHour, startMinute, halfOf(startHalf));
  } else {
    startClock = twelveHourClock(startHour, startMinute, halfOf(endHalf));
    if (startClock !== null && startClock > endClock) startClock = twelveHourClock(startHour, startMinute, otherHalf(halfOf(endHalf)));
  }
  if (startClock === null) return readFailed(outOfRange(text));
  if (startClock >= endClock) return readFailed(`"${text}" ends before it begins; write the earlier time first, like "3 - 6 p.m."`);
  return readOk({ start: formatClock(startClock), end: formatClock(endClock) });
}

/**
 * A range written as the printed programme writes it.
 *
 * Examples: 10:00–13:00 → "10 a.m. - 1 p.m."; 15:00–18:00 → "3 - 6 p.m."; 12:30–13:30 → "12.30 - 1.30 p.m.".
 */
export function writeTimeCell(start: string, end: string): string {
  const from = clockMinutes(start);
  const to = clockMinutes(end);
  if (from === null || to === null) return `${start} - ${end}`;
  const fromHalf = halfSuffix(from);
  const toHalf = halfSuffix(to);
  const startText = fromHalf === toHalf ? twelveHourText(from) : `${twelveHourText(from)} ${fromHalf}`;
  return `${startText} - ${twelveHourText(to)} ${toHalf}`;
}

function halfOf(suffix: string): Half {
  return suffix.toLowerCase() === 'a' ? 'a' : 'p';
}

function otherHalf(half: Half): Half {
  return half === 'a' ? 'p' : 'a';
}

/** Minutes since midnight, or null when the hour is not 1 to 12 or the minutes not 0 to 59. */
function twelveHourClock(hourText: string, minuteText: string | undefined, half: Half): number | null {
  const hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (hour < 1 || hour > 12 || minute > 59) return null;
  return (hour % 12) * 60 + minute + (half === 'p' ? 12 * 60 : 0);
}

function outOfRange(text: string): string {
  return `"${text}" is not a time range Agora knows: hours run from 1 to 12 with a.m. or p.m. and minutes from 00 to 59; ${HOW_TO_WRITE}`;
}

function halfSuffix(minutes: number): string {
  return minutes < 12 * 60 ? 'a.m.' : 'p.m.';
}

function twelveHourText(minutes: number): string {
  const hour = Math.floor(minutes / 60) % 12 || 12;
  const minute = minutes % 60;
  return minute === 0 ? String(hour) : `${hour}.${String(minute).padStart(2, '0')}`;
}

const TIME_LIKE = /^\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*[-–—]/i;

/** True when a cell begins like a time range, readable or not: used to spot rows that lost their tabs. */
export function looksLikeTimeCell(text: string): boolean {
  return TIME_LIKE.test(text.trim());
}
