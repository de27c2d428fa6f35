/**
 * A real database for one test, removed after it: an SQLite file in a fresh folder, or, when
 * AGORA_TEST_BACKEND=postgres (`npm run test:pg`), a PostgreSQL database of its own on the
 * server at AGORA_TEST_PG_URL (default postgres://postgres@127.0.0.1:5432/test), created and dropped here
 * so that runs never collide.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { prepareAppStore } from '../../src/app/open-app-store.ts';
import { openPostgresStore, openSqliteStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';

export const TEST_BACKEND: 'sqlite' | 'postgres' = process.env.AGORA_TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite';
const ADMIN_URL = process.env.AGORA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TempStore {
  store: Store;
  /** What `--db` takes to reach the same database: a file path or a postgres:// URL. */
  path: string;
  dispose(): Promise<void>;
}

export function tempDir(prefix = 'agora-test-'): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty PostgreSQL database and its URL; `drop` removes it. */
export async function tempPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `agora_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

export async function tempStore(): Promise<TempStore> {
  if (TEST_BACKEND === 'postgres') {
    const database = await tempPostgresDatabase();
    const store = await openPostgresStore(database.url);
    prepareAppStore(store);
    return {
      store,
      path: database.url,
      async dispose() {
        await store.close().catch(() => {}); // a test may have closed it already
        await database.drop();
      },
    };
  }
  const { dir, dispose } = tempDir();
  const path = join(dir, 'agora.db');
  const store = await openSqliteStore(path);
  prepareAppStore(store);
  return {
    store,
    path,
    async dispose() {
      await store.close().catch(() => {}); // a test may have closed it already
      dispose();
    },
  };
}
