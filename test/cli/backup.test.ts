import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { moveEntry } from '../../src/app/entry-commands.ts';
import { importProgramme } from '../../src/app/import-programme.ts';
import { createToken } from '../../src/app/tokens.ts';
import { LATEST_SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { openSqliteStore } from '../../src/store/open-store.ts';
import { runCli } from '../support/run-cli.ts';
import { sampleProgramme } from '../support/sample-programme.ts';
import { tempDir } from '../support/temp-store.ts';
import { testActor } from '../support/test-actor.ts';

/** The rows of every table but the schema's own, to see that a refused command changed nothing. */
function snapshot(path: string): Record<string, unknown[]> {
  const raw = new BetterSqlite3(path, { readonly: true });
  try {
    const tables = ['conferences', 'venues', 'notes', 'entries', 'changes', 'releases', 'api_tokens'];
    return Object.fromEntries(tables.map((table) => [table, raw.prepare(`select * from ${table} order by 1, 2`).all()]));
  } finally {
    raw.close();
  }
}

describe('agora backup, agora restore and agora copy', () => {
  let folder: ReturnType<typeof tempDir>;
  let db: string;
  beforeEach(async () => {
    folder = tempDir();
    db = join(folder.dir, 'agora.db');
    const store = await openSqliteStore(db);
    const { conference } = await importProgramme(store, sampleProgramme(), { actor: testActor('test'), slug: 'cws3' });
    await moveEntry(store, conference, 'eel-routes', { venue: 'R2' }, { actor: testActor('test') });
    await createToken(store, 'editor', 'desk-1');
    await store.close();
  });
  afterEach(() => folder.dispose());

  test('a backup restores into a new file with every row; restoring again into it is refused with exit 1 and changes nothing', async () => {
    const backup = join(folder.dir, 'agora.backup.db');
    const made = await runCli(['backup', backup, '--db', db]);
    assert.equal(made.code, 0, made.stderr);
    assert.match(made.stdout, /^Backed up 1 conference \(cws3 at revision 2\) and 1 token from .*agora\.db to .*agora\.backup\.db \(an SQLite file, schema version \d+, \d+ bytes\)\.$/m);
    const restored = join(folder.dir, 'restored.db');
    const first = await runCli(['restore', backup, '--db', restored]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^Restored 1 conference \(cws3 at revision 2\) and 1 token from .* into .*restored\.db\.$/m);
    assert.deepStrictEqual(snapshot(restored), snapshot(db));

    const before = snapshot(restored);
    const modified = statSync(restored).mtimeMs;
    const again = await runCli(['restore', backup, '--db', restored]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /^agora: .*restored\.db is not empty: it holds 1 conference \(cws3\) and 1 token\. .*Nothing was changed\./);
    assert.deepStrictEqual(snapshot(restored), before);
    assert.equal(statSync(restored).mtimeMs, modified);
  });

  test('an Agora backup (--format json) is JSON Lines: a header, a line a row, and the counts last', async () => {
    const backup = join(folder.dir, 'agora.jsonl');
    const made = await runCli(['backup', backup, '--format', 'json', '--db', db, '--json']);
    assert.equal(made.code, 0, made.stderr);
    assert.deepEqual((JSON.parse(made.stdout) as { conferences: unknown }).conferences, [{ slug: 'cws3', revision: 2 }]);
    const lines = readFileSync(backup, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(Object.keys(lines[0] ?? {}), ['format', 'schemaVersion', 'takenAt', 'source', 'tables']);
    assert.equal(lines[0]?.format, 'agora-backup/1');
    assert.equal(lines[0]?.schemaVersion, LATEST_SCHEMA_VERSION);
    assert.deepEqual(lines.at(-1), { end: { conferences: 1, venues: 2, notes: 1, entries: 6, changes: 2, releases: 0, api_tokens: 1 } });
    const changes = lines.filter((line) => line.table === 'changes').map((line) => (line.row as { revision: number; kind: string }));
    assert.deepEqual(changes.map((row) => [row.revision, row.kind]), [[1, 'import'], [2, 'move']]);
  });

  test('a backup of a newer schema is refused with exit 1, and no database file is left behind', async () => {
    const backup = join(folder.dir, 'agora.backup.db');
    assert.equal((await runCli(['backup', backup, '--db', db])).code, 0);
    const raw = new BetterSqlite3(backup);
    raw.prepare('insert into agora_schema (version, applied_at) values (?, ?)').run(LATEST_SCHEMA_VERSION + 1, new Date().toISOString());
    raw.close();
    const restored = join(folder.dir, 'restored.db');
    const result = await runCli(['restore', backup, '--db', restored]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`is of schema version ${LATEST_SCHEMA_VERSION + 1}, but this Agora knows versions up to ${LATEST_SCHEMA_VERSION}`));
    assert.equal(existsSync(restored), false);
  });

  test('a backup does not replace a file that is there unless given --force', async () => {
    const backup = join(folder.dir, 'agora.backup.db');
    writeFileSync(backup, 'yesterday');
    const refused = await runCli(['backup', backup, '--db', db]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /agora\.backup\.db already exists; name another file, or give --force to replace it\./);
    assert.equal(readFileSync(backup, 'utf8'), 'yesterday');
    const forced = await runCli(['backup', backup, '--force', '--db', db]);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(readFileSync(backup).subarray(0, 15).toString(), 'SQLite format 3');
  });

  test('a file that is no backup is refused by name with exit 1', async () => {
    const notes = join(folder.dir, 'notes.txt');
    writeFileSync(notes, 'not a backup');
    const result = await runCli(['restore', notes, '--db', join(folder.dir, 'restored.db')]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /notes\.txt is neither an SQLite database nor an Agora backup \(agora-backup\/1\)/);
  });

  test('copy refuses a conference the target holds with exit 1 and leaves the target as it was', async () => {
    const other = join(folder.dir, 'other.db');
    const copied = await runCli(['copy', '--from', db, '--to', other]);
    assert.equal(copied.code, 0, copied.stderr);
    assert.deepStrictEqual(snapshot(other), snapshot(db));
    const before = snapshot(other);
    const again = await runCli(['copy', '--from', db, '--to', other]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already holds the conference "cws3", so nothing was copied/);
    assert.deepStrictEqual(snapshot(other), before);
    const missing = await runCli(['copy', '--from', db, '--to', other, '--conference', 'nope']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /has no conference "nope"; it holds "cws3"/);
  });
});
