/**
 * Saving a move made on the grid: `PATCH /api/entries/<id>` with the fields that changed and the
 * revision the clerk read (If-Match), strict unless the clerk said "Save anyway" to an error-level
 * conflict, so a clash that someone else's change created meanwhile is refused, not saved
 * silently. A stale revision is never overwritten: the clerk sees who changed what and chooses.
 */
import type { ConflictFinding } from '../../../model/conflicts/conflict-finding.ts';
import type { FieldChange } from '../../../model/entry-diff.ts';
import type { StoredEntry } from '../../../model/programme.ts';
import { adminFetch } from './csrf.ts';
import { askAboutTheirs, askSaveAnyway, type TheirChange } from './grid-dialogs.ts';
import type { Placement } from './grid-geometry.ts';

export interface MoveRequest {
  id: string;
  title: string;
  /** The revision of the entry the clerk moved, as the grid showed it. */
  revision: number;
  from: Placement;
  to: Placement;
  /** "14:00–15:00 in R2", for the questions. */
  toText: string;
}

export type MoveOutcome =
  | { kind: 'saved'; entry: StoredEntry; conflicts: ConflictFinding[] }
  | { kind: 'not-saved'; message: string }
  | { kind: 'kept-theirs'; message: string };

interface RefusalBody {
  code?: string;
  message?: string;
  conflicts?: ConflictFinding[];
  theirs?: TheirChange;
  current?: StoredEntry;
}

/** The placement fields the move changes; a new start goes with its end so the length is kept. */
export function movedFields(from: Placement, to: Placement): Record<string, string | null> {
  const patch: Record<string, string | null> = {};
  if (to.date !== from.date) patch.date = to.date;
  if (to.venue !== from.venue) patch.venue = to.venue;
  if (to.start !== from.start || to.end !== from.end) {
    patch.start = to.start;
    if (to.end !== null) patch.end = to.end;
  }
  return patch;
}

function yourChanges(from: Placement, patch: Record<string, string | null>): FieldChange[] {
  return Object.entries(patch).map(([field, after]) => ({ field: field as FieldChange['field'], before: from[field as keyof Placement], after }));
}

/**
 * Saves a move, asking the clerk where needed: "Save anyway" when `conflicts` (the preview of
 * this move) or the server name an error, and "keep theirs / apply mine on top" when someone
 * saved the entry first.
 */
export async function saveMove(root: Document, timeZone: string, move: MoveRequest, conflicts: readonly ConflictFinding[]): Promise<MoveOutcome> {
  const patch = movedFields(move.from, move.to);
  if (Object.keys(patch).length === 0) return { kind: 'not-saved', message: `"${move.title}" was not moved.` };
  let anyway = false;
  if (conflicts.some((finding) => finding.severity === 'error')) {
    if (!(await askSaveAnyway(root, `Moving "${move.title}" to ${move.toText} would create a conflict that makes the programme wrong:`, conflicts))) {
      return { kind: 'not-saved', message: `"${move.title}" was not moved.` };
    }
    anyway = true;
  }
  const prefix = root.body.dataset.prefix ?? '';
  let revision = move.revision;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const url = `${prefix}/api/entries/${encodeURIComponent(move.id)}${anyway ? '' : '?strict=true'}`;
    const response = await adminFetch(root, url, { method: 'PATCH', headers: { 'if-match': `"${revision}"` }, body: JSON.stringify(patch) });
    const body = (await response.json().catch(() => ({}))) as RefusalBody & { entry?: StoredEntry; conflicts?: ConflictFinding[] };
    if (response.ok && body.entry) return { kind: 'saved', entry: body.entry, conflicts: body.conflicts ?? [] };
    if (body.code === 'AGORA_CONFLICT_REFUSED') {
      const found = body.conflicts ?? [];
      if (!(await askSaveAnyway(root, `Meanwhile the programme changed: moving "${move.title}" to ${move.toText} now creates a conflict that makes the programme wrong:`, found))) {
        return { kind: 'not-saved', message: `"${move.title}" was not moved.` };
      }
      anyway = true;
      continue;
    }
    if (body.code === 'AGORA_STALE_REVISION' && body.current) {
      const choice = await askAboutTheirs(root, timeZone, move.title, body.theirs ?? null, yourChanges(move.from, patch));
      if (choice === 'keep-theirs') return { kind: 'kept-theirs', message: `Kept the change ${body.theirs?.actorName ?? 'someone else'} made to "${move.title}"; yours was not saved.` };
      revision = body.current.revision;
      // Their change may make yours clash: ask the server again, strictly.
      anyway = false;
      continue;
    }
    return { kind: 'not-saved', message: body.message ?? `"${move.title}" could not be saved (HTTP ${response.status}).` };
  }
  return { kind: 'not-saved', message: `"${move.title}" kept changing while you saved; look at it again.` };
}
