/** Opens the database a location names and brings its schema up to date. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { AgoraError } from '../errors.ts';
import { migrate } from './migrations.ts';
import type { Database } from './schema.ts';
import { Store } from './store.ts';

export const DEFAULT_DATABASE = './data/agora.db';

/** How long a writer waits for another process's write to finish before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * Opens an SQLite file (created with its folder when missing): WAL journal, foreign keys on,
 * and a busy timeout so that the CLI and a server can write to the same file.
 */
export async function openSqliteStore(path: string): Promise<Store> {
  const file = resolve(path);
  let database: BetterSqlite3.Database;
  try {
    mkdirSync(dirname(file), { recursive: true });
    database = new BetterSqlite3(file);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    database.pragma('synchronous = NORMAL');
  } catch (error) {
    throw new AgoraError('AGORA_NO_DATABASE', `Cannot open the database ${file}: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  try {
    await migrate(db, 'sqlite', file);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new Store(db, 'sqlite', file);
}

/** Opens the store a `--db` value or `DATABASE` names: an SQLite file path. */
export function openStore(location: string = process.env.DATABASE ?? DEFAULT_DATABASE): Promise<Store> {
  return openSqliteStore(location);
}
