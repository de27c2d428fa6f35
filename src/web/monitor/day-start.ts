/**
 * Where each entry that changed today was at the start of the day, read from the change log, so
 * that a monitor switched on at noon still says "Moved to M7 (was M3)".
 */
import type { Temporal } from 'temporal-polyfill';
import type { Snapshot } from '../../app/programme-cache.ts';
import { readProgramme } from '../../app/read-programme.ts';
import type { Entry } from '../../model/programme.ts';
import type { Change } from '../../store/change.ts';
import type { Store } from '../../store/store.ts';
import { placementOf, type DayStart } from './monitor-model.ts';

/** How many changes to read back at first; doubled until the day's first change is reached. */
const FIRST_READ = 64;

function committedAt(change: Change): number {
  return Date.parse(change.at);
}

/**
 * The changes of revision `revision` and before that were committed at or after `since`,
 * oldest first. Reads back from the newest in growing steps, so a long log is not read whole.
 */
async function changesFrom(store: Store, conferenceId: number, revision: number, since: number): Promise<Change[]> {
  for (let step = FIRST_READ; ; step *= 2) {
    const from = Math.max(0, revision - step);
    const changes = (await store.changesSince(conferenceId, from)).filter((change) => change.revision <= revision);
    const first = changes[0];
    if (from === 0 || first === undefined || committedAt(first) < since) return changes.filter((change) => committedAt(change) >= since);
  }
}

/**
 * For every entry changed since `since`: its placement before its first change in that time, or
 * null when it was added then. An import replaces the whole programme, so the day starts again
 * after the last one: a re-imported programme is today's programme as printed.
 */
export async function readDayStart(store: Store, conferenceId: number, revision: number, since: Temporal.Instant): Promise<DayStart[]> {
  const changes = await changesFrom(store, conferenceId, revision, since.epochMilliseconds);
  let afterImport = 0;
  changes.forEach((change, index) => {
    if (change.kind === 'import') afterImport = index + 1;
  });
  const dayStart = new Map<string, DayStart>();
  for (const change of changes.slice(afterImport)) {
    if (change.entryId === null || dayStart.has(change.entryId)) continue;
    const before = change.before as Entry | null;
    dayStart.set(change.entryId, { id: change.entryId, was: before === null ? null : placementOf(before) });
  }
  return [...dayStart.values()];
}

/**
 * The same for a conference that publishes on release: readers saw the day start with the newest
 * release published before it, so each entry placed otherwise now is flagged with its placement
 * then (null: not in it). Drafts in between were never public and are never named. Where the
 * first release was made today, the day starts with it: the programme as first published, as
 * after an import.
 */
export async function readReleasedDayStart(store: Store, snapshot: Snapshot, since: Temporal.Instant): Promise<DayStart[]> {
  const releases = (await store.listReleases(snapshot.record.id)).filter((release) => release.revision <= snapshot.revision);
  const start = releases.filter((release) => Date.parse(release.at) < since.epochMilliseconds).at(-1) ?? releases[0];
  if (!start || start.revision === snapshot.revision) return [];
  const { programme } = await readProgramme(store, snapshot.record, start.revision);
  const then = new Map(programme.entries.map((entry) => [entry.id, placementOf(entry)]));
  const dayStart: DayStart[] = [];
  for (const entry of snapshot.programme.entries) {
    const was = then.get(entry.id) ?? null;
    if (was === null || JSON.stringify(was) !== JSON.stringify(placementOf(entry))) dayStart.push({ id: entry.id, was });
  }
  return dayStart;
}

const memo = new WeakMap<Snapshot, Map<string, Promise<DayStart[]>>>();

/**
 * {@link readDayStart} once per revision and day: the programme cache hands out a new snapshot
 * for each revision, so what is kept here goes when the revision it was read for does.
 */
export function dayStartOf(store: Store, snapshot: Snapshot, since: Temporal.Instant): Promise<DayStart[]> {
  let byDay = memo.get(snapshot);
  if (!byDay) memo.set(snapshot, (byDay = new Map()));
  const key = since.toString();
  let found = byDay.get(key);
  if (!found) {
    // Before the first release nothing is public, so nothing changed for readers.
    if (snapshot.released) found = snapshot.published ? readReleasedDayStart(store, snapshot, since) : Promise.resolve([]);
    else found = readDayStart(store, snapshot.record.id, snapshot.revision, since);
    found.catch(() => byDay.delete(key));
    byDay.set(key, found);
  }
  return found;
}
