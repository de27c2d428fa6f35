/**
 * What is on now and what comes next, on the conference's own clock.
 */
import { Temporal } from 'temporal-polyfill';
import type { Entry } from '../model/programme.ts';
import { clockMinutes, isDate, wallClockAt } from '../model/wall-clock.ts';

export interface WallClockMoment {
  date: string;
  time: string;
}

export type NowAndNext<E extends Entry = Entry> =
  | { when: 'no-dates' }
  | { when: 'before'; first: string }
  | { when: 'after'; last: string }
  | { when: 'during'; onNow: E[]; next: { start: string; entries: E[] } | null };

const AT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** Reads `2012-10-16T14:30` (what a datetime-local field sends); null when it is not one. */
export function readMoment(text: string): WallClockMoment | null {
  const match = AT.exec(text);
  if (!match || !isDate(match[1] as string) || clockMinutes(match[2] as string) === null) return null;
  return { date: match[1] as string, time: match[2] as string };
}

/** The date and time now on the conference's clock. */
export function momentNow(zone: string): WallClockMoment {
  return wallClockAt(Temporal.Now.instant(), zone);
}

function minutes(time: string | null): number | null {
  return time === null ? null : clockMinutes(time);
}

/**
 * The entries on at `moment` (started, not yet ended) and those starting next that day.
 * Cancelled entries are included, so that a delegate looking for one learns it is off.
 */
export function nowAndNext<E extends Entry>(entries: readonly E[], days: readonly string[], moment: WallClockMoment): NowAndNext<E> {
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined) return { when: 'no-dates' };
  if (moment.date < first) return { when: 'before', first };
  if (moment.date > last) return { when: 'after', last };
  const at = clockMinutes(moment.time) ?? 0;
  const today = entries.filter((entry) => entry.date === moment.date && minutes(entry.start) !== null);
  const onNow = today.filter((entry) => {
    const start = minutes(entry.start) as number;
    const end = minutes(entry.end);
    return start <= at && end !== null && at < end;
  });
  const later = today.filter((entry) => (minutes(entry.start) as number) > at);
  const nextStart = later.map((entry) => entry.start as string).sort()[0];
  const next = nextStart === undefined ? null : { start: nextStart, entries: later.filter((entry) => entry.start === nextStart) };
  return { when: 'during', onNow, next };
}
