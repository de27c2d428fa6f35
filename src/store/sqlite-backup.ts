/**
 * SQLite's own backup: a copy of the database file taken through SQLite's online backup API
 * while other processes go on writing, and reading such a copy back table by table.
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { AgoraError } from '../errors.ts';
import { BACKUP_TABLES, type BackupTableName, type RowBatch } from './backup-tables.ts';
import { sqliteHandle } from './open-store.ts';
import { readSchemaVersion, readTables, type ReadTablesOptions } from './read-tables.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';

/** The most pages better-sqlite3 lets one backup step copy. */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies the store's SQLite database to `file` (which must not exist) with SQLite's online
 * backup, then gives the copy a rollback journal so that it is one self-contained file.
 *
 * The copy is made in one backup step. SQLite restarts a backup that another connection writes
 * to between steps, so under a steady stream of writes a backup made in small steps might never
 * finish; one step reads one snapshot, and in WAL mode writers carry on meanwhile.
 */
export async function backupSqliteStore(store: Store, file: string): Promise<void> {
  const handle = sqliteHandle(store);
  if (handle === null) throw new AgoraError('AGORA_BAD_INPUT', `${store.location} is not an SQLite database, so it has no SQLite backup; make an Agora backup (--format json).`);
  await handle.backup(file, { progress: () => ALL_PAGES });
  const copy = new BetterSqlite3(file);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export interface SqliteBackup {
  schemaVersion: number;
  /** Every row, in backup order, read in one read transaction. */
  batches(options?: ReadTablesOptions): AsyncGenerator<RowBatch>;
  close(): Promise<void>;
}

/** Opens an SQLite file made by {@link backupSqliteStore} (or any Agora database file) read-only. */
export async function openSqliteBackup(path: string): Promise<SqliteBackup> {
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new AgoraError('AGORA_BAD_INPUT', `Cannot open the backup ${path}: ${(error as Error).message}`);
  }
  const tables = new Set(
    (raw.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((row) => row.name),
  );
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  if (!tables.has('agora_schema') || !tables.has('conferences')) {
    await db.destroy();
    throw new AgoraError('AGORA_BAD_INPUT', `${path} is an SQLite database, but not one of Agora's: it has no agora_schema and conferences tables.`);
  }
  const schemaVersion = await readSchemaVersion(db);
  const absent = new Set<BackupTableName>(BACKUP_TABLES.filter((table) => !tables.has(table)));
  return {
    schemaVersion,
    async *batches(options = {}) {
      // One read transaction on the file's only connection: every page reads the same moment.
      raw.exec('begin');
      try {
        yield* readTables(db, { ...options, absent });
      } finally {
        raw.exec('commit');
      }
    },
    close: () => db.destroy(),
  };
}

/** What an SQLite backup holds, read without going through every row. */
export function describeSqliteBackup(path: string): { schemaVersion: number; conferences: { slug: string; revision: number }[]; tokens: number } {
  const raw = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const version = raw.prepare('select max(version) as version from agora_schema').get() as { version: number | null };
    const conferences = raw.prepare('select slug, revision from conferences order by id').all() as { slug: string; revision: number }[];
    const tokens = raw.prepare('select count(*) as count from api_tokens').get() as { count: number };
    return { schemaVersion: version.version ?? 0, conferences, tokens: tokens.count };
  } finally {
    raw.close();
  }
}
