/**
 * An entry's form as the clerk typed it, and the patch it means. The server reads posted forms
 * with it and the client script reads the live form with it, so both send the same patch for the
 * same fields. Nothing here validates (the app commands do, naming each field); it only turns
 * text into an entry's shapes: one sponsor a line, empty is null, a part row per label.
 */
import type { Entry } from '../../../model/programme.ts';

/** A posted form: each field's value, or its values in order when it came more than once. */
export type PostedFields = Record<string, string | string[]>;

export interface PartValues {
  label: string;
  title: string;
  /** One sponsor a line. */
  sponsors: string;
  description: string;
}

export interface EntryFormValues {
  kind: string;
  agendaItem: string;
  title: string;
  continued: boolean;
  /** One sponsor a line, in order. */
  sponsors: string;
  description: string;
  notes: string[];
  parts: PartValues[];
  venue: string;
  date: string;
  start: string;
  end: string;
  status: string;
  expectedAttendance: string;
}

/** The part fields of a row, and the form name of one: `parts[2].title`. */
export const PART_FIELDS = ['label', 'title', 'sponsors', 'description'] as const satisfies readonly (keyof PartValues)[];

export function partFieldName(row: number, field: keyof PartValues): string {
  return `parts[${row}].${field}`;
}

/** How many empty part rows a form offers beyond the entry's own, so a page without script can add parts. */
export const SPARE_PART_ROWS = 3;

/** A field's text; anything else (a JSON body can send numbers or objects) counts as empty. */
function one(form: PostedFields, name: string): string {
  const value: unknown = form[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function all(form: PostedFields, name: string): string[] {
  const value: unknown = form[name];
  const values: unknown[] = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return values.filter((item): item is string => typeof item === 'string');
}

/** The values of a posted entry form, as typed. */
export function postedEntryValues(form: PostedFields): EntryFormValues {
  const rows: PartValues[] = [];
  for (const name of Object.keys(form)) {
    const match = /^parts\[(\d{1,3})\]\.(label|title|sponsors|description)$/.exec(name);
    if (!match) continue;
    const row = Number(match[1]);
    while (rows.length <= row) rows.push({ label: '', title: '', sponsors: '', description: '' });
    rows[row]![match[2] as keyof PartValues] = one(form, name);
  }
  return {
    kind: one(form, 'kind'),
    agendaItem: one(form, 'agendaItem'),
    title: one(form, 'title'),
    continued: one(form, 'continued') !== '',
    sponsors: one(form, 'sponsors'),
    description: one(form, 'description'),
    notes: all(form, 'notes'),
    parts: rows,
    venue: one(form, 'venue'),
    date: one(form, 'date'),
    start: one(form, 'start'),
    end: one(form, 'end'),
    status: one(form, 'status'),
    expectedAttendance: one(form, 'expectedAttendance'),
  };
}

/** The values a form shows for an entry (or a new one). */
export function entryValues(entry: Entry | null): EntryFormValues {
  return {
    kind: entry?.kind ?? 'side-event',
    agendaItem: entry?.agendaItem ?? '',
    title: entry?.title ?? '',
    continued: entry?.continued ?? false,
    sponsors: (entry?.sponsors ?? []).join('\n'),
    description: entry?.description ?? '',
    notes: entry?.notes ?? [],
    parts: (entry?.parts ?? []).map((part) => ({ label: part.label, title: part.title, sponsors: part.sponsors.join('\n'), description: part.description ?? '' })),
    venue: entry?.venue ?? '',
    date: entry?.date ?? '',
    start: entry?.start ?? '',
    end: entry?.end ?? '',
    status: entry?.status ?? 'scheduled',
    expectedAttendance: entry?.expectedAttendance === null || entry?.expectedAttendance === undefined ? '' : String(entry.expectedAttendance),
  };
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** A whole number stays a number; anything else is passed on as typed for the check to name. */
function attendance(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,7}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export interface FormPatch {
  /** Every field of the entry as the form gives it. */
  patch: Record<string, unknown>;
  /** For each part in the patch, the form row it came from (empty rows are left out). */
  partRows: number[];
}

/** The entry fields the values mean; part rows left empty are no parts. */
export function entryFormPatch(values: EntryFormValues): FormPatch {
  const partRows: number[] = [];
  const parts = values.parts.flatMap((part, row) => {
    if (PART_FIELDS.every((field) => part[field].trim() === '')) return [];
    partRows.push(row);
    return [{ label: part.label.trim(), title: part.title.trim(), sponsors: lines(part.sponsors), description: orNull(part.description) }];
  });
  return {
    partRows,
    patch: {
      kind: values.kind,
      agendaItem: orNull(values.agendaItem),
      title: values.title.trim(),
      continued: values.continued,
      sponsors: lines(values.sponsors),
      description: orNull(values.description),
      notes: values.notes,
      parts,
      venue: orNull(values.venue),
      date: orNull(values.date),
      start: orNull(values.start),
      end: orNull(values.end),
      status: values.status,
      expectedAttendance: attendance(values.expectedAttendance),
    },
  };
}

/**
 * The form field a problem's `where` names: `parts[1].title` of the patch is the row it came
 * from, which may be another when empty rows were left out.
 */
export function problemField(where: string, partRows: readonly number[]): string {
  const match = /^parts\[(\d+)\](.*)$/.exec(where);
  if (!match) return where;
  const row = partRows[Number(match[1])];
  return row === undefined ? 'parts' : `parts[${row}]${match[2]}`;
}

/** The fields of `patch` whose values differ from `base`'s: what the clerk changed. */
export function changedFields(patch: Record<string, unknown>, base: Entry): Record<string, unknown> {
  const baseFields = base as unknown as Record<string, unknown>;
  return Object.fromEntries(Object.entries(patch).filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(baseFields[field])));
}
