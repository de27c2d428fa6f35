/** A database that does not hold anything yet, to restore or copy into: a new file, or a new PostgreSQL database. */
import { join } from 'node:path';
import { openPostgresStore, openSqliteStore } from '../../../src/store/open-store.ts';
import type { Store } from '../../../src/store/store.ts';
import { TEST_BACKEND, tempDir, tempPostgresDatabase } from '../../support/temp-store.ts';

export interface EmptyDatabase {
  /** What `--db` takes: a path where no file is yet, or a postgres:// URL of a database without tables. */
  location: string;
  /** A folder for backup files and such, removed by `dispose`. */
  dir: string;
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

export async function emptyDatabase(backend: 'sqlite' | 'postgres' = TEST_BACKEND): Promise<EmptyDatabase> {
  const folder = tempDir('agora-restore-');
  if (backend === 'postgres') {
    const database = await tempPostgresDatabase();
    return {
      location: database.url,
      dir: folder.dir,
      open: () => openPostgresStore(database.url),
      async dispose() {
        await database.drop();
        folder.dispose();
      },
    };
  }
  const location = join(folder.dir, 'restored.db');
  return { location, dir: folder.dir, open: () => openSqliteStore(location), dispose: async () => folder.dispose() };
}
