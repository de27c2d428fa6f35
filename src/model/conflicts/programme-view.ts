/**
 * What every conflict rule needs to know about a programme, worked out once per check.
 *
 * Reading times, folding names and grouping by day are the bulk of the work on a large programme;
 * `findConflicts` builds one view and hands it to every rule, and a rule called on its own builds
 * its own. The view is only read, never kept: a programme changed afterwards needs a new one.
 */
import type { Entry, Programme, Venue } from '../programme.ts';
import { clockMinutes } from '../wall-clock.ts';
import { nameKey } from './name-key.ts';
import { isScheduled, type TimedEntry } from './timed-entry.ts';

export interface ProgrammeView {
  readonly programme: Programme;
  /**
   * The scheduled entries that take up time, in programme order: with a date, a readable start
   * and end, and end after start. An entry that ends before it starts holds no time;
   * `ends-before-start` reports it and the overlap rules leave it out rather than guess.
   */
  readonly timed: readonly TimedEntry[];
  /** How many distinct dates `timed` has; `day` runs from 0 to dayCount − 1. */
  readonly dayCount: number;
  /** Minutes since midnight of an `HH:MM` time, or null (read once per distinct text). */
  minutes(time: string): number | null;
  /**
   * A small number per venue name, equal for names that differ only in spacing or case; -1 for a
   * blank. Numbers run from 0 to `roomCount` − 1 over the venues and the entries' venue names.
   */
  roomOf(name: string): number;
  readonly roomCount: number;
  /** Each entry's venue as a number from `roomOf`, by position; -1 when it names none. */
  readonly roomAt: Int32Array;
  /** Each entry's start and end in minutes since midnight, by position; -1 when unknown or unreadable. */
  readonly startAt: Int32Array;
  readonly endAt: Int32Array;
  /** A small number per sponsor name, compared as venue names are, from 0 to `sponsorCount` − 1. */
  sponsorOf(name: string): number;
  readonly sponsorCount: number;
  /** A sponsor's name for its number, as the programme first writes it (trimmed). */
  sponsorName(number: number): string;
  /**
   * Each entry's sponsors and its parts' sponsors as numbers, each once, blanks left out: those of
   * the entry at position p are `sponsorNumbers[sponsorStarts[p]]` up to `sponsorStarts[p + 1]`.
   * Flat lists rather than a list per entry, since a large programme has a great many entries.
   */
  readonly sponsorStarts: Int32Array;
  readonly sponsorNumbers: Int32Array;
  /** The programme's venue for a number from `roomOf` (the first, should two share a name). */
  venueOfRoom(room: number): Venue | undefined;
}

/** Works out the view of `programme`. */
export function programmeView(programme: Programme): ProgrammeView {
  const clock = new Map<string, number | null>();
  const minutes = (time: string): number | null => {
    let value = clock.get(time);
    if (value === undefined) {
      value = clockMinutes(time);
      clock.set(time, value);
    }
    return value;
  };

  const count = programme.entries.length;
  const rooms = nameNumbering();
  const roomOf = rooms.numberOf;
  const roomAt = new Int32Array(count);
  const startAt = new Int32Array(count);
  const endAt = new Int32Array(count);
  const sponsors = nameNumbering();
  const sponsorStarts = new Int32Array(count + 1);
  let sponsorNumbers = new Int32Array(Math.max(16, count * 2));
  let sponsorTotal = 0;
  const addSponsor = (name: string, from: number): void => {
    const number = sponsors.numberOf(name);
    if (number < 0) return;
    for (let index = from; index < sponsorTotal; index += 1) if (sponsorNumbers[index] === number) return;
    if (sponsorTotal === sponsorNumbers.length) {
      const larger = new Int32Array(sponsorNumbers.length * 2);
      larger.set(sponsorNumbers);
      sponsorNumbers = larger;
    }
    sponsorNumbers[sponsorTotal++] = number;
  };
  const days = new Map<string, number>();
  const timed: TimedEntry[] = [];

  // One pass reads every entry once; the rules then read these lists, not the entries.
  for (let position = 0; position < count; position += 1) {
    const entry = programme.entries[position] as Entry;
    const room = entry.venue === null ? -1 : roomOf(entry.venue);
    const start = entry.start === null ? null : minutes(entry.start);
    const end = entry.end === null ? null : minutes(entry.end);
    roomAt[position] = room;
    startAt[position] = start ?? -1;
    endAt[position] = end ?? -1;
    const from = sponsorTotal;
    for (const name of entry.sponsors) addSponsor(name, from);
    for (const part of entry.parts) for (const name of part.sponsors) addSponsor(name, from);
    sponsorStarts[position + 1] = sponsorTotal;

    if (!isScheduled(entry) || entry.date === null || start === null || end === null || end <= start) continue;
    let day = days.get(entry.date);
    if (day === undefined) {
      day = days.size;
      days.set(entry.date, day);
    }
    timed.push({ entry, kind: entry.kind, position, date: entry.date, day, start, end, room });
  }

  // Venues are numbered after the entries, so the counts are final once they are.
  const venueByRoom = new Array<Venue | undefined>(rooms.count() + programme.venues.length);
  for (const venue of programme.venues) {
    const room = roomOf(venue.name);
    if (room >= 0 && venueByRoom[room] === undefined) venueByRoom[room] = venue;
  }

  return {
    programme,
    timed,
    dayCount: days.size,
    minutes,
    roomOf,
    roomCount: rooms.count(),
    roomAt,
    startAt,
    endAt,
    sponsorOf: sponsors.numberOf,
    sponsorCount: sponsors.count(),
    sponsorName: sponsors.nameOf,
    sponsorStarts,
    sponsorNumbers: sponsorNumbers.subarray(0, sponsorTotal),
    venueOfRoom: (room) => venueByRoom[room],
  };
}

/**
 * Numbers names as they come: equal under {@link nameKey} means the same number, a blank is -1.
 * The text as typed is remembered too, so each spelling is folded only once.
 */
function nameNumbering(): { numberOf: (name: string) => number; count: () => number; nameOf: (number: number) => string } {
  const byText = new Map<string, number>();
  const byKey = new Map<string, number>();
  const names: string[] = [];
  const numberOf = (name: string): number => {
    let number = byText.get(name);
    if (number === undefined) {
      const key = nameKey(name);
      number = key === '' ? -1 : byKey.get(key);
      if (number === undefined) {
        number = byKey.size;
        byKey.set(key, number);
        names.push(name.trim());
      }
      byText.set(name, number);
    }
    return number;
  };
  return { numberOf, count: () => byKey.size, nameOf: (number) => names[number] ?? '' };
}
