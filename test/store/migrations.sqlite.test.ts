import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { AgoraError } from '../../src/errors.ts';
import { LATEST_SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { openSqliteStore } from '../../src/store/open-store.ts';
import { tempDir } from '../support/temp-store.ts';

test('a new database is created with its folder, in WAL mode, at the latest schema version', async () => {
  const { dir, dispose } = tempDir();
  try {
    const path = join(dir, 'nested', 'agora.db');
    const store = await openSqliteStore(path);
    await store.close();
    const raw = new BetterSqlite3(path);
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal((raw.prepare('select max(version) as v from agora_schema').get() as { v: number }).v, LATEST_SCHEMA_VERSION);
    raw.close();
    // Opening again runs no migration twice.
    await (await openSqliteStore(path)).close();
  } finally {
    dispose();
  }
});

test('a database written by a newer Agora is refused with a message that says so', async () => {
  const { dir, dispose } = tempDir();
  try {
    const path = join(dir, 'agora.db');
    await (await openSqliteStore(path)).close();
    const raw = new BetterSqlite3(path);
    raw.prepare('insert into agora_schema (version, applied_at) values (?, ?)').run(LATEST_SCHEMA_VERSION + 5, new Date().toISOString());
    raw.close();
    await assert.rejects(openSqliteStore(path), (error: unknown) => {
      assert.ok(error instanceof AgoraError);
      assert.equal(error.code, 'AGORA_DATABASE_TOO_NEW');
      assert.match(error.message, new RegExp(`version ${LATEST_SCHEMA_VERSION + 5}.*Upgrade Agora`));
      return true;
    });
  } finally {
    dispose();
  }
});
