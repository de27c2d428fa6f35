/**
 * Backing up a database while it is in use: SQLite's online backup of an SQLite database, or an
 * Agora backup file (`agora-backup/1`) read in one snapshot of either database.
 */
import { existsSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { AgoraError } from '../errors.ts';
import { BACKUP_FORMAT, writeJsonBackup, type BackupHeader } from '../store/backup-file.ts';
import type { BackupKind } from '../store/backup-source.ts';
import { BACKUP_TABLES, type RowBatch } from '../store/backup-tables.ts';
import { inSnapshot, readSchemaVersion, readTables } from '../store/read-tables.ts';
import { backupSqliteStore, describeSqliteBackup } from '../store/sqlite-backup.ts';
import type { Store } from '../store/store.ts';
import type { WrittenConference } from '../store/write-tables.ts';

/** `sqlite`: a copy of the SQLite file; `json`: an Agora backup file, from either database. */
export type BackupFormat = 'sqlite' | 'json';

export interface BackupOptions {
  /** Default: `sqlite` for an SQLite database, `json` for PostgreSQL. */
  format?: BackupFormat;
  /** Replace a file that is already there. */
  overwrite?: boolean;
}

export interface BackupSummary {
  file: string;
  kind: BackupKind;
  schemaVersion: number;
  /** Each conference at the revision the backup holds. */
  conferences: WrittenConference[];
  tokens: number;
  bytes: number;
}

/**
 * Writes a backup of the whole database to `file`: every conference with its full change log,
 * its releases, and the API tokens. Other processes may go on writing meanwhile; the backup holds
 * one moment of the database. The file appears only when it is complete.
 *
 * Examples: `backupDatabase(store, 'agora-2031-05-12.db')` on SQLite;
 * `backupDatabase(store, 'agora.backup.jsonl')` on PostgreSQL.
 */
export async function backupDatabase(store: Store, file: string, options: BackupOptions = {}): Promise<BackupSummary> {
  const format = options.format ?? (store.flavour === 'sqlite' ? 'sqlite' : 'json');
  const target = resolve(file);
  if (format === 'sqlite' && store.flavour !== 'sqlite') {
    throw new AgoraError('AGORA_BAD_INPUT', `${store.location} is a PostgreSQL database, which has no SQLite backup; make an Agora backup with --format json.`, {
      problems: [{ where: '--format', message: 'sqlite needs an SQLite database' }],
    });
  }
  if (target === store.location) {
    throw new AgoraError('AGORA_BAD_INPUT', `${file} is the database itself; write the backup to another file.`, { problems: [{ where: 'file', message: 'is the database' }] });
  }
  if (!existsSync(dirname(target))) {
    throw new AgoraError('AGORA_BAD_INPUT', `Cannot write the backup ${file}: the folder ${dirname(target)} does not exist.`, { problems: [{ where: 'file', message: 'no such folder' }] });
  }
  if (!options.overwrite && existsSync(target)) {
    throw new AgoraError('AGORA_BAD_INPUT', `${file} already exists; name another file, or give --force to replace it.`, { problems: [{ where: 'file', message: 'exists' }] });
  }
  const partial = `${target}.partial-${process.pid}`;
  try {
    const summary = format === 'sqlite' ? await sqliteBackup(store, partial) : await agoraBackup(store, partial);
    const { size } = await stat(partial);
    await rename(partial, target);
    return { ...summary, file: target, bytes: size };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

type Contents = Omit<BackupSummary, 'file' | 'bytes'>;

async function sqliteBackup(store: Store, partial: string): Promise<Contents> {
  await backupSqliteStore(store, partial);
  return { kind: 'sqlite', ...describeSqliteBackup(partial) };
}

function agoraBackup(store: Store, partial: string): Promise<Contents> {
  return inSnapshot(store.db, async (trx) => {
    const schemaVersion = await readSchemaVersion(trx);
    const header: BackupHeader = { format: BACKUP_FORMAT, schemaVersion, takenAt: new Date().toISOString(), source: store.flavour, tables: [...BACKUP_TABLES] };
    const conferences: WrittenConference[] = [];
    const counts = await writeJsonBackup(partial, header, noting(readTables(trx), (batch) => {
      if (batch.table === 'conferences') conferences.push(...batch.rows.map((row) => ({ slug: row.slug, revision: row.revision })));
    }));
    return { kind: BACKUP_FORMAT, schemaVersion, conferences, tokens: counts.api_tokens };
  });
}

async function* noting(batches: AsyncIterable<RowBatch>, note: (batch: RowBatch) => void): AsyncGenerator<RowBatch> {
  for await (const batch of batches) {
    note(batch);
    yield batch;
  }
}
