import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { syntheticProgramme } from '../../bench/synthetic-programme.ts';
import { writeProgrammeJson } from '../../src/formats/json/index.ts';
import { AGORA_BIN } from '../support/run-cli.ts';
import { tempDir } from '../support/temp-store.ts';

const ENTRIES = 20_000;

/** The number of conferences and entries in the file, and whether SQLite finds it intact. */
function inspect(path: string): { conferences: number; entries: number; changes: number; integrity: string } {
  const db = new BetterSqlite3(path);
  try {
    const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return {
      conferences: count('conferences'),
      entries: count('entries'),
      changes: count('changes'),
      integrity: db.pragma('integrity_check', { simple: true }) as string,
    };
  } finally {
    db.close();
  }
}

test('an import killed with SIGKILL half-way leaves all of the import or none of it', { timeout: 120_000 }, async () => {
  const { dir, dispose } = tempDir();
  try {
    const source = join(dir, 'big.json');
    writeFileSync(source, writeProgrammeJson(syntheticProgramme(ENTRIES, 7)));
    const db = join(dir, 'agora.db');
    const wal = `${db}-wal`;
    const child = spawn(process.execPath, [AGORA_BIN, 'import', source, '--db', db], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Rows being written show as a growing write-ahead log; kill once a good part of the import is in it.
    const deadline = Date.now() + 60_000;
    let killedMidway = false;
    while (Date.now() < deadline && child.exitCode === null) {
      if (existsSync(wal) && statSync(wal).size > 1_500_000) {
        child.kill('SIGKILL');
        killedMidway = true;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const signal = await exited;
    assert.ok(killedMidway && signal === 'SIGKILL', 'the import was killed while it was writing');
    const after = inspect(db);
    assert.equal(after.integrity, 'ok');
    const state = { conferences: after.conferences, entries: after.entries, changes: after.changes };
    const none = { conferences: 0, entries: 0, changes: 0 };
    const all = { conferences: 1, entries: ENTRIES, changes: 1 };
    assert.ok(
      JSON.stringify(state) === JSON.stringify(none) || JSON.stringify(state) === JSON.stringify(all),
      `all of the import or none of it, found ${JSON.stringify(state)}`,
    );
    if (state.entries === ENTRIES) return; // the kill came after the commit: nothing left to import

    // The same import, left to finish, writes all of it.
    const finished = spawn(process.execPath, [AGORA_BIN, 'import', source, '--db', db], { stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => finished.on('exit', resolve));
    assert.equal(code, 0);
    const complete = inspect(db);
    assert.deepEqual(complete, { conferences: 1, entries: ENTRIES, changes: 1, integrity: 'ok' });
  } finally {
    dispose();
  }
});
