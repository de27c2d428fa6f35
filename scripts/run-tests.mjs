#!/usr/bin/env node
// Runs Agora's test files with node's test runner through tsx (node 20's runner takes no globs).
//   node scripts/run-tests.mjs node      the tests that need only Node, on SQLite (npm test)
//   node scripts/run-tests.mjs pg        the store, app and HTTP tests again on PostgreSQL (npm run test:pg)
//   node scripts/run-tests.mjs browser   the tests in real Chromium (npm run test:browser)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const suite = process.argv[2] ?? 'node';

function collect(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    return item.isDirectory() ? collect(path) : [path];
  });
}

const all = collect('test').filter((file) => file.endsWith('.test.ts')).sort();
const isBrowser = (file) => file.endsWith('.browser.test.ts');
/** SQLite-only tests (they open the file with better-sqlite3 themselves) say so in their name. */
const isSqliteOnly = (file) => file.endsWith('.sqlite.test.ts');
/** PostgreSQL-only tests (several instances on one database, NOTIFY) say so in their name. */
const isPostgresOnly = (file) => file.endsWith('.pg.test.ts');
/** What runs on both databases: the store, the app layer and everything over HTTP. */
const onBothDatabases = (file) =>
  /^test\/(store|app|http|web)\//.test(file) && !isBrowser(file) && !isSqliteOnly(file) && !isPostgresOnly(file);

const suites = {
  node: { files: all.filter((file) => !isBrowser(file) && !isPostgresOnly(file)), env: {} },
  pg: { files: all.filter((file) => onBothDatabases(file) || isPostgresOnly(file)), env: { AGORA_TEST_BACKEND: 'postgres' } },
  browser: { files: all.filter(isBrowser), env: {} },
};
const chosen = suites[suite];
if (chosen === undefined) {
  console.error(`run-tests: unknown suite "${suite}"; use ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
if (chosen.files.length === 0) {
  console.error(`run-tests: no ${suite} test files under test/`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...chosen.files], {
  stdio: 'inherit',
  env: { ...process.env, ...chosen.env },
});
process.exit(result.status ?? 1);
