/** Restoring a backup of either kind into an empty database of either kind. */
import { AgoraError } from '../errors.ts';
import { openBackup, type BackupKind } from '../store/backup-source.ts';
import { LATEST_SCHEMA_VERSION } from '../store/migrations.ts';
import { restoreTables, type WriteSummary } from '../store/write-tables.ts';
import { intoDatabase } from './database-target.ts';

export interface RestoreSummary extends WriteSummary {
  kind: BackupKind;
  schemaVersion: number;
  /** Where it was restored to: a file path, or a URL without its password. */
  database: string;
}

/**
 * Restores the backup `file` into the empty database `location` names (as `--db` does), ids,
 * change logs and tokens as they were, in one transaction. Refuses a database that holds
 * anything, and a backup taken by a newer Agora; a refused or failed restore changes nothing.
 *
 * Examples: `restoreBackup('agora-2031-05-12.db', 'postgres://agora@db/agora')` moves an SQLite
 * backup into PostgreSQL; `restoreBackup('agora.backup.jsonl', 'restored.db')`.
 */
export async function restoreBackup(file: string, location?: string): Promise<RestoreSummary> {
  const source = await openBackup(file);
  try {
    if (source.schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new AgoraError(
        'AGORA_DATABASE_TOO_NEW',
        `The backup ${file} is of schema version ${source.schemaVersion}, but this Agora knows versions up to ${LATEST_SCHEMA_VERSION}. Restore it with the newer Agora that made it. Nothing was changed.`,
      );
    }
    return await intoDatabase(location, async (store) => ({
      kind: source.kind,
      schemaVersion: source.schemaVersion,
      database: store.location,
      ...(await restoreTables(store, source.batches())),
    }));
  } finally {
    await source.close();
  }
}
