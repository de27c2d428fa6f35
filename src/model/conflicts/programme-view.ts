/**
 * What every conflict rule needs to know about a programme, worked out once per check.
 *
 * Reading times, folding names and grouping by day are the bulk of the work on a large programme;
 * `findConflicts` builds one view and hands it to every rule, and a rule called on its own builds
 * its own. The view is only read, never kept: a programme changed afterwards needs a new one.
 */
import type { Programme, Venue } from '../programme.ts';
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
  /** The same for sponsor names, numbered apart from venues, from 0 to `sponsorCount` − 1. */
  sponsorOf(name: string): number;
  readonly sponsorCount: number;
  /**
   * Each entry's sponsors and its parts' sponsors as numbers, each once, blanks left out: those of
   * the entry at position p are `sponsorNumbers[sponsorStarts[p]]` up to `sponsorStarts[p + 1]`.
   * Flat lists rather than a list per entry, since a large programme has a great many entries.
   */
  readonly sponsorStarts: Int32Array;
  readonly sponsorNumbers: Int32Array;
  /** The programme's venue for a number from `roomOf`. */
  venueOfRoom(room: number): Venue | undefined;
  /** The programme's venue of that name, if it has one (the first, should two share it). */
  venueNamed(name: string): Venue | undefined;
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

  const rooms = nameNumbering();
  const roomOf = rooms.numberOf;
  const sponsors = nameNumbering();
  // Every name is numbered up front, so that the counts are final.
  const sponsorStarts = new Int32Array(programme.entries.length + 1);
  let sponsorNumbers = new Int32Array(Math.max(16, programme.entries.length * 2));
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
  programme.entries.forEach((entry, position) => {
    if (entry.venue !== null) roomOf(entry.venue);
    const from = sponsorTotal;
    for (const name of entry.sponsors) addSponsor(name, from);
    for (const part of entry.parts) for (const name of part.sponsors) addSponsor(name, from);
    sponsorStarts[position + 1] = sponsorTotal;
  });

  const venueByRoom = new Array<Venue | undefined>(rooms.count());
  for (const venue of programme.venues) {
    const room = roomOf(venue.name);
    if (room >= 0 && venueByRoom[room] === undefined) venueByRoom[room] = venue;
  }

  const days = new Map<string, number>();
  const timed: TimedEntry[] = [];
  programme.entries.forEach((entry, position) => {
    if (!isScheduled(entry) || entry.date === null || entry.start === null || entry.end === null) return;
    const start = minutes(entry.start);
    const end = minutes(entry.end);
    if (start === null || end === null || end <= start) return;
    let day = days.get(entry.date);
    if (day === undefined) {
      day = days.size;
      days.set(entry.date, day);
    }
    const room = entry.venue === null ? -1 : roomOf(entry.venue);
    timed.push({ entry, kind: entry.kind, position, date: entry.date, day, start, end, room });
  });

  return {
    programme,
    timed,
    dayCount: days.size,
    minutes,
    roomOf,
    roomCount: rooms.count(),
    sponsorOf: sponsors.numberOf,
    sponsorCount: sponsors.count(),
    sponsorStarts,
    sponsorNumbers: sponsorNumbers.subarray(0, sponsorTotal),
    venueOfRoom: (room) => venueByRoom[room],
    venueNamed: (name) => venueByRoom[roomOf(name)],
  };
}

/**
 * Numbers names as they come: equal under {@link nameKey} means the same number, a blank is -1.
 * The text as typed is remembered too, so each spelling is folded only once.
 */
function nameNumbering(): { numberOf: (name: string) => number; count: () => number } {
  const byText = new Map<string, number>();
  const byKey = new Map<string, number>();
  const numberOf = (name: string): number => {
    let number = byText.get(name);
    if (number === undefined) {
      const key = nameKey(name);
      number = key === '' ? -1 : byKey.get(key);
      if (number === undefined) {
        number = byKey.size;
        byKey.set(key, number);
      }
      byText.set(name, number);
    }
    return number;
  };
  return { numberOf, count: () => byKey.size };
}
