/** What every `agora` command shares: the database option, output, and turning errors into exits. */
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import type { Actor } from '../app/policy.ts';
import { AgoraError, describeError } from '../errors.ts';
import { openAppStore } from '../app/open-app-store.ts';
import { DEFAULT_DATABASE } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';

export interface StoreOptions {
  db?: string;
  conference?: string;
  json?: boolean;
}

/** Adds `--db`, `--conference` and `--json` to a command that reads or writes the database. */
export function withStoreOptions(command: Command): Command {
  return command
    .option('--db <path|url>', `an SQLite file or a postgres:// URL (or set DATABASE_URL or DATABASE; default ${DEFAULT_DATABASE})`)
    .option('--conference <slug>', 'the conference, when the database holds several')
    .option('--json', 'print machine-readable JSON');
}

/** Opens the store (with the application's commit hooks: a release notifies), runs `work`, and always closes the store. */
export async function withStore<T>(options: StoreOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openAppStore(options.db);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** The command line runs with the database's own rights: whoever can open the file is its admin. */
export function cliActor(): Actor {
  try {
    return { name: `cli:${userInfo().username}`, role: 'admin' };
  } catch {
    return { name: 'cli', role: 'admin' };
  }
}

export function readInputFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    throw new AgoraError('AGORA_BAD_INPUT', `Cannot read ${path}: ${reason}.`, { problems: [{ where: 'file', message: reason }] });
  }
}

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}

/** A commander argument parser for a whole number of at least `min`, naming the option when it is not. */
export function wholeNumber(name: string, min = 0): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`${name} must be a whole number of at least ${min}.`);
    return Number(value);
  };
}

/** Prints an error as a clerk can act on it and sets a failing exit code. */
export function reportError(error: unknown, json: boolean): void {
  process.exitCode = 1;
  if (error instanceof AgoraError) {
    if (json) {
      process.stderr.write(`${JSON.stringify({ error: { code: error.code, message: error.message, problems: error.problems, ...error.details } }, null, 2)}\n`);
    } else {
      process.stderr.write(`agora: ${describeError(error)}\n`);
    }
    return;
  }
  process.stderr.write(`agora: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}
