/**
 * Moving data between SQLite and PostgreSQL. Needs both, so it runs in the PostgreSQL suite
 * (npm run test:pg) and skips, saying so, in the SQLite one.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { backupDatabase } from '../../src/app/backup-database.ts';
import { moveEntry, updateEntry } from '../../src/app/entry-commands.ts';
import { importProgramme } from '../../src/app/import-programme.ts';
import { restoreBackup } from '../../src/app/restore-backup.ts';
import { createToken, revokeToken } from '../../src/app/tokens.ts';
import { openPostgresStore, openSqliteStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import { runCli } from '../support/run-cli.ts';
import { sampleProgramme } from '../support/sample-programme.ts';
import { TEST_BACKEND, tempDir, tempPostgresDatabase } from '../support/temp-store.ts';
import { testActor } from '../support/test-actor.ts';

const skip = TEST_BACKEND === 'postgres' ? false : 'moves data to and from PostgreSQL: runs under npm run test:pg';

/** Everything a database holds, ids included, as the store reads it. */
async function contents(store: Store) {
  const conferences = await store.listConferences();
  return {
    conferences,
    programmes: await Promise.all(conferences.map((record) => store.readProgramme(record.id))),
    changes: await Promise.all(conferences.map((record) => store.changesSince(record.id, 0))),
    tokens: await store.db.selectFrom('api_tokens').selectAll().orderBy('id').execute(),
  };
}

/** Two conferences with changes after their imports, and a live and a revoked token. */
async function fill(store: Store): Promise<void> {
  const { conference } = await importProgramme(store, sampleProgramme(), { actor: testActor('test'), slug: 'cws3' });
  await moveEntry(store, conference, 'eel-routes', { venue: 'R2', start: '16:00' }, { actor: testActor('test:clerk') });
  await updateEntry(store, conference, 'dune-law', { description: 'Coastal dunes: law and practice ("what works").' }, { actor: testActor('test:clerk') });
  const other = await importProgramme(store, sampleProgramme(), { actor: testActor('test'), slug: 'cws4' });
  await updateEntry(store, other.conference, 'opening', { title: 'Opening of the fourth session' }, { actor: testActor('test') });
  await createToken(store, 'editor', 'desk-1');
  await createToken(store, 'display', 'foyer');
  await revokeToken(store, 'foyer');
}

describe('moving conferences between SQLite and PostgreSQL', { skip }, () => {
  let folder: ReturnType<typeof tempDir>;
  let pg: Awaited<ReturnType<typeof tempPostgresDatabase>>;
  beforeEach(async () => {
    folder = tempDir();
    pg = await tempPostgresDatabase();
  });
  afterEach(async () => {
    await pg.drop();
    folder.dispose();
  });

  test('agora copy SQLite → PostgreSQL → SQLite gives back the same conferences, programmes, change logs and tokens', async () => {
    const first = join(folder.dir, 'first.db');
    const last = join(folder.dir, 'last.db');
    const source = await openSqliteStore(first);
    await fill(source);
    const before = await contents(source);
    await source.close();

    const there = await runCli(['copy', '--from', first, '--to', pg.url]);
    assert.equal(there.code, 0, there.stderr);
    assert.match(there.stdout, /^Copied 2 conferences \(cws3 at revision 3, cws4 at revision 2\) and 2 tokens from .*first\.db to postgres:\/\/.*, with 5 changes\.$/m);
    const back = await runCli(['copy', '--from', pg.url, '--to', last]);
    assert.equal(back.code, 0, back.stderr);

    const middle = await openPostgresStore(pg.url);
    const end = await openSqliteStore(last);
    try {
      assert.deepStrictEqual(await contents(middle), before);
      assert.deepStrictEqual(await contents(end), before);
      // PostgreSQL's id sequences went on as the rows arrived: the next conference is the third.
      const third = await importProgramme(middle, sampleProgramme(), { actor: testActor('test'), slug: 'cws5' });
      assert.equal(third.conference.id, 3);
    } finally {
      await middle.close();
      await end.close();
    }
  });

  test('agora copy refuses a conference PostgreSQL already holds, exits 1 and leaves it as it was', async () => {
    const first = join(folder.dir, 'first.db');
    const source = await openSqliteStore(first);
    await fill(source);
    await source.close();
    const target = await openPostgresStore(pg.url);
    try {
      await importProgramme(target, sampleProgramme(), { actor: testActor('test'), slug: 'cws4' });
      const before = await contents(target);
      const result = await runCli(['copy', '--from', first, '--to', pg.url]);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /already holds the conference "cws4", so nothing was copied/);
      assert.deepStrictEqual(await contents(target), before);
      const chosen = await runCli(['copy', '--from', first, '--to', pg.url, '--conference', 'cws3', '--no-tokens']);
      assert.equal(chosen.code, 0, chosen.stderr);
      assert.deepEqual((await target.listConferences()).map((record) => [record.id, record.slug]), [[1, 'cws4'], [2, 'cws3']]);
      assert.equal((await contents(target)).tokens.length, 0);
    } finally {
      await target.close();
    }
  });

  test('an SQLite backup restores into PostgreSQL and an Agora backup of that into SQLite, ids, changes and tokens as they were', async () => {
    const first = join(folder.dir, 'first.db');
    const source = await openSqliteStore(first);
    await fill(source);
    const before = await contents(source);
    const sqliteBackup = join(folder.dir, 'first.backup.db');
    await backupDatabase(source, sqliteBackup);
    await source.close();

    const restored = await restoreBackup(sqliteBackup, pg.url);
    assert.equal(restored.kind, 'sqlite');
    const middle = await openPostgresStore(pg.url);
    try {
      assert.deepStrictEqual(await contents(middle), before);
      const jsonBackup = join(folder.dir, 'middle.jsonl');
      const summary = await backupDatabase(middle, jsonBackup);
      assert.equal(summary.kind, 'agora-backup/1');
      await restoreBackup(jsonBackup, join(folder.dir, 'last.db'));
      // Restored ids are taken: PostgreSQL hands out the next ones.
      assert.equal((await importProgramme(middle, sampleProgramme(), { actor: testActor('test'), slug: 'cws5' })).conference.id, 3);
      assert.equal((await createToken(middle, 'editor', 'desk-2')).info.id, 3);
    } finally {
      await middle.close();
    }
    const end = await openSqliteStore(join(folder.dir, 'last.db'));
    try {
      assert.deepStrictEqual(await contents(end), before);
    } finally {
      await end.close();
    }
  });
});
