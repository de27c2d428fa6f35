/**
 * What a release page costs: every changelog of a conference rebuilt from the change log
 * (`/changes`, the feeds and `/api/releases` ask for them), against reading the programme as it
 * is now, the baseline measured in the same run; and the changelogs once kept in memory.
 *
 * A synthetic programme of --entries entries is imported into an SQLite file, then --releases
 * releases are published, each after moving --moves side events.
 *
 *   npx tsx bench/releases.ts [--entries 2000] [--releases 10] [--moves 20] [--runs 9]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { moveEntry } from '../src/app/entry-commands.ts';
import { importProgramme } from '../src/app/import-programme.ts';
import { programmesAt } from '../src/app/read-programme.ts';
import { publishRelease, releasesWithChangelogs } from '../src/app/releases.ts';
import { compareProgrammes } from '../src/model/changelog.ts';
import { openSqliteStore } from '../src/store/open-store.ts';
import { median } from './support/processes.ts';
import { syntheticProgramme } from './synthetic-programme.ts';

const { values } = parseArgs({
  options: { entries: { type: 'string', default: '2000' }, releases: { type: 'string', default: '10' }, moves: { type: 'string', default: '20' }, runs: { type: 'string', default: '9' } },
});
const entries = Number(values.entries);
const releases = Number(values.releases);
const moves = Number(values.moves);
const runs = Number(values.runs);

const dir = mkdtempSync(join(tmpdir(), 'agora-bench-releases-'));
const store = await openSqliteStore(join(dir, 'agora.db'));
try {
  const actor = { name: 'bench', role: 'admin' as const };
  const programme = syntheticProgramme(entries);
  const { conference: record } = await importProgramme(store, programme, { actor, slug: 'bench' });
  const movable = programme.entries.filter((entry) => entry.kind === 'side-event' && entry.start !== null);
  for (let release = 0; release < releases; release += 1) {
    for (const entry of movable.slice(release * moves, (release + 1) * moves)) {
      await moveEntry(store, record, entry.id, { venue: entry.venue, start: entry.start === '08:00' ? '08:15' : '08:00' }, { actor });
    }
    await publishRelease(store, record, actor, { name: `Update ${release + 1}` });
  }
  const revisions = (await store.listReleases(record.id)).map((release) => release.revision);

  const time = async (work: () => Promise<unknown>): Promise<number> => {
    const start = performance.now();
    await work();
    return performance.now() - start;
  };
  const read: number[] = [];
  const rebuilt: number[] = [];
  const kept: number[] = [];
  await releasesWithChangelogs(store, record);
  for (let run = 0; run < runs; run += 1) {
    read.push(await time(() => store.readProgramme(record.id)));
    rebuilt.push(
      await time(async () => {
        const at = await programmesAt(store, record, revisions);
        for (let index = 1; index < revisions.length; index += 1) compareProgrammes(at.get(revisions[index - 1] as number) ?? null, at.get(revisions[index] as number)!);
      }),
    );
    kept.push(await time(() => releasesWithChangelogs(store, record)));
  }
  const changes = (await store.changesSince(record.id, 0)).length;
  const baseline = median(read);
  console.log(`${entries} entries, ${releases} releases, ${changes} changes; median of ${runs} runs`);
  console.log(`read the programme now (baseline)   ${baseline.toFixed(1)} ms`);
  console.log(`rebuild every changelog             ${median(rebuilt).toFixed(1)} ms   ratio ${(median(rebuilt) / baseline).toFixed(1)}`);
  console.log(`changelogs kept in memory           ${median(kept).toFixed(1)} ms   ratio ${(median(kept) / baseline).toFixed(2)}`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
