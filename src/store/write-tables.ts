/**
 * Writing rows read by {@link readTables} or from a backup into another database, in one
 * transaction: a restore keeps every id, a copy gives conferences and tokens the target's own.
 * Either way a refusal or a failure part-way leaves the target as it was.
 */
import { sql, type Transaction } from 'kysely';
import { AgoraError } from '../errors.ts';
import { zeroCounts, type BackupRow, type RowBatch, type TableCounts } from './backup-tables.ts';
import type { Flavour } from './migrations.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';

export interface WrittenConference {
  slug: string;
  revision: number;
}

export interface WriteSummary {
  conferences: WrittenConference[];
  /** Rows written, by table. */
  counts: TableCounts;
  /** Tokens of a copy that the target already had (the same secret), so were not copied again. */
  tokensAlreadyThere: number;
}

/** Rows per insert statement: far below SQLite's and PostgreSQL's bound-parameter limits. */
const INSERT_BATCH = 500;

/**
 * Writes every row into an empty database as it is, ids included, and moves PostgreSQL's id
 * sequences past the restored ids. Refuses a database that holds any conference or token.
 */
export function restoreTables(store: Store, batches: AsyncIterable<RowBatch>): Promise<WriteSummary> {
  return store.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, store.flavour);
    await refuseUnlessEmpty(trx, store.location);
    const summary: WriteSummary = { conferences: [], counts: zeroCounts(), tokensAlreadyThere: 0 };
    for await (const batch of batches) {
      if (batch.table === 'conferences') summary.conferences.push(...batch.rows.map(written));
      await insertBatch(trx, batch);
      summary.counts[batch.table] += batch.rows.length;
    }
    if (store.flavour === 'postgres') {
      for (const table of ['conferences', 'api_tokens'] as const) {
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(trx);
      }
    }
    return summary;
  });
}

/**
 * Writes conferences with all their rows into a database that may hold others: each gets the
 * target's next id. Tokens the target already has are left out. Refuses a conference whose slug
 * the target has, and an active token whose label an active token of the target has.
 */
export function copyTables(store: Store, batches: AsyncIterable<RowBatch>): Promise<WriteSummary> {
  return store.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, store.flavour);
    const summary: WriteSummary = { conferences: [], counts: zeroCounts(), tokensAlreadyThere: 0 };
    const newIds = new Map<number, number>();
    const newId = (id: number): number => {
      const mapped = newIds.get(id);
      if (mapped === undefined) throw new Error(`rows of conference ${id} came before the conference`);
      return mapped;
    };
    for await (const batch of batches) {
      switch (batch.table) {
        case 'conferences': {
          await refuseExistingSlugs(trx, store.location, batch.rows.map((row) => row.slug));
          for (const { id, ...columns } of batch.rows) {
            const inserted = await trx.insertInto('conferences').values(columns).returning('id').executeTakeFirstOrThrow();
            newIds.set(id, inserted.id);
          }
          summary.conferences.push(...batch.rows.map(written));
          summary.counts.conferences += batch.rows.length;
          break;
        }
        case 'api_tokens': {
          const fresh = await tokensNotThere(trx, store.location, batch.rows);
          for (const { id: _id, ...columns } of fresh) await trx.insertInto('api_tokens').values(columns).execute();
          summary.counts.api_tokens += fresh.length;
          summary.tokensAlreadyThere += batch.rows.length - fresh.length;
          break;
        }
        default:
          await insertBatch(trx, batch, newId);
          summary.counts[batch.table] += batch.rows.length;
      }
    }
    return summary;
  });
}

function written(row: BackupRow<'conferences'>): WrittenConference {
  return { slug: row.slug, revision: row.revision };
}

/**
 * Takes the database's write lock before anything is read, so that a writer in another process
 * makes this wait rather than fail (SQLite: a write statement, even one that changes nothing).
 */
async function takeWriteLock(trx: Transaction<Database>, flavour: Flavour): Promise<void> {
  if (flavour === 'sqlite') await trx.deleteFrom('conferences').where(sql<boolean>`0 = 1`).execute();
}

async function refuseUnlessEmpty(trx: Transaction<Database>, location: string): Promise<void> {
  const conferences = await trx.selectFrom('conferences').select('slug').orderBy('id').execute();
  const tokens = await trx.selectFrom('api_tokens').select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow();
  const tokenCount = Number(tokens.count);
  if (conferences.length === 0 && tokenCount === 0) return;
  const held = [
    conferences.length === 0 ? null : `${plural(conferences.length, 'conference')} (${conferences.map((row) => row.slug).join(', ')})`,
    tokenCount === 0 ? null : plural(tokenCount, 'token'),
  ].filter((part) => part !== null);
  throw new AgoraError(
    'AGORA_BAD_INPUT',
    `${location} is not empty: it holds ${held.join(' and ')}. A backup is restored only into an empty database: give a new file, or a PostgreSQL database just created. Nothing was changed.`,
    { problems: [{ where: '--db', message: `holds ${held.join(' and ')}` }] },
  );
}

async function refuseExistingSlugs(trx: Transaction<Database>, location: string, slugs: string[]): Promise<void> {
  if (slugs.length === 0) return;
  const taken = (await trx.selectFrom('conferences').select('slug').where('slug', 'in', slugs).orderBy('slug').execute()).map((row) => row.slug);
  if (taken.length === 0) return;
  throw new AgoraError(
    'AGORA_CONFERENCE_EXISTS',
    `${location} already holds ${taken.length === 1 ? 'the conference' : 'the conferences'} ${taken.map((slug) => `"${slug}"`).join(', ')}, so nothing was copied. Copy the others by naming them with --conference.`,
    { problems: taken.map((slug) => ({ where: 'conference', message: `"${slug}" exists in the target` })) },
  );
}

/** The tokens the target lacks; refuses one whose active label the target already uses. */
async function tokensNotThere(trx: Transaction<Database>, location: string, rows: BackupRow<'api_tokens'>[]): Promise<BackupRow<'api_tokens'>[]> {
  if (rows.length === 0) return [];
  const hashes = new Set(
    (await trx.selectFrom('api_tokens').select('hash').where('hash', 'in', rows.map((row) => row.hash)).execute()).map((row) => row.hash),
  );
  const fresh = rows.filter((row) => !hashes.has(row.hash));
  const activeLabels = fresh.filter((row) => row.revoked_at === null).map((row) => row.label);
  if (activeLabels.length === 0) return fresh;
  const clashes = await trx.selectFrom('api_tokens').select('label').where('label', 'in', activeLabels).where('revoked_at', 'is', null).execute();
  if (clashes.length === 0) return fresh;
  const labels = clashes.map((row) => `"${row.label}"`).join(', ');
  throw new AgoraError(
    'AGORA_BAD_INPUT',
    `${location} already has an active token labelled ${labels}, with another secret, so nothing was copied. Revoke one of the two, or copy with --no-tokens.`,
    { problems: clashes.map((row) => ({ where: 'token', message: `"${row.label}" is in use in the target` })) },
  );
}

/**
 * Inserts the rows of one table; `conferenceId` gives each conference's id in the target (the
 * same id for a restore, the target's own for a copy).
 */
async function insertBatch(trx: Transaction<Database>, batch: RowBatch, conferenceId: (id: number) => number = (id) => id): Promise<void> {
  switch (batch.table) {
    case 'conferences':
      return inChunks(batch.rows, (rows) => trx.insertInto('conferences').values(rows).execute());
    case 'venues':
      return inChunks(inConference(batch.rows, conferenceId), (rows) => trx.insertInto('venues').values(rows).execute());
    case 'notes':
      return inChunks(inConference(batch.rows, conferenceId), (rows) => trx.insertInto('notes').values(rows).execute());
    case 'entries':
      return inChunks(inConference(batch.rows, conferenceId), (rows) => trx.insertInto('entries').values(rows).execute());
    case 'changes':
      return inChunks(inConference(batch.rows, conferenceId), (rows) => trx.insertInto('changes').values(rows).execute());
    case 'releases':
      return inChunks(inConference(batch.rows, conferenceId), (rows) => trx.insertInto('releases').values(rows).execute());
    case 'api_tokens':
      return inChunks(batch.rows, (rows) => trx.insertInto('api_tokens').values(rows).execute());
  }
}

function inConference<R extends { conference_id: number }>(rows: R[], conferenceId: (id: number) => number): R[] {
  return rows.map((row) => ({ ...row, conference_id: conferenceId(row.conference_id) }));
}

async function inChunks<R>(rows: R[], insert: (chunk: R[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_BATCH) await insert(rows.slice(start, start + INSERT_BATCH));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
