/**
 * Checking the fields of an entry a person or program sends, naming each field that is wrong.
 */
import { AgoraError, type Problem } from '../errors.ts';
import { parseAgendaItem, formatAgendaItem } from '../model/agenda-item.ts';
import { ENTRY_KINDS, ENTRY_STATUSES, type Entry, type Part, type Programme } from '../model/programme.ts';
import { isClock, isDate } from '../model/wall-clock.ts';

/** The fields of an entry that a command may set. */
export type EntryFields = Omit<Entry, 'id'>;
export type EntryPatch = Partial<EntryFields>;

const FIELD_NAMES: readonly (keyof EntryFields)[] = [
  'kind',
  'date',
  'start',
  'end',
  'venue',
  'agendaItem',
  'title',
  'continued',
  'sponsors',
  'description',
  'notes',
  'parts',
  'status',
  'expectedAttendance',
];

/**
 * What a well-formed value looks like, for messages: `"25:00" is not ${EXPECTED.clock}`. The API's
 * schemas use the same words so a field is explained alike wherever it is refused.
 */
export const EXPECTED = {
  date: 'a date; write YYYY-MM-DD, such as "2012-10-16"',
  clock: 'a time; write HH:MM on a 24-hour clock, such as "14:00"',
  agendaItem: 'an agenda item such as "2" or "2 (b)"',
} as const;

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '');
}

function checkNullable(problems: Problem[], field: string, value: unknown, test: (text: string) => boolean, expected: string): void {
  if (value === null) return;
  if (typeof value !== 'string' || !test(value)) problems.push({ where: field, message: `${JSON.stringify(value)} is not ${expected}` });
}

function checkPart(problems: Problem[], where: string, value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ where, message: 'a part needs label, sponsors, title and description' });
    return;
  }
  const part = value as Partial<Record<keyof Part, unknown>>;
  if (typeof part.label !== 'string' || part.label.trim() === '') problems.push({ where: `${where}.label`, message: 'a part needs a label such as "A"' });
  if (!isStringList(part.sponsors)) problems.push({ where: `${where}.sponsors`, message: 'must be a list of sponsor names' });
  if (typeof part.title !== 'string' || part.title.trim() === '') problems.push({ where: `${where}.title`, message: 'a part needs a title' });
  if (part.description !== null && typeof part.description !== 'string') problems.push({ where: `${where}.description`, message: 'must be text or null' });
}

/**
 * The problems with a patch of entry fields, each naming its field; an empty list when it is good.
 * Notes must exist in the programme; an unknown venue is not refused here (it is a conflict).
 */
export function checkEntryPatch(patch: Record<string, unknown>, programme: Pick<Programme, 'notes'>): Problem[] {
  const problems: Problem[] = [];
  for (const key of Object.keys(patch)) {
    if (!(FIELD_NAMES as readonly string[]).includes(key)) {
      problems.push({ where: key, message: `is not a field of an entry; the fields are ${FIELD_NAMES.join(', ')}` });
    }
  }
  const has = (key: keyof EntryFields) => Object.prototype.hasOwnProperty.call(patch, key);
  if (has('kind') && !(ENTRY_KINDS as readonly unknown[]).includes(patch.kind)) {
    problems.push({ where: 'kind', message: `must be one of ${ENTRY_KINDS.join(', ')}` });
  }
  if (has('status') && !(ENTRY_STATUSES as readonly unknown[]).includes(patch.status)) {
    problems.push({ where: 'status', message: `must be one of ${ENTRY_STATUSES.join(', ')}` });
  }
  if (has('date')) checkNullable(problems, 'date', patch.date, isDate, EXPECTED.date);
  for (const field of ['start', 'end'] as const) {
    if (has(field)) checkNullable(problems, field, patch[field], isClock, EXPECTED.clock);
  }
  if (has('venue') && patch.venue !== null && (typeof patch.venue !== 'string' || patch.venue.trim() === '')) {
    problems.push({ where: 'venue', message: 'must be the name of a venue, or null' });
  }
  if (has('agendaItem')) checkNullable(problems, 'agendaItem', patch.agendaItem, (text) => parseAgendaItem(text) !== null, EXPECTED.agendaItem);
  if (has('title') && (typeof patch.title !== 'string' || patch.title.trim() === '')) problems.push({ where: 'title', message: 'an entry needs a title' });
  if (has('continued') && typeof patch.continued !== 'boolean') problems.push({ where: 'continued', message: 'must be true or false' });
  if (has('sponsors') && !isStringList(patch.sponsors)) problems.push({ where: 'sponsors', message: 'must be a list of sponsor names' });
  if (has('description') && patch.description !== null && typeof patch.description !== 'string') {
    problems.push({ where: 'description', message: 'must be text or null' });
  }
  if (has('notes')) {
    if (!isStringList(patch.notes)) problems.push({ where: 'notes', message: 'must be a list of note ids' });
    else {
      const known = new Set(programme.notes.map((note) => note.id));
      for (const id of patch.notes) {
        if (!known.has(id)) problems.push({ where: 'notes', message: `there is no note "${id}"; the notes are ${[...known].join(', ') || 'none yet'}` });
      }
    }
  }
  if (has('parts')) {
    if (!Array.isArray(patch.parts)) problems.push({ where: 'parts', message: 'must be a list of parts' });
    else patch.parts.forEach((part, index) => checkPart(problems, `parts[${index}]`, part));
  }
  if (has('expectedAttendance')) {
    const value = patch.expectedAttendance;
    if (value !== null && (typeof value !== 'number' || !Number.isInteger(value) || value < 0)) {
      problems.push({ where: 'expectedAttendance', message: 'must be a whole number of people, or null' });
    }
  }
  return problems;
}

/** Applies a checked patch, normalising what has one spelling (agenda items). */
export function applyPatch(entry: Entry, patch: EntryPatch): Entry {
  const next: Entry = { ...entry, ...patch };
  if (next.agendaItem !== null) {
    const item = parseAgendaItem(next.agendaItem);
    if (item) next.agendaItem = formatAgendaItem(item);
  }
  return next;
}

/** Refuses a patch with every problem named, or returns it typed. */
export function requireValidPatch(patch: Record<string, unknown>, programme: Pick<Programme, 'notes'>): EntryPatch {
  const problems = checkEntryPatch(patch, programme);
  if (problems.length > 0) {
    throw new AgoraError('AGORA_BAD_INPUT', `The entry was not saved: ${problems.length === 1 ? 'one field is' : `${problems.length} fields are`} not valid.`, {
      problems,
    });
  }
  return patch as EntryPatch;
}
