#!/usr/bin/env node
// Runs Agora's test files with node's test runner through tsx (node 20's runner takes no globs).
// Usage: node scripts/run-tests.mjs [node|pg|browser]   (default: node, the tests that need only Node)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const suite = process.argv[2] ?? 'node';
const suffix = { node: '.test.ts', pg: '.pg.test.ts', browser: '.browser.test.ts' }[suite];
if (suffix === undefined) {
  console.error(`run-tests: unknown suite "${suite}"; use node, pg or browser`);
  process.exit(2);
}

function collect(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    return item.isDirectory() ? collect(path) : [path];
  });
}

const files = collect('test')
  .filter((file) => file.endsWith(suffix))
  .filter((file) => suite !== 'node' || !(file.endsWith('.pg.test.ts') || file.endsWith('.browser.test.ts')))
  .sort();
if (files.length === 0) {
  console.error(`run-tests: no ${suite} test files under test/`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
