/**
 * The one way an entry is written: in a commit, against the revision the writer read, with the
 * conflicts the write leaves returned (or, in strict mode, refused).
 */
import { AgoraError } from '../errors.ts';
import { conflictsInvolving, type ConflictFinding } from '../model/conflicts/index.ts';
import type { Entry, Programme, StoredEntry } from '../model/programme.ts';
import type { ChangeKind } from '../store/change.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';
import { withoutRevision } from '../store/rows.ts';

export interface WriteOptions {
  /** Who makes the change, for the change log: "cli", "token:desk-1" … */
  actor: string;
  /**
   * The revision of the entry the writer read (its ETag); a write against an older one is
   * refused with the current entry. New entries have none.
   */
  expectedRevision?: number;
  /** Refuse the write when it leaves an error-level conflict on the entry. */
  strict?: boolean;
}

export interface WriteResult {
  entry: StoredEntry;
  revision: number;
  conflicts: ConflictFinding[];
}

/** What a command makes of the entry as it stands (null for a new one) and the programme. */
export type EntryEdit = (current: StoredEntry | null, programme: Programme) => { kind: ChangeKind; entry: Entry };

export async function writeEntry(
  store: Store,
  record: ConferenceRecord,
  entryId: string | null,
  edit: EntryEdit,
  options: WriteOptions,
): Promise<WriteResult> {
  const { revision, result } = await store.commit(record.id, async (tx) => {
    const current = entryId === null ? null : await tx.readEntry(entryId);
    if (entryId !== null && current === null) {
      throw new AgoraError('AGORA_NOT_FOUND', `There is no entry "${entryId}" in ${record.slug}.`, { problems: [{ where: 'entry', message: 'unknown id' }] });
    }
    if (current !== null && options.expectedRevision !== undefined && current.revision !== options.expectedRevision) {
      throw new AgoraError(
        'AGORA_STALE_REVISION',
        `"${current.title}" was changed at revision ${current.revision}, after revision ${options.expectedRevision} that you read. Nothing was saved; look at the entry as it is now and make your change again.`,
        { details: { current } },
      );
    }
    const { programme } = await tx.readProgramme();
    const { kind, entry } = edit(current, programme);
    const after: Programme = { ...programme, entries: replaceEntry(programme.entries, entry) };
    const conflicts = conflictsInvolving(after, [entry.id]);
    const errors = conflicts.filter((finding) => finding.severity === 'error');
    if (options.strict && errors.length > 0) {
      throw new AgoraError('AGORA_CONFLICT_REFUSED', `Nothing was saved: the change would leave ${errors.length === 1 ? 'a conflict' : `${errors.length} conflicts`}.`, {
        problems: errors.map((finding) => ({ where: finding.rule, message: finding.message })),
        details: { conflicts },
      });
    }
    await tx.putEntry(entry);
    return {
      change: {
        actor: options.actor,
        kind,
        entryId: entry.id,
        before: current === null ? null : withoutRevision(current),
        after: entry,
        meta: errors.length > 0 ? { conflicts: errors } : {},
      },
      result: { entry, conflicts },
    };
  });
  return { entry: { ...result.entry, revision }, revision, conflicts: result.conflicts };
}

function replaceEntry(entries: Entry[], entry: Entry): Entry[] {
  const index = entries.findIndex((candidate) => candidate.id === entry.id);
  if (index === -1) return [...entries, entry];
  const copy = entries.slice();
  copy[index] = entry;
  return copy;
}
