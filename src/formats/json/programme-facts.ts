/**
 * What the schema cannot say about an Agora JSON document: dates on the calendar, a time zone
 * this system knows, ids used once, note references that resolve, readable agenda items.
 *
 * The checks read the document defensively, so that they run beside the schema on a document
 * the schema refuses, and a clerk gets every problem in one answer. A value of the wrong type is
 * left to the schema's problem. An entry that ends before it starts is not refused here: that is
 * a conflict, which the model's conflict rules report.
 */
import type { Problem } from '../../errors.ts';
import { parseAgendaItem } from '../../model/agenda-item.ts';
import { isDate, isTimeZone } from '../../model/wall-clock.ts';
import { pointerOf, type PointerToken } from './json-pointer.ts';

type JsonObject = Readonly<Record<string, unknown>>;

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Every problem with the facts of `document` that its shape does not show.
 *
 * Examples:
 *
 * ```ts
 * factProblems({ conference: { timeZone: 'Europe/Viena' } });
 * // [{ where: '/conference/timeZone', message: '"Europe/Viena" is not a time zone …' }]
 * ```
 */
export function factProblems(document: unknown): Problem[] {
  if (!isObject(document)) return [];
  const venues = objectsIn(document.venues);
  const notes = objectsIn(document.notes);
  const entries = objectsIn(document.entries);
  const knownNotes = noteIds(notes);
  return [
    ...conferenceProblems(document.conference),
    ...duplicateProblems(venues, 'venues', 'id', 'venue'),
    ...duplicateProblems(venues, 'venues', 'name', 'venue'),
    ...venues.flatMap(([index, venue]) =>
      objectsIn(venue.openingHours).flatMap(([line, hours]) => dateProblems(hours, 'date', 'venues', index, 'openingHours', line)),
    ),
    ...duplicateProblems(notes, 'notes', 'id', 'note'),
    ...duplicateProblems(entries, 'entries', 'id', 'entry'),
    ...entries.flatMap(([index, entry]) => entryProblems(entry, index, knownNotes)),
  ];
}

function conferenceProblems(conference: unknown): Problem[] {
  if (!isObject(conference)) return [];
  const problems = [...dateProblems(conference, 'startDate', 'conference'), ...dateProblems(conference, 'endDate', 'conference')];
  const zone = conference.timeZone;
  if (typeof zone === 'string' && !isTimeZone(zone)) {
    problems.push({
      where: pointerOf('conference', 'timeZone'),
      message: `${JSON.stringify(zone)} is not a time zone this system knows; write an IANA zone name, such as "Europe/Vienna", or null`,
    });
  }
  return problems;
}

function entryProblems(entry: JsonObject, index: number, notes: ReadonlySet<string>): Problem[] {
  const problems = dateProblems(entry, 'date', 'entries', index);
  const item = entry.agendaItem;
  if (entry.kind === 'plenary' && typeof item === 'string' && parseAgendaItem(item) === null) {
    problems.push({
      where: pointerOf('entries', index, 'agendaItem'),
      message: `${JSON.stringify(item)} is not an agenda-item number; write a number with an optional letter, such as "2" or "2 (b)", or null`,
    });
  }
  const references = Array.isArray(entry.notes) ? entry.notes : [];
  references.forEach((reference, position) => {
    if (typeof reference !== 'string' || notes.has(reference)) return;
    const known = notes.size === 0 ? 'the programme has no notes' : `the notes are ${[...notes].map((id) => JSON.stringify(id)).join(', ')}`;
    problems.push({
      where: pointerOf('entries', index, 'notes', position),
      message: `there is no note with the id ${JSON.stringify(reference)} (${known}); add it to /notes or remove the reference`,
    });
  });
  return problems;
}

/** A problem when `object[field]` is written YYYY-MM-DD but is no day of the calendar (2012-02-30). */
function dateProblems(object: JsonObject, field: string, ...parent: PointerToken[]): Problem[] {
  const date = object[field];
  if (typeof date !== 'string' || !DATE_SHAPE.test(date) || isDate(date)) return [];
  return [
    {
      where: pointerOf(...parent, field),
      message: `${JSON.stringify(date)} is not a day of the calendar; check the month and the day (YYYY-MM-DD, such as "2012-10-15")`,
    },
  ];
}

/** A problem for each later object whose `field` repeats that of an earlier one in the same list. */
function duplicateProblems(items: ReadonlyArray<readonly [number, JsonObject]>, list: string, field: string, noun: string): Problem[] {
  const firstIndex = new Map<string, number>();
  const problems: Problem[] = [];
  for (const [index, item] of items) {
    const value = item[field];
    if (typeof value !== 'string') continue;
    const first = firstIndex.get(value);
    if (first === undefined) {
      firstIndex.set(value, index);
      continue;
    }
    problems.push({
      where: pointerOf(list, index, field),
      message: `${JSON.stringify(value)} is already the ${field} of ${pointerOf(list, first)}; give each ${noun} its own ${field}`,
    });
  }
  return problems;
}

function noteIds(notes: ReadonlyArray<readonly [number, JsonObject]>): Set<string> {
  const ids = new Set<string>();
  for (const [, note] of notes) if (typeof note.id === 'string') ids.add(note.id);
  return ids;
}

/** The objects of a list with their positions; anything that is not a list of objects gives none. */
function objectsIn(list: unknown): Array<readonly [number, JsonObject]> {
  if (!Array.isArray(list)) return [];
  const objects: Array<readonly [number, JsonObject]> = [];
  list.forEach((item: unknown, index) => {
    if (isObject(item)) objects.push([index, item]);
  });
  return objects;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
