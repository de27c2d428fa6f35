import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { backupDatabase, type BackupFormat } from '../../src/app/backup-database.ts';
import { updateEntry } from '../../src/app/entry-commands.ts';
import { importProgramme } from '../../src/app/import-programme.ts';
import { restoreBackup } from '../../src/app/restore-backup.ts';
import { createToken, listTokens, revokeToken } from '../../src/app/tokens.ts';
import { AgoraError } from '../../src/errors.ts';
import { BACKUP_COLUMNS, BACKUP_TABLES, SERVER_TABLES } from '../../src/store/backup-tables.ts';
import { LATEST_SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { sampleProgramme } from '../support/sample-programme.ts';
import { TEST_BACKEND, tempStore, type TempStore } from '../support/temp-store.ts';
import { assertConsistent, assertSameAsAt, startBusyWriter, waitForRevisionAfter } from './support/consistency.ts';
import { emptyDatabase, type EmptyDatabase } from './support/empty-database.ts';
import { testActor } from '../support/test-actor.ts';

let temp: TempStore;
let target: EmptyDatabase;
beforeEach(async () => {
  temp = await tempStore();
  target = await emptyDatabase();
});
afterEach(async () => {
  await temp.dispose();
  await target.dispose();
});

/** The backups this backend can make: SQLite's own file on SQLite, Agora's file on both. */
const FORMATS: BackupFormat[] = TEST_BACKEND === 'sqlite' ? ['sqlite', 'json'] : ['json'];

function integrityOf(path: string): string {
  const raw = new BetterSqlite3(path, { readonly: true });
  try {
    return raw.pragma('integrity_check', { simple: true }) as string;
  } finally {
    raw.close();
  }
}

async function restoredStore() {
  return target.open();
}

describe(`backing up a database in use, and restoring it (${TEST_BACKEND})`, () => {
  for (const format of FORMATS) {
    test(`a ${format} backup taken while another process writes restores to a consistent database: no gap in the change log, no entry ahead of its conference, the programme as it was at the backup's revision`, async () => {
      await importProgramme(temp.store, sampleProgramme(), { actor: testActor('test'), slug: 'cws3' });
      const writer = await startBusyWriter(temp.path, 'cws3');
      let backupRevision: number;
      try {
        await waitForRevisionAfter(temp.store, 'cws3', 10);
        const file = join(target.dir, `backup.${format}`);
        const summary = await backupDatabase(temp.store, file, { format });
        backupRevision = summary.conferences.find((conference) => conference.slug === 'cws3')?.revision ?? 0;
        assert.ok(backupRevision > 10, `the backup holds the writes made before it (revision ${backupRevision})`);
        // The writer was not held up: it commits on after the backup.
        await waitForRevisionAfter(temp.store, 'cws3', backupRevision);
        if (format === 'sqlite') assert.equal(integrityOf(file), 'ok');
        const restored = await restoreBackup(file, target.location);
        assert.deepEqual(restored.conferences, [{ slug: 'cws3', revision: backupRevision }]);
      } finally {
        const written = await writer.stop();
        assert.ok(written > 10);
      }
      const store = await restoredStore();
      try {
        await assertConsistent(store, 'cws3');
        await assertSameAsAt(temp.store, store, 'cws3', backupRevision);
      } finally {
        await store.close();
      }
      if (TEST_BACKEND === 'sqlite') assert.equal(integrityOf(target.location), 'ok');
    });
  }

  test('a restore gives back every conference, change and token with its id, and what is made afterwards gets the next ids', async () => {
    await importProgramme(temp.store, sampleProgramme(), { actor: testActor('test'), slug: 'cws3' });
    const second = await importProgramme(temp.store, sampleProgramme(), { actor: testActor('test'), slug: 'cws4' });
    await updateEntry(temp.store, second.conference, 'dune-law', { title: 'Dunes and the law' }, { actor: testActor('test') });
    await createToken(temp.store, 'editor', 'desk-1');
    await createToken(temp.store, 'display', 'foyer');
    await revokeToken(temp.store, 'foyer');
    const file = join(target.dir, 'backup');
    await backupDatabase(temp.store, file);
    await restoreBackup(file, target.location);
    const store = await restoredStore();
    try {
      assert.deepStrictEqual(await store.listConferences(), await temp.store.listConferences());
      for (const record of await temp.store.listConferences()) {
        assert.deepStrictEqual(await store.changesSince(record.id, 0), await temp.store.changesSince(record.id, 0));
        assert.deepStrictEqual(await store.readProgramme(record.id), await temp.store.readProgramme(record.id));
      }
      assert.deepStrictEqual(await listTokens(store), await listTokens(temp.store));
      const hashes = (s: typeof store) => s.db.selectFrom('api_tokens').select(['id', 'hash']).orderBy('id').execute();
      assert.deepStrictEqual(await hashes(store), await hashes(temp.store));
      const third = await importProgramme(store, sampleProgramme(), { actor: testActor('test'), slug: 'cws5' });
      assert.equal(third.conference.id, 3);
      const token = await createToken(store, 'editor', 'desk-2');
      assert.equal(token.info.id, 3);
    } finally {
      await store.close();
    }
  });

  test('restoring into a database that holds a conference is refused, naming what it holds, and changes nothing', async () => {
    await importProgramme(temp.store, sampleProgramme(), { actor: testActor('test'), slug: 'cws3' });
    const file = join(target.dir, 'backup');
    await backupDatabase(temp.store, file);
    const occupied = await target.open();
    try {
      const { conference } = await importProgramme(occupied, sampleProgramme(), { actor: testActor('test'), slug: 'other' });
      await updateEntry(occupied, conference, 'opening', { title: 'Opening' }, { actor: testActor('test') });
      const before = { conferences: await occupied.listConferences(), changes: await occupied.changesSince(conference.id, 0) };
      await assert.rejects(restoreBackup(file, target.location), (error: unknown) => {
        assert.ok(error instanceof AgoraError);
        assert.equal(error.code, 'AGORA_BAD_INPUT');
        assert.match(error.message, /is not empty: it holds 1 conference \(other\)\. .*Nothing was changed\./);
        return true;
      });
      assert.deepStrictEqual(await occupied.listConferences(), before.conferences);
      assert.deepStrictEqual(await occupied.changesSince(conference.id, 0), before.changes);
      assert.equal(await occupied.findConference('cws3'), null);
    } finally {
      await occupied.close();
    }
  });

  for (const format of FORMATS) {
    test(`a ${format} backup of a newer schema version is refused, and no database is made or changed`, async () => {
      await importProgramme(temp.store, sampleProgramme(), { actor: testActor('test'), slug: 'cws3' });
      const file = join(target.dir, 'backup');
      await backupDatabase(temp.store, file, { format });
      const newer = LATEST_SCHEMA_VERSION + 1;
      if (format === 'sqlite') {
        const raw = new BetterSqlite3(file);
        raw.prepare('insert into agora_schema (version, applied_at) values (?, ?)').run(newer, new Date().toISOString());
        raw.close();
      } else {
        const [header, ...rest] = readFileSync(file, 'utf8').split('\n');
        writeFileSync(file, [JSON.stringify({ ...(JSON.parse(header ?? '') as object), schemaVersion: newer }), ...rest].join('\n'));
      }
      await assert.rejects(restoreBackup(file, target.location), (error: unknown) => {
        assert.ok(error instanceof AgoraError);
        assert.equal(error.code, 'AGORA_DATABASE_TOO_NEW');
        assert.match(error.message, new RegExp(`schema version ${newer}, but this Agora knows versions up to ${LATEST_SCHEMA_VERSION}`));
        return true;
      });
      if (TEST_BACKEND === 'sqlite') assert.equal(existsSync(target.location), false, 'no database file was made');
      else {
        const store = await target.open();
        assert.deepEqual(await store.listConferences(), []);
        await store.close();
      }
    });
  }

  test('an Agora backup file cut short is refused, saying it is incomplete, and the target is left as it was', async () => {
    await importProgramme(temp.store, sampleProgramme(), { actor: testActor('test'), slug: 'cws3' });
    await createToken(temp.store, 'editor', 'desk-1');
    const file = join(target.dir, 'backup.jsonl');
    await backupDatabase(temp.store, file, { format: 'json' });
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(file, `${lines.slice(0, -3).join('\n')}\n`);
    await assert.rejects(restoreBackup(file, target.location), (error: unknown) => {
      assert.ok(error instanceof AgoraError);
      assert.equal(error.code, 'AGORA_BAD_INPUT');
      assert.match(error.message, /without its closing line of counts, so it is incomplete/);
      return true;
    });
    if (TEST_BACKEND === 'sqlite') assert.equal(existsSync(target.location), false, 'the database file made for the restore is removed');
    else {
      const store = await target.open();
      assert.deepEqual(await store.listConferences(), []);
      await store.close();
    }
  });

  test('an Agora backup file whose row does not fit its table is refused by line and column', async () => {
    await importProgramme(temp.store, sampleProgramme(), { actor: testActor('test'), slug: 'cws3' });
    const file = join(target.dir, 'backup.jsonl');
    await backupDatabase(temp.store, file, { format: 'json' });
    const lines = readFileSync(file, 'utf8').split('\n');
    const index = lines.findIndex((line) => line.startsWith('{"table":"entries"'));
    const row = JSON.parse(lines[index] ?? '') as { table: string; row: Record<string, unknown> };
    lines[index] = JSON.stringify({ ...row, row: { ...row.row, revision: 'three' } });
    writeFileSync(file, lines.join('\n'));
    await assert.rejects(restoreBackup(file, target.location), (error: unknown) => {
      assert.ok(error instanceof AgoraError);
      assert.match(error.message, new RegExp(`line ${index + 1}: "revision" of the entries row must be a whole number`));
      return true;
    });
  });

  test('the backup knows every column of every table, and no other', async () => {
    const tables = await temp.store.db.introspection.getTables();
    const actual = Object.fromEntries(tables.filter((table) => table.name !== 'agora_schema' && !SERVER_TABLES.includes(table.name)).map((table) => [table.name, table.columns.map((column) => column.name).sort()]));
    const known = Object.fromEntries(BACKUP_TABLES.map((table) => [table, Object.keys(BACKUP_COLUMNS[table]).sort()]));
    assert.deepEqual(actual, known);
  });
});
