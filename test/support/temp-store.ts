/** A real SQLite file in a fresh temporary folder, removed after the test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';

export interface TempStore {
  store: Store;
  path: string;
  dir: string;
  dispose(): Promise<void>;
}

export function tempDir(prefix = 'agora-test-'): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function tempStore(): Promise<TempStore> {
  const { dir, dispose } = tempDir();
  const path = join(dir, 'agora.db');
  const store = await openSqliteStore(path);
  return {
    store,
    path,
    dir,
    async dispose() {
      await store.close();
      dispose();
    },
  };
}
