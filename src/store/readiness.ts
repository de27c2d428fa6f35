/**
 * Whether a store can serve: its database answers, and its schema is the one this code knows.
 * A load balancer asks this (through `GET /readyz`) before sending an instance requests.
 */
import { LATEST_SCHEMA_VERSION } from './migrations.ts';
import { readSchemaVersion } from './read-tables.ts';
import type { Store } from './store.ts';

export type Readiness = { ready: true; schemaVersion: number } | { ready: false; reason: string };

/** How long the database may take to answer before the instance counts as not ready. */
export const READINESS_TIMEOUT_MS = 2_000;

/**
 * Asks the database for its schema version (a query that touches it but writes nothing) and
 * compares it with {@link LATEST_SCHEMA_VERSION}.
 */
export async function checkReadiness(store: Store, timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: `the database did not answer within ${timeoutMs} ms` }), timeoutMs);
  });
  const answer = readSchemaVersion(store.db).then(
    (version): Readiness =>
      version === LATEST_SCHEMA_VERSION
        ? { ready: true, schemaVersion: version }
        : { ready: false, reason: `the database is at schema version ${version}, but this Agora needs version ${LATEST_SCHEMA_VERSION}` },
    (error: unknown): Readiness => ({ ready: false, reason: `the database cannot be reached: ${error instanceof Error ? error.message : String(error)}` }),
  );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
