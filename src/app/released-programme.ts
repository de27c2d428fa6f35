/**
 * The programme as readers see it while a conference publishes on release: the programme at a
 * release's revision, each entry carrying the revision that last wrote it as of then and each
 * entry's change count as of then (iCal SEQUENCE), so nothing drafted since shows through.
 */
import type { Programme, StoredEntry } from '../model/programme.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';
import { readProgramme } from './read-programme.ts';

export interface ReleasedProgramme {
  programme: Programme;
  entries: StoredEntry[];
  sequences: Map<string, number>;
}

/**
 * For each entry, the newest change of `revision` or before that wrote it: its own changes, a
 * venue renaming that carried it along, or the last import (which wrote every entry).
 */
async function entryRevisionsAt(store: Store, conferenceId: number, revision: number): Promise<{ lastImport: number; written: Map<string, number> }> {
  const rows = await store.db
    .selectFrom('changes')
    .select(['revision', 'kind', 'entry_id', 'meta'])
    .where('conference_id', '=', conferenceId)
    .where('revision', '<=', revision)
    .where((eb) => eb.or([eb('entry_id', 'is not', null), eb('kind', 'in', ['import', 'venue'])]))
    .orderBy('revision')
    .execute();
  let lastImport = 0;
  const written = new Map<string, number>();
  for (const row of rows) {
    if (row.entry_id !== null) written.set(row.entry_id, row.revision);
    else if (row.kind === 'import') lastImport = row.revision;
    else {
      const renamedIn = (JSON.parse(row.meta) as { renamedIn?: unknown }).renamedIn;
      if (Array.isArray(renamedIn)) for (const id of renamedIn) if (typeof id === 'string') written.set(id, row.revision);
    }
  }
  return { lastImport, written };
}

/**
 * The programme at `revision` as readers of a release are served it.
 *
 * Examples: `await readReleasedProgramme(store, record, release.revision)` gives the programme
 * published by `release`, with the `revision` of each entry and the `sequences` it had then.
 */
export async function readReleasedProgramme(store: Store, record: ConferenceRecord, revision: number): Promise<ReleasedProgramme> {
  const [{ programme }, { lastImport, written }, sequences] = await Promise.all([
    readProgramme(store, record, revision),
    entryRevisionsAt(store, record.id, revision),
    store.entryChangeCounts(record.id, revision),
  ]);
  const entries = programme.entries.map((entry) => ({ ...entry, revision: Math.max(lastImport, written.get(entry.id) ?? 0) || revision }));
  return { programme, entries, sequences };
}
