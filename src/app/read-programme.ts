/** Reading a programme as it is now, or as it was at an earlier revision. */
import { AgoraError } from '../errors.ts';
import type { Conference, Entry, Note, Programme, Venue } from '../model/programme.ts';
import type { Change } from '../store/change.ts';
import type { ConferenceRecord, Store, StoredProgramme } from '../store/store.ts';

export interface ProgrammeAtRevision {
  record: ConferenceRecord;
  revision: number;
  programme: Programme;
}

/**
 * The programme at `revision` (now when omitted): the current state with every later change
 * undone from its `before`, newest first. The change log is complete, so nothing is guessed.
 */
export async function readProgramme(store: Store, record: ConferenceRecord, revision?: number): Promise<ProgrammeAtRevision> {
  const now: StoredProgramme = await store.readProgramme(record.id);
  const current = now.record.revision;
  if (revision === undefined || revision === current) return { record: now.record, revision: current, programme: now.programme };
  if (!Number.isInteger(revision) || revision < 1 || revision > current) {
    throw new AgoraError('AGORA_BAD_INPUT', `There is no revision ${revision} of ${record.slug}; its revisions run from 1 to ${current}.`, {
      problems: [{ where: 'revision', message: `must be between 1 and ${current}` }],
    });
  }
  const later = await store.changesSince(record.id, revision);
  let programme = now.programme;
  for (const change of later.reverse()) programme = undo(programme, change);
  return { record: now.record, revision, programme };
}

/**
 * The programme at each of `revisions`, rebuilt in one pass back through the change log from
 * now. A revision outside 1 … now is refused as {@link readProgramme} refuses it.
 */
export async function programmesAt(store: Store, record: ConferenceRecord, revisions: number[]): Promise<Map<number, Programme>> {
  const now: StoredProgramme = await store.readProgramme(record.id);
  const current = now.record.revision;
  const wanted = [...new Set(revisions)].sort((a, b) => b - a);
  const found = new Map<number, Programme>();
  if (wanted.length === 0) return found;
  const oldest = wanted.at(-1) as number;
  if (oldest < 1 || (wanted[0] as number) > current) {
    throw new AgoraError('AGORA_BAD_INPUT', `There is no revision ${oldest < 1 ? oldest : wanted[0]} of ${record.slug}; its revisions run from 1 to ${current}.`);
  }
  const later = (await store.changesSince(record.id, oldest)).reverse();
  let programme = now.programme;
  let revision = current;
  for (const want of wanted) {
    while (revision > want) {
      const change = later.shift();
      if (!change) break;
      programme = undo(programme, change);
      revision = change.revision - 1;
    }
    found.set(want, programme);
  }
  return found;
}

function undo(programme: Programme, change: Change): Programme {
  if (change.entryId !== null) return undoEntry(programme, change.before as Entry | null, change.entryId);
  switch (change.kind) {
    case 'import':
      return (change.before as Programme | null) ?? { ...programme, venues: [], notes: [], entries: [] };
    case 'venue':
      return undoVenue(programme, change);
    case 'note': {
      const noteId = String(change.meta.noteId ?? (change.after as Note | null)?.id ?? (change.before as Note | null)?.id);
      return { ...programme, notes: putBack(programme.notes, noteId, change.before as Note | null) };
    }
    case 'settings': {
      const before = change.before as { conference?: Conference } | null;
      return before?.conference ? { ...programme, conference: before.conference } : programme;
    }
    default:
      // A release changes nothing in the programme.
      return programme;
  }
}

function undoEntry(programme: Programme, before: Entry | null, entryId: string): Programme {
  const entries = programme.entries.filter((entry) => entry.id !== entryId || before !== null);
  if (before === null) return { ...programme, entries };
  const index = entries.findIndex((entry) => entry.id === before.id);
  if (index === -1) entries.push(before);
  else entries[index] = before;
  return { ...programme, entries };
}

/** A venue as it was, with the entries its renaming carried along given its old name again. */
function undoVenue(programme: Programme, change: Change): Programme {
  const before = change.before as Venue | null;
  const after = change.after as Venue | null;
  const venueId = String(change.meta.venueId ?? after?.id ?? before?.id);
  const renamedIn = new Set(Array.isArray(change.meta.renamedIn) ? (change.meta.renamedIn as string[]) : []);
  const entries =
    before === null || renamedIn.size === 0 ? programme.entries : programme.entries.map((entry) => (renamedIn.has(entry.id) ? { ...entry, venue: before.name } : entry));
  return { ...programme, venues: putBack(programme.venues, venueId, before), entries };
}

/** The list with the item `id` as it was: replaced in its place, put back last, or taken out. */
function putBack<T extends { id: string }>(items: T[], id: string, before: T | null): T[] {
  const index = items.findIndex((item) => item.id === id);
  if (before === null) return items.filter((item) => item.id !== id);
  if (index === -1) return [...items, before];
  return items.map((item, at) => (at === index ? before : item));
}
