/**
 * The real programme the project is tested against lives in `../shared/fixtures/`, beside the
 * clone, and is never copied into the project. Where that folder is absent (a user's own clone)
 * the tests that need it skip and say so; in CI (`CI=true`) its absence fails the run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SHARED_DIR = resolve(here, '../../../shared');
export const EXAMPLE_PATH = resolve(SHARED_DIR, 'fixtures/cop6-2012-programme.txt');

/**
 * The `skip` option for a test that reads the shared example: a reason to skip, or false.
 * Throws under CI, where a skipped suite would hide a broken run.
 */
export function skipWithoutShared(path = EXAMPLE_PATH): string | false {
  if (existsSync(path)) return false;
  if (process.env.CI === 'true') throw new Error(`CI needs ${path}: ../shared must sit beside the clone`);
  return `${path} is not here (it sits beside the clone in CI), so this test is skipped`;
}

export function readExample(): string {
  return readFileSync(EXAMPLE_PATH, 'utf8');
}
