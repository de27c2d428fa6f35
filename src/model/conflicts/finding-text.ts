/**
 * The pieces of a finding's sentence: day names, time ranges and entries named briefly.
 */
import { entryLabel, type Entry } from '../programme.ts';
import { formatClock } from '../wall-clock.ts';

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayNames = new Map<string, string>();

/** "Tuesday 16 October" for 2012-10-16; the text itself when it is not a date. */
export function dayName(date: string): string {
  let name = dayNames.get(date);
  if (name === undefined) {
    // Noon UTC names the same calendar day in every zone the formatter might be asked about.
    const noon = new Date(`${date}T12:00:00Z`);
    name = Number.isNaN(noon.getTime()) ? date : DAY.format(noon);
    if (dayNames.size > 1000) dayNames.clear();
    dayNames.set(date, name);
  }
  return name;
}

/** "14:00–15:00" for minutes since midnight. */
export function timeRange(start: number, end: number): string {
  return `${formatClock(start)}–${formatClock(end)}`;
}

/** The first `max` characters of `text` or so, cut at a word where one is near, then "…". */
export function shorten(text: string, max: number): string {
  const trimmed = text.trim();
  // A string's length counts UTF-16 units, never fewer than its characters.
  if (trimmed.length <= max) return trimmed;
  const characters = Array.from(trimmed);
  if (characters.length <= max) return characters.join('');
  let cut = characters.slice(0, max).join('');
  const lastSpace = cut.lastIndexOf(' ');
  if (lastSpace >= max * 0.6) cut = cut.slice(0, lastSpace);
  return `${cut.replace(/[\s,;:.\-–/]+$/, '')}…`;
}

/** The entry's label in quotes, shortened to about `max` characters. */
export function quoted(entry: Entry, max = 60): string {
  return `"${shorten(entryLabel(entry), max)}"`;
}

/** "Peru", "Peru and Chile", "Peru, Chile and Ecuador". */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "1 more item", "3 more items". */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
