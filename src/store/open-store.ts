/**
 * Opens the database a location names and brings its schema up to date: an SQLite file path,
 * or a `postgres://` URL.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { AgoraError } from '../errors.ts';
import { migrate } from './migrations.ts';
import type { Database } from './schema.ts';
import { Store } from './store.ts';

export const DEFAULT_DATABASE = './data/agora.db';

/** How long a writer waits for another process's write to finish before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

/** The better-sqlite3 handle under each SQLite store, for what Kysely cannot do (the online backup). */
const sqliteHandles = new WeakMap<Store, BetterSqlite3.Database>();

/** The raw better-sqlite3 handle of a store opened here on SQLite; null for PostgreSQL. */
export function sqliteHandle(store: Store): BetterSqlite3.Database | null {
  return sqliteHandles.get(store) ?? null;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unreadable URL)';
  }
}

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
  const store = new Store(db, 'sqlite', file);
  sqliteHandles.set(store, database);
  return finishOpening(store);
}

/** Opens a PostgreSQL database: a pool for queries, and a client of its own for LISTEN. */
export async function openPostgresStore(url: string): Promise<Store> {
  const where = redactUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw new AgoraError('AGORA_NO_DATABASE', `Cannot connect to ${where}: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return finishOpening(new Store(db, 'postgres', where, url));
}

async function finishOpening(store: Store): Promise<Store> {
  try {
    await migrate(store.db, store.flavour, store.location);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** The database a `--db` value names, else DATABASE_URL or DATABASE, else ./data/agora.db. */
export function databaseLocation(location?: string): string {
  return location ?? process.env.DATABASE_URL ?? process.env.DATABASE ?? DEFAULT_DATABASE;
}

/** Opens the store a `--db` value names, else DATABASE_URL or DATABASE, else ./data/agora.db. */
export function openStore(location?: string): Promise<Store> {
  const chosen = databaseLocation(location);
  return isPostgresUrl(chosen) ? openPostgresStore(chosen) : openSqliteStore(chosen);
}
