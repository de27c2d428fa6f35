/** Reading a programme as it is now, or as it was at an earlier revision. */
import { AgoraError } from '../errors.ts';
import type { Entry, Programme } from '../model/programme.ts';
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

function undo(programme: Programme, change: Change): Programme {
  if (change.entryId === null) {
    return (change.before as Programme | null) ?? { ...programme, venues: [], notes: [], entries: [] };
  }
  const before = change.before as Entry | null;
  const entries = programme.entries.filter((entry) => entry.id !== change.entryId || before !== null);
  if (before === null) return { ...programme, entries };
  const index = entries.findIndex((entry) => entry.id === before.id);
  if (index === -1) entries.push(before);
  else entries[index] = before;
  return { ...programme, entries };
}
