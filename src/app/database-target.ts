/** Opening the database a restore or a copy writes into, and leaving no trace when it fails. */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { databaseLocation, isPostgresUrl, openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';

/**
 * Opens the database `location` names (as `--db` does), runs `work` and closes it. When `work`
 * fails and the database was an SQLite file that this call created, the file is removed again,
 * so a refused restore leaves no empty database behind.
 */
export async function intoDatabase<T>(location: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const chosen = databaseLocation(location);
  const newFile = isPostgresUrl(chosen) || existsSync(resolve(chosen)) ? null : resolve(chosen);
  const store = await openStore(chosen);
  let failed = true;
  try {
    const result = await work(store);
    failed = false;
    return result;
  } finally {
    await store.close();
    if (failed && newFile !== null) {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${newFile}${suffix}`, { force: true });
    }
  }
}

/** Whether `location` names a database that exists: any PostgreSQL URL, or an SQLite file that is there. */
export function databaseExists(location: string): boolean {
  return isPostgresUrl(location) || existsSync(resolve(location));
}
