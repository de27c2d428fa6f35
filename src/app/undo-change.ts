/**
 * Undo for a clerk under time pressure: the conference's most recent entry change is reversed by
 * a NEW change (kind as the reversal reads: a move undone is a move back, a cancel undone is a
 * restore), with `meta.undoes` naming the revision it reverses. History is never rewritten.
 *
 * Undo steps back: each undo reverses the most recent change that is neither an undo itself nor
 * already undone, so a second undo reverses the change before the first one (there is no redo:
 * make the change again). An added entry cannot be deleted (the store keeps every entry), so
 * undoing an add cancels the entry and says so. An import cannot be undone here; changes of
 * venues, settings and notes are not entry changes, and undo steps past them.
 *
 * A page offers it as a form: `POST /admin/undo` (or `/c/<slug>/admin/undo`) with `_csrf`,
 * `revision` (the change the button names, from {@link lastUndoableChange}, so that a change
 * someone made meanwhile is not undone by surprise) and `next` (a same-site path to return to).
 */
import { AgoraError } from '../errors.ts';
import { describeFieldChanges, entryFieldChanges, type FieldChange } from '../model/entry-diff.ts';
import type { Entry, Programme } from '../model/programme.ts';
import type { Change, ChangeKind } from '../store/change.ts';
import { withoutRevision } from '../store/rows.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';
import { userNames } from './accounts/users.ts';
import { requireMay, type Actor } from './policy.ts';
import { writeEntry, type WriteResult } from './write-entry.ts';

export interface UndoOptions {
  /**
   * The revision of the change the clerk was shown as the one an undo reverses; when the last
   * change is another by then, nothing is undone (AGORA_STALE_REVISION naming who made it).
   */
  revision?: number;
}

export interface UndoResult extends WriteResult {
  /** The change that was reversed. */
  undone: Change;
  /** One sentence for the clerk: what was undone and how. */
  message: string;
}

/** The change an undo would reverse now, and the revisions already undone (newest first). */
interface UndoTarget {
  target: Change | null;
  /** Revision undone → the undo change that reversed it. */
  undoneBy: Map<number, Change>;
}

/** How far back the first look at the change log reaches; it widens until it finds a change. */
const FIRST_WINDOW = 50;

function undoesOf(change: Change): number | null {
  const undoes = change.meta.undoes;
  return typeof undoes === 'number' ? undoes : null;
}

/**
 * An entry change, or an import (which stops an undo); changes of venues, settings and notes are
 * not undone from the programme's undo, which steps past them.
 */
function isEntryChange(change: Change): boolean {
  return change.entryId !== null || change.kind === 'import';
}

async function findTarget(store: Store, record: ConferenceRecord): Promise<UndoTarget> {
  const fresh = (await store.findConference(record.slug)) ?? record;
  let window = FIRST_WINDOW;
  for (;;) {
    const since = Math.max(0, fresh.revision - window);
    const changes = await store.changesSince(record.id, since);
    const undoneBy = new Map<number, Change>();
    for (let index = changes.length - 1; index >= 0; index -= 1) {
      const change = changes[index] as Change;
      const undoes = undoesOf(change);
      if (undoes !== null) undoneBy.set(undoes, change);
      else if (isEntryChange(change) && !undoneBy.has(change.revision)) return { target: change, undoneBy };
    }
    if (since === 0) return { target: null, undoneBy };
    window *= 4;
  }
}

/**
 * The change an undo would reverse now (an import, which cannot be undone, included), or null
 * when there is none. A page shows it on its undo button and sends its revision back.
 */
export async function lastUndoableChange(store: Store, record: ConferenceRecord, actor: Actor): Promise<Change | null> {
  requireMay(actor, 'edit-entries');
  return (await findTarget(store, record)).target;
}

/** What an undo button offers: the change it would reverse, in one line a clerk reads. */
export interface UndoOffer {
  revision: number;
  /** "venue M3 → M7 on "Eel migration routes", by A. Clerk" */
  label: string;
}

/** The undo a page can offer now, or null when there is nothing it can undo (an import is never offered). */
export async function undoOffer(store: Store, record: ConferenceRecord, actor: Actor): Promise<UndoOffer | null> {
  const change = await lastUndoableChange(store, record, actor);
  if (!change || change.entryId === null) return null;
  const what = describeFieldChanges(entryFieldChanges(change.before as Entry | null, change.after as Entry | null)) || change.kind;
  return { revision: change.revision, label: `${what} on "${(change.after as Entry).title}", by ${await nameOf(store, change.actor)}` };
}

/** What the reversal of a change is called in the change log where it is not the same kind (a move back is a move). */
const REVERSAL: Partial<Record<ChangeKind, ChangeKind>> = { add: 'cancel', cancel: 'restore', restore: 'cancel' };

function clock(at: string): string {
  return at.slice(11, 16);
}

async function nameOf(store: Store, actor: string): Promise<string> {
  return (await userNames(store, [actor])).get(actor) ?? actor;
}

/** The refusal when the change to undo is not the one the clerk was shown. */
async function staleRefusal(store: Store, shown: number, found: UndoTarget): Promise<AgoraError> {
  const undoneBy = found.undoneBy.get(shown);
  const other = undoneBy ?? found.target;
  if (!other) return new AgoraError('AGORA_NOT_FOUND', 'There is no change left to undo.');
  const who = await nameOf(store, other.actor);
  const changes = entryFieldChanges(other.before as Entry | null, other.after as Entry | null);
  const message = undoneBy
    ? `Revision ${shown} was already undone by ${who} at ${clock(other.at)} UTC; nothing was undone.`
    : `The last change is now ${who}'s at ${clock(other.at)} UTC${changes.length > 0 ? ` (${describeFieldChanges(changes)})` : ''}; nothing was undone. Look at it, and undo again if you mean that one.`;
  return new AgoraError('AGORA_STALE_REVISION', message, {
    problems: [{ where: 'revision', message: `revision ${shown} is not the last change any more` }],
    details: { theirs: { actor: other.actor, actorName: who, at: other.at, revision: other.revision, changes } },
  });
}

/** The refusal when the entry is not as the change to undo left it. */
async function changedSince(store: Store, record: ConferenceRecord, target: Change, now: Entry): Promise<AgoraError> {
  const since = await store.changesSince(record.id, target.revision, { entryId: target.entryId ?? undefined });
  const last = since.at(-1);
  const who = last ? await nameOf(store, last.actor) : 'someone';
  const changes: FieldChange[] = entryFieldChanges(target.after as Entry, now);
  return new AgoraError(
    'AGORA_STALE_REVISION',
    `"${now.title}" was changed by ${who}${last ? ` at ${clock(last.at)} UTC` : ''} after revision ${target.revision} (${describeFieldChanges(changes)}); nothing was undone, so their change is kept.`,
    {
      problems: [{ where: 'revision', message: 'the entry changed after the change to undo' }],
      details: last ? { theirs: { actor: last.actor, actorName: who, at: last.at, revision: last.revision, changes } } : {},
    },
  );
}

/**
 * Refuses to put an entry back into a venue that is no longer among the programme's venues
 * (removed, or renamed, since the change being undone). Called with the programme read inside
 * the undo's commit, so a venue removed meanwhile cannot slip past.
 */
function refuseRemovedVenue(restored: Entry, now: Entry, programme: Programme): void {
  const venue = restored.venue;
  if (venue === null || venue === now.venue || programme.venues.some((candidate) => candidate.name === venue)) return;
  throw new AgoraError(
    'AGORA_BAD_INPUT',
    `"${now.title}" cannot go back to ${venue}: that venue is no longer in the programme. Nothing was undone. Add ${venue} again at /admin/venues and undo again, or move the entry by hand.`,
    { problems: [{ where: 'venue', message: `${venue} is not a venue of the programme any more` }] },
  );
}

/**
 * Reverses the conference's most recent entry change (see the module comment) as a new change
 * with `meta.undoes`, against the entry's current revision so that a concurrent change is never
 * overwritten. Leaves conflicts as any write does, and records error-level ones in the change.
 *
 * Examples: after `moveEntry(…, 'eel-routes', { venue: 'R2' }, …)` at revision 7,
 * `undoLastChange(store, record, actor, { revision: 7 })` moves it back to R1 as revision 8
 * with `meta: { undoes: 7 }`.
 */
export async function undoLastChange(store: Store, record: ConferenceRecord, actor: Actor, options: UndoOptions = {}): Promise<UndoResult> {
  requireMay(actor, 'edit-entries');
  const found = await findTarget(store, record);
  const target = found.target;
  if (options.revision !== undefined && target?.revision !== options.revision) throw await staleRefusal(store, options.revision, found);
  if (target === null) throw new AgoraError('AGORA_NOT_FOUND', 'There is no change left to undo.');
  if (target.entryId === null) {
    const who = await nameOf(store, target.actor);
    throw new AgoraError(
      'AGORA_BAD_INPUT',
      `The last change is the import of the whole programme by ${who} at ${clock(target.at)} UTC (revision ${target.revision}); it cannot be undone here. To go back, import the earlier document again.`,
      { problems: [{ where: 'revision', message: `revision ${target.revision} is an import` }] },
    );
  }
  const entryId = target.entryId;
  const current = await store.readEntry(record.id, entryId);
  if (current === null) throw new AgoraError('AGORA_NOT_FOUND', `There is no entry "${entryId}" in ${record.slug} any more; nothing was undone.`);
  const now = withoutRevision(current);
  if (entryFieldChanges(target.after as Entry, now).length > 0) throw await changedSince(store, record, target, now);

  const wasAdd = target.kind === 'add';
  const result = await writeEntry(
    store,
    record,
    entryId,
    (stored, programme) => {
      const entry = withoutRevision(stored as NonNullable<typeof stored>);
      const restored: Entry = wasAdd ? { ...entry, status: 'cancelled' } : { ...(target.before as Entry), id: entryId };
      refuseRemovedVenue(restored, entry, programme);
      return { kind: REVERSAL[target.kind] ?? target.kind, entry: restored };
    },
    { actor, expectedRevision: current.revision, meta: { undoes: target.revision } },
  );
  const who = await nameOf(store, target.actor);
  const undone = entryFieldChanges(now, result.entry);
  const message = wasAdd
    ? `Undid the addition of "${now.title}" (revision ${target.revision}): entries are never deleted, so it is now cancelled.`
    : `Undid ${who}'s change to "${now.title}" (revision ${target.revision})${undone.length > 0 ? `: ${describeFieldChanges(undone)}` : ''}.`;
  return { ...result, undone: target, message };
}
