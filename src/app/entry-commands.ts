/**
 * What a secretariat does to an entry: add, update, move, cancel and restore. Each is one
 * commit with its change row; see {@link writeEntry}.
 */
import { AgoraError } from '../errors.ts';
import { createEntry, type Entry } from '../model/programme.ts';
import { slugify, uniqueIds } from '../model/slug.ts';
import { clockMinutes, formatClock } from '../model/wall-clock.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';
import { applyPatch, requireValidPatch, type EntryFields } from './entry-fields.ts';
import { writeEntry, type WriteOptions, type WriteResult } from './write-entry.ts';

/** The form of an entry id a writer may choose: "2012-10-16-launch". */
export const ENTRY_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Adds an entry; its id is made from its date and title unless one is given. */
export function addEntry(
  store: Store,
  record: ConferenceRecord,
  fields: Record<string, unknown> & { id?: unknown },
  options: WriteOptions,
): Promise<WriteResult> {
  const { id, ...rest } = fields;
  if (id !== undefined && (typeof id !== 'string' || !ENTRY_ID_PATTERN.test(id))) {
    throw new AgoraError('AGORA_BAD_INPUT', 'The entry was not saved: its id is not valid.', {
      problems: [{ where: 'id', message: 'use lower-case letters, digits and hyphens, such as "2012-10-16-launch"' }],
    });
  }
  return writeEntry(
    store,
    record,
    null,
    (_current, programme) => {
      const patch = requireValidPatch(rest, programme);
      const missing = (['kind', 'title'] as const).filter((field) => patch[field] === undefined);
      if (missing.length > 0) {
        throw new AgoraError('AGORA_BAD_INPUT', 'The entry was not saved: a new entry needs a kind and a title.', {
          problems: missing.map((field) => ({ where: field, message: 'is required' })),
        });
      }
      const taken = new Set(programme.entries.map((entry) => entry.id));
      if (typeof id === 'string' && taken.has(id)) {
        throw new AgoraError('AGORA_BAD_INPUT', `The entry was not saved: there is already an entry "${id}".`, { problems: [{ where: 'id', message: 'is taken' }] });
      }
      const next = uniqueIds();
      for (const existing of taken) next(existing);
      const entryId = typeof id === 'string' ? id : next(`${patch.date ?? 'unscheduled'}-${slugify(patch.title ?? 'entry', 48)}`);
      const base = createEntry({ id: entryId, kind: patch.kind ?? 'side-event', title: patch.title ?? '' });
      return { kind: 'add', entry: applyPatch(base, patch) };
    },
    options,
  );
}

/** Changes any fields of an entry: `{ "venue": "M7" }`. */
export function updateEntry(store: Store, record: ConferenceRecord, entryId: string, patch: Record<string, unknown>, options: WriteOptions): Promise<WriteResult> {
  return writeEntry(
    store,
    record,
    entryId,
    (current, programme) => ({ kind: 'update', entry: applyPatch(current as Entry, requireValidPatch(patch, programme)) }),
    options,
  );
}

export interface MoveTarget {
  date?: string | null;
  start?: string | null;
  end?: string | null;
  venue?: string | null;
}

/**
 * Moves an entry in date, time or venue. A new start without a new end keeps the entry's length.
 *
 * Examples: `moveEntry(store, record, id, { venue: 'M7' }, options)`; `{ start: '14:00' }` moves a
 * 13:00–14:00 event to 14:00–15:00.
 */
export function moveEntry(store: Store, record: ConferenceRecord, entryId: string, target: MoveTarget, options: WriteOptions): Promise<WriteResult> {
  const given = Object.fromEntries(Object.entries(target).filter(([, value]) => value !== undefined));
  if (Object.keys(given).length === 0) {
    throw new AgoraError('AGORA_BAD_INPUT', 'Nothing to move: give a new date, start, end or venue.', {
      problems: [{ where: 'date', message: 'give at least one of date, start, end, venue' }],
    });
  }
  return writeEntry(
    store,
    record,
    entryId,
    (current, programme) => {
      const entry = current as Entry;
      const patch = requireValidPatch(given, programme) as Partial<EntryFields>;
      if (patch.start && patch.end === undefined && entry.start && entry.end) {
        const length = (clockMinutes(entry.end) ?? 0) - (clockMinutes(entry.start) ?? 0);
        const end = (clockMinutes(patch.start) ?? 0) + length;
        if (length > 0 && end < 24 * 60) patch.end = formatClock(end);
      }
      return { kind: 'move', entry: applyPatch(entry, patch) };
    },
    options,
  );
}

/** Cancels an entry: it stays in the data, marked cancelled, and leaves print. */
export function cancelEntry(store: Store, record: ConferenceRecord, entryId: string, options: WriteOptions): Promise<WriteResult> {
  return setStatus(store, record, entryId, 'cancel', options);
}

/** Restores a cancelled entry to the programme. */
export function restoreEntry(store: Store, record: ConferenceRecord, entryId: string, options: WriteOptions): Promise<WriteResult> {
  return setStatus(store, record, entryId, 'restore', options);
}

function setStatus(store: Store, record: ConferenceRecord, entryId: string, kind: 'cancel' | 'restore', options: WriteOptions): Promise<WriteResult> {
  const status = kind === 'cancel' ? 'cancelled' : 'scheduled';
  return writeEntry(
    store,
    record,
    entryId,
    (current) => {
      const entry = current as Entry;
      if (entry.status === status) {
        throw new AgoraError('AGORA_BAD_INPUT', `"${entry.title}" is already ${status}; nothing was changed.`, { problems: [{ where: 'status', message: `is already ${status}` }] });
      }
      return { kind, entry: { ...entry, status } };
    },
    options,
  );
}
