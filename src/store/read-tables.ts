/**
 * Reading whole tables out of a database in backup order, a page at a time, so that a long
 * change log never has to fit in memory at once.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { BackupTableName, RowBatch } from './backup-tables.ts';
import type { Database } from './schema.ts';

/** Rows per query; a change row can hold a whole programme, so pages stay small. */
const PAGE = 200;
/** Below every integer key: the smallest 32-bit integer, which PostgreSQL's `integer` still takes. */
const LOWEST_INTEGER = -2_147_483_648;

export interface ReadTablesOptions {
  /** Only these conferences (and, unless `tokens` is false, every token). All when omitted. */
  slugs?: readonly string[];
  /** Whether to read the API tokens; default true. */
  tokens?: boolean;
  /** Tables the database does not have (a backup of an older schema); read as empty. */
  absent?: ReadonlySet<BackupTableName>;
}

/**
 * Every row of every backed-up table, conferences first, then each conference's venues, notes,
 * entries, changes and releases, then the tokens.
 *
 * Run it inside {@link inSnapshot} so that every page sees the same moment of the database.
 */
export async function* readTables(db: Kysely<Database>, options: ReadTablesOptions = {}): AsyncGenerator<RowBatch> {
  const absent = options.absent ?? new Set<BackupTableName>();
  let conferenceQuery = db.selectFrom('conferences').selectAll().orderBy('id');
  if (options.slugs !== undefined) {
    if (options.slugs.length === 0) return;
    conferenceQuery = conferenceQuery.where('slug', 'in', options.slugs);
  }
  const conferences = await conferenceQuery.execute();
  if (conferences.length > 0) yield { table: 'conferences', rows: conferences };
  for (const { id } of conferences) {
    if (!absent.has('venues')) {
      const venues = pages(
        (after: string | null) => db.selectFrom('venues').selectAll().where('conference_id', '=', id).where('id', '>', after ?? '').orderBy('id').limit(PAGE).execute(),
        (row) => row.id,
      );
      for await (const rows of venues) yield { table: 'venues', rows };
    }
    if (!absent.has('notes')) {
      const notes = pages(
        (after: string | null) => db.selectFrom('notes').selectAll().where('conference_id', '=', id).where('id', '>', after ?? '').orderBy('id').limit(PAGE).execute(),
        (row) => row.id,
      );
      for await (const rows of notes) yield { table: 'notes', rows };
    }
    if (!absent.has('entries')) {
      const entries = pages(
        (after: string | null) => db.selectFrom('entries').selectAll().where('conference_id', '=', id).where('id', '>', after ?? '').orderBy('id').limit(PAGE).execute(),
        (row) => row.id,
      );
      for await (const rows of entries) yield { table: 'entries', rows };
    }
    if (!absent.has('changes')) {
      const changes = pages(
        (after: number | null) =>
          db.selectFrom('changes').selectAll().where('conference_id', '=', id).where('revision', '>', after ?? LOWEST_INTEGER).orderBy('revision').limit(PAGE).execute(),
        (row) => row.revision,
      );
      for await (const rows of changes) yield { table: 'changes', rows };
    }
    if (!absent.has('releases')) {
      const releases = pages(
        (after: number | null) =>
          db.selectFrom('releases').selectAll().where('conference_id', '=', id).where('id', '>', after ?? LOWEST_INTEGER).orderBy('id').limit(PAGE).execute(),
        (row) => row.id,
      );
      for await (const rows of releases) yield { table: 'releases', rows };
    }
  }
  if (options.tokens !== false && !absent.has('api_tokens')) {
    const tokens = pages(
      (after: number | null) => db.selectFrom('api_tokens').selectAll().where('id', '>', after ?? LOWEST_INTEGER).orderBy('id').limit(PAGE).execute(),
      (row) => row.id,
    );
    for await (const rows of tokens) yield { table: 'api_tokens', rows };
  }
}

/** Keyset paging (text ids start after '', which sorts before every id in any collation): each page starts after the key of the last row of the one before. */
async function* pages<R, K>(fetch: (after: K | null) => Promise<R[]>, keyOf: (row: R) => K): AsyncGenerator<R[]> {
  let after: K | null = null;
  for (;;) {
    const rows = await fetch(after);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (rows.length < PAGE || last === undefined) return;
    after = keyOf(last);
  }
}

/**
 * Runs `work` in one read-only transaction that sees a single moment of the database: REPEATABLE
 * READ on PostgreSQL; on SQLite every transaction reads one snapshot (WAL) from its first read.
 */
export function inSnapshot<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work);
}

/**
 * The schema version of a database, without creating anything (unlike the migrations' own
 * check, which makes the table of a new database). Throws where there is no such table.
 */
export async function readSchemaVersion(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('agora_schema')
    .select(sql<number | null>`max(version)`.as('version'))
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}
