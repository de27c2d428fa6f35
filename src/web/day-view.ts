/**
 * A day of the programme laid out as the printed programme lays it out: plenary and parallel
 * meetings side by side in their time slots, then side events by time, each slot's rows in
 * programme order.
 */
import type { Entry, Programme } from '../model/programme.ts';
import { addDays, compareDates, isDate } from '../model/wall-clock.ts';

/** One row of the meetings table: the plenary item and the parallel meeting printed beside it. */
export interface MeetingRow<E extends Entry = Entry> {
  plenary: E | null;
  parallel: E | null;
}

/** Entries that share a start and end; the first row prints the time, the others do not. */
export interface Slot<E extends Entry = Entry, R = E> {
  start: string | null;
  end: string | null;
  rows: R[];
}

export interface DayView<E extends Entry = Entry> {
  date: string;
  previous: string | null;
  next: string | null;
  meetings: Slot<E, MeetingRow<E>>[];
  sideEvents: Slot<E>[];
}

/** The longest run of days listed when a conference names no dates; more is a data error. */
const MAX_DAYS = 60;

/**
 * The conference's days in order: every date from its start to its end, and any other date an
 * entry is on (so that no entry is out of reach).
 */
export function conferenceDays(programme: Programme): string[] {
  const days = new Set<string>();
  const { startDate, endDate } = programme.conference;
  if (startDate !== null && endDate !== null && isDate(startDate) && isDate(endDate)) {
    for (let day = startDate, n = 0; compareDates(day, endDate) <= 0 && n < MAX_DAYS; day = addDays(day, 1), n += 1) days.add(day);
  }
  for (const entry of programme.entries) if (entry.date !== null && isDate(entry.date)) days.add(entry.date);
  return [...days].sort(compareDates);
}

/** Orders by start time, entries without a time last; equal starts keep programme order. */
function byStart<E extends Entry>(entries: E[]): E[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      const left = a.entry.start ?? '99:99';
      const right = b.entry.start ?? '99:99';
      if (left !== right) return left < right ? -1 : 1;
      const leftEnd = a.entry.end ?? '99:99';
      const rightEnd = b.entry.end ?? '99:99';
      if (leftEnd !== rightEnd) return leftEnd < rightEnd ? -1 : 1;
      return a.index - b.index;
    })
    .map(({ entry }) => entry);
}

function slotsOf<E extends Entry>(entries: E[]): Slot<E>[] {
  const slots: Slot<E>[] = [];
  for (const entry of byStart(entries)) {
    const last = slots.at(-1);
    if (last && last.start === entry.start && last.end === entry.end) last.rows.push(entry);
    else slots.push({ start: entry.start, end: entry.end, rows: [entry] });
  }
  return slots;
}

function meetingRows<E extends Entry>(slot: Slot<E>): Slot<E, MeetingRow<E>> {
  const plenary = slot.rows.filter((entry) => entry.kind === 'plenary');
  const parallel = slot.rows.filter((entry) => entry.kind === 'parallel');
  const rows: MeetingRow<E>[] = [];
  for (let index = 0; index < Math.max(plenary.length, parallel.length); index += 1) {
    rows.push({ plenary: plenary[index] ?? null, parallel: parallel[index] ?? null });
  }
  return { start: slot.start, end: slot.end, rows };
}

export function dayView<E extends Entry>(entries: readonly E[], days: readonly string[], date: string): DayView<E> {
  const onDay = entries.filter((entry) => entry.date === date);
  const index = days.indexOf(date);
  return {
    date,
    previous: index > 0 ? (days[index - 1] ?? null) : null,
    next: index >= 0 && index < days.length - 1 ? (days[index + 1] ?? null) : null,
    meetings: slotsOf(onDay.filter((entry) => entry.kind !== 'side-event')).map(meetingRows),
    sideEvents: slotsOf(onDay.filter((entry) => entry.kind === 'side-event')),
  };
}

/**
 * Every entry in the order a reader meets it: day by day, meetings before side events, by time;
 * in a slot the plenary items, then the parallel meetings.
 */
export function readingOrder<E extends Entry>(entries: readonly E[], days: readonly string[]): E[] {
  const ordered: E[] = [];
  for (const date of days) {
    const view = dayView(entries, days, date);
    for (const slot of view.meetings) {
      for (const row of slot.rows) if (row.plenary) ordered.push(row.plenary);
      for (const row of slot.rows) if (row.parallel) ordered.push(row.parallel);
    }
    for (const slot of view.sideEvents) ordered.push(...slot.rows);
  }
  const placed = new Set(ordered);
  return [...ordered, ...entries.filter((entry) => !placed.has(entry))];
}

/**
 * Footnote markers (`*`, `**`, …) for the conference's notes, given in the order a reader first
 * meets them, so that a note keeps its marker on every page.
 */
export function noteMarkers(programme: Programme, ordered: readonly Entry[]): Map<string, string> {
  const markers = new Map<string, string>();
  const known = new Set(programme.notes.map((note) => note.id));
  const give = (id: string) => {
    if (known.has(id) && !markers.has(id)) markers.set(id, '*'.repeat(markers.size + 1));
  };
  for (const entry of ordered) for (const id of entry.notes) give(id);
  for (const note of programme.notes) give(note.id);
  return markers;
}
