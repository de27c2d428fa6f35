/**
 * A backup to restore from, whichever kind it is: an SQLite file (SQLite's online backup, or an
 * Agora database file itself) or an Agora backup file (`agora-backup/1`). Told apart by content.
 */
import { open } from 'node:fs/promises';
import { AgoraError } from '../errors.ts';
import type { RowBatch } from './backup-tables.ts';
import { BACKUP_FORMAT, readJsonBackupHeader, readJsonBackupRows } from './backup-file.ts';
import { openSqliteBackup } from './sqlite-backup.ts';

export type BackupKind = 'sqlite' | typeof BACKUP_FORMAT;

export interface BackupSource {
  kind: BackupKind;
  path: string;
  /** The schema version of the database the backup was taken from. */
  schemaVersion: number;
  /** Every row, conferences before the rows that refer to them. */
  batches(): AsyncGenerator<RowBatch>;
  close(): Promise<void>;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

async function firstBytes(path: string, count: number): Promise<string> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    throw new AgoraError('AGORA_BAD_INPUT', `Cannot read the backup ${path}: ${reason}.`, { problems: [{ where: 'file', message: reason }] });
  }
  try {
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await file.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await file.close();
  }
}

/** Opens a backup of either kind, having read what it is and which schema version it holds. */
export async function openBackup(path: string): Promise<BackupSource> {
  const start = await firstBytes(path, SQLITE_MAGIC.length);
  if (start === SQLITE_MAGIC) {
    const backup = await openSqliteBackup(path);
    return { kind: 'sqlite', path, schemaVersion: backup.schemaVersion, batches: () => backup.batches(), close: () => backup.close() };
  }
  if (start.trimStart().startsWith('{')) {
    const header = await readJsonBackupHeader(path);
    return { kind: BACKUP_FORMAT, path, schemaVersion: header.schemaVersion, batches: () => readJsonBackupRows(path), close: async () => {} };
  }
  throw new AgoraError('AGORA_BAD_INPUT', `${path} is neither an SQLite database nor an Agora backup (${BACKUP_FORMAT}), so there is nothing to restore from it.`);
}
