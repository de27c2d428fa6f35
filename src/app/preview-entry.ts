/**
 * The conflicts an entry change would leave, before it is saved: what the grid shows while a
 * clerk drags and the form while a clerk types. Nothing is written.
 */
import { AgoraError } from '../errors.ts';
import { conflictsInvolving, type ConflictFinding } from '../model/conflicts/index.ts';
import { createEntry, type Entry } from '../model/programme.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';
import { withoutRevision } from '../store/rows.ts';
import { applyPatch, requireValidPatch } from './entry-fields.ts';
import { requireMay, type Actor } from './policy.ts';

/** The id a new entry has in a preview, which no stored entry can have (ids are lower-case). */
export const PREVIEW_NEW_ID = 'New entry';

export interface EntryPreview {
  /** The entry as the change would leave it. */
  entry: Entry;
  conflicts: ConflictFinding[];
}

/**
 * The entry after `patch` and the conflicts it would be in; `entryId` null previews a new entry.
 * Refuses a patch with bad fields as a save would (AGORA_BAD_INPUT naming each field).
 */
export async function previewEntryChange(store: Store, record: ConferenceRecord, actor: Actor, entryId: string | null, patch: Record<string, unknown>): Promise<EntryPreview> {
  requireMay(actor, 'edit-entries');
  const { programme, entries } = await store.readProgramme(record.id);
  const stored = entryId === null ? null : entries.find((entry) => entry.id === entryId);
  if (stored === undefined) throw new AgoraError('AGORA_NOT_FOUND', `There is no entry "${entryId}" in ${record.slug}.`, { problems: [{ where: 'id', message: 'unknown id' }] });
  const valid = requireValidPatch(patch, programme);
  const base = stored === null ? createEntry({ id: PREVIEW_NEW_ID, kind: valid.kind ?? 'side-event', title: valid.title ?? '' }) : withoutRevision(stored);
  const entry = applyPatch(base, valid);
  const others = programme.entries.filter((candidate) => candidate.id !== entry.id);
  return { entry, conflicts: conflictsInvolving({ ...programme, entries: [...others, entry] }, [entry.id]) };
}
