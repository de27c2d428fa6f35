/**
 * The one way an entry is written: in a commit, against the revision the writer read, with the
 * conflicts the write leaves returned (or, in strict mode, refused).
 */
import { AgoraError } from '../errors.ts';
import { conflictsInvolving, type ConflictFinding } from '../model/conflicts/index.ts';
import type { Entry, Programme, StoredEntry } from '../model/programme.ts';
import type { ChangeKind } from '../store/change.ts';
import { entryFieldChanges, describeFieldChanges } from '../model/entry-diff.ts';
import { userNames } from './accounts/users.ts';
import { requireMay, type Actor } from './policy.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';
import { withoutRevision } from '../store/rows.ts';

export interface WriteOptions {
  /** Who makes the change: the change log records the name, the policy checks the role. */
  actor: Actor;
  /**
   * The revision of the entry the writer read (its ETag); a write against an older one is
   * refused with the current entry. New entries have none.
   */
  expectedRevision?: number;
  /** Refuse the write when it leaves an error-level conflict on the entry. */
  strict?: boolean;
  /** Facts the change row keeps besides its conflicts, such as the revision an undo undoes. */
  meta?: Record<string, unknown>;
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
  requireMay(options.actor, 'edit-entries');
  try {
    return await commitEntry(store, record, entryId, edit, options);
  } catch (error) {
    if (error instanceof AgoraError && error.code === 'AGORA_STALE_REVISION' && entryId !== null && options.expectedRevision !== undefined) {
      throw await withTheirChange(store, record, entryId, options.expectedRevision, error);
    }
    throw error;
  }
}

/**
 * The refusal of a stale write, with what the other writer did since the writer read the
 * entry: who, when, and each field before → after, so the clerk can keep theirs or apply
 * theirs on top. Read after the refused transaction, outside it.
 */
async function withTheirChange(store: Store, record: ConferenceRecord, entryId: string, expectedRevision: number, error: AgoraError): Promise<AgoraError> {
  const since = await store.changesSince(record.id, expectedRevision, { entryId });
  const first = since[0];
  const last = since.at(-1);
  if (!first || !last) return error;
  const names = await userNames(store, since.map((change) => change.actor));
  const theirs = {
    actor: last.actor,
    actorName: names.get(last.actor) ?? last.actor,
    at: last.at,
    revision: last.revision,
    changes: entryFieldChanges(first.before as Entry | null, last.after as Entry | null),
  };
  const who = theirs.actorName;
  const what = describeFieldChanges(theirs.changes);
  return new AgoraError('AGORA_STALE_REVISION', `Changed by ${who} at ${last.at.slice(11, 16)} UTC${what === '' ? '' : `: ${what}`}. Nothing was saved: keep theirs, or apply yours on top.`, {
    problems: error.problems,
    details: { ...error.details, theirs },
  });
}

async function commitEntry(
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
    if (options.strict) refuseErrorConflicts(conflicts);
    const errors = conflicts.filter((finding) => finding.severity === 'error');
    await tx.putEntry(entry);
    return {
      change: {
        actor: options.actor.name,
        kind,
        entryId: entry.id,
        before: current === null ? null : withoutRevision(current),
        after: entry,
        meta: { ...options.meta, ...(errors.length > 0 ? { conflicts: errors } : {}) },
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

/**
 * Refuses (AGORA_CONFLICT_REFUSED, naming each error) a change that would leave an error-level
 * conflict; warnings pass. What a strict save does, for a command that checks before it writes.
 *
 * Examples: `refuseErrorConflicts(preview.conflicts)`.
 */
export function refuseErrorConflicts(conflicts: readonly ConflictFinding[]): void {
  const errors = conflicts.filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return;
  throw new AgoraError('AGORA_CONFLICT_REFUSED', `Nothing was saved: the change would leave ${errors.length === 1 ? 'a conflict' : `${errors.length} conflicts`}.`, {
    problems: errors.map((finding) => ({ where: finding.rule, message: finding.message })),
    details: { conflicts },
  });
}
