/**
 * Importing from the browser in two steps: a preview that reads the uploaded text and says what
 * it would create or replace (or every problem, by line), writing nothing; then a confirmation
 * that reads the same text again and imports it in one commit.
 *
 * The confirmation names the revision the preview was made against, so a programme changed in
 * between is not replaced unseen: the clerk previews again.
 */
import { AgoraError } from '../errors.ts';
import { entryFieldChanges } from '../model/entry-diff.ts';
import { entryLabel, type Entry, type Programme } from '../model/programme.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';
import { importProgramme, type ImportResult } from './import-programme.ts';
import { requireMay, type Actor } from './policy.ts';
import { readProgrammeSource, type SourceFormat } from './read-source.ts';
import { summarise, type ProgrammeSummary } from './summary.ts';

/** How an import would change the programme there is now, entry by entry (matched by id). */
export interface ReplaceCounts {
  added: string[];
  removed: string[];
  changed: string[];
  unchanged: number;
}

export interface ImportPreview {
  format: SourceFormat;
  summary: ProgrammeSummary;
  /** Against the current programme; null when the import creates the conference. */
  replace: ReplaceCounts | null;
  /** The conference's revision the preview was made against (0 for a new one). */
  revision: number;
}

/** The largest text the browser import takes; a programme of a week is far smaller. */
export const MAX_IMPORT_CHARS = 4_000_000;

function readUpload(text: string, name: string): { programme: Programme; format: SourceFormat } {
  if (text.trim() === '') {
    throw new AgoraError('AGORA_BAD_INPUT', 'There is nothing to import: choose a file or paste the programme.', { problems: [{ where: 'text', message: 'empty' }] });
  }
  if (text.length > MAX_IMPORT_CHARS) {
    throw new AgoraError('AGORA_BAD_INPUT', `The programme is too long to import from the browser (over ${MAX_IMPORT_CHARS} characters); use agora import.`, {
      problems: [{ where: 'text', message: 'too long' }],
    });
  }
  return readProgrammeSource(text, name);
}

function compareEntries(current: readonly Entry[], next: readonly Entry[]): ReplaceCounts {
  const before = new Map(current.map((entry) => [entry.id, entry]));
  const after = new Set(next.map((entry) => entry.id));
  const counts: ReplaceCounts = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const entry of next) {
    const old = before.get(entry.id);
    if (!old) counts.added.push(entryLabel(entry));
    else if (entryFieldChanges(old, entry).length > 0) counts.changed.push(entryLabel(entry));
    else counts.unchanged += 1;
  }
  for (const entry of current) if (!after.has(entry.id)) counts.removed.push(entryLabel(entry));
  return counts;
}

/**
 * What importing `text` into `record` (or into a new conference when null) would do; an
 * AgoraError naming each problem (`line 34`, `/entries/3/start`) when it cannot be read.
 * Writes nothing.
 *
 * Examples: `await previewImport(store, record, actor, text, 'programme.txt')` →
 * `{ format: 'text', summary, replace: { added: [...], removed: [], changed: [...], unchanged: 40 }, revision: 12 }`.
 */
export async function previewImport(store: Store, record: ConferenceRecord | null, actor: Actor, text: string, name = 'The programme'): Promise<ImportPreview> {
  requireMay(actor, 'import-programme');
  const { programme, format } = readUpload(text, name);
  if (record === null) return { format, summary: summarise(programme), replace: null, revision: 0 };
  const now = await store.readProgramme(record.id);
  return { format, summary: summarise(programme), replace: compareEntries(now.programme.entries, programme.entries), revision: now.record.revision };
}

/**
 * Imports `text` as previewed: it replaces the programme of `record` (or creates a conference
 * when null), refused when the programme changed after the preview at `previewedRevision`.
 */
export async function confirmImport(
  store: Store,
  record: ConferenceRecord | null,
  actor: Actor,
  text: string,
  previewedRevision: number,
  name = 'The programme',
): Promise<ImportResult> {
  requireMay(actor, 'import-programme');
  const { programme } = readUpload(text, name);
  if (record !== null) {
    // The previewed revision is compared inside the import's commit, so an edit cannot slip in between.
    return importProgramme(store, programme, { actor, slug: record.slug, replace: true, expectedRevision: previewedRevision });
  }
  return importProgramme(store, programme, { actor });
}
