/**
 * The store: conferences, their programmes and their change logs, behind one interface that
 * the SQLite and PostgreSQL databases both satisfy.
 *
 * Every write goes through {@link Store.commit}: one transaction that (after creating the
 * conference, for a first import) takes the conference's next revision, which also takes the
 * write lock so that concurrent writers queue rather than interleave; then lets the command
 * read and write state through a {@link StoreTransaction}; then appends the command's change
 * row with that revision.
 */
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import pg from 'pg';
import { AgoraError } from '../errors.ts';
import type { Conference, Entry, Note, Programme, StoredEntry, Venue } from '../model/programme.ts';
import { publicationOf, type Publication } from '../model/publication.ts';
import type { Change, ChangeDraft, ChangeKind } from './change.ts';
import type { Release } from './release.ts';
import type { Flavour } from './migrations.ts';
import type { ConferenceTable, Database } from './schema.ts';
import {
  conferenceColumns,
  conferenceFromRow,
  entryFromRow,
  entryRow,
  noteFromRow,
  noteRow,
  venueFromRow,
  venueRow,
  withoutRevision,
} from './rows.ts';

export interface ConferenceRecord {
  id: number;
  slug: string;
  revision: number;
  conference: Conference;
  /** Whether readers see every change at once or the newest release. */
  publication: Publication;
}

/** A programme as stored now: entries carry the revision that last wrote them. */
export interface StoredProgramme {
  record: ConferenceRecord;
  programme: Programme;
  entries: StoredEntry[];
}

/** The PostgreSQL channel on which commits are announced as "<conference id>:<revision>". */
export const NOTIFY_CHANNEL = 'agora_changes';

/** Rows inserted per statement; keeps SQLite's bound-parameter limit far away. */
const BATCH = 500;

/** What a command may do inside {@link Store.commit}. Only a commit hands one out. */
export class StoreTransaction {
  readonly #trx: Transaction<Database>;
  readonly conferenceId: number;
  readonly revision: number;

  constructor(trx: Transaction<Database>, conferenceId: number, revision: number) {
    this.#trx = trx;
    this.conferenceId = conferenceId;
    this.revision = revision;
  }

  readEntry(entryId: string): Promise<StoredEntry | null> {
    return readEntry(this.#trx, this.conferenceId, entryId);
  }

  readProgramme(): Promise<StoredProgramme> {
    return readProgramme(this.#trx, this.conferenceId);
  }

  /** Writes the entry as of this transaction's revision, keeping its place in programme order. */
  async putEntry(entry: Entry): Promise<void> {
    const existing = await this.#trx
      .selectFrom('entries')
      .select('seq')
      .where('conference_id', '=', this.conferenceId)
      .where('id', '=', entry.id)
      .executeTakeFirst();
    if (existing) {
      const { conference_id: _c, id: _i, seq: _s, ...columns } = entryRow(this.conferenceId, entry, existing.seq, this.revision);
      await this.#trx.updateTable('entries').set(columns).where('conference_id', '=', this.conferenceId).where('id', '=', entry.id).execute();
      return;
    }
    const last = await this.#trx
      .selectFrom('entries')
      .select(sql<number | null>`max(seq)`.as('seq'))
      .where('conference_id', '=', this.conferenceId)
      .executeTakeFirst();
    await this.#trx.insertInto('entries').values(entryRow(this.conferenceId, entry, (last?.seq ?? 0) + 1, this.revision)).execute();
  }

  /** Replaces the whole programme (an import): conference fields, venues, notes and entries. */
  async replaceProgramme(programme: Programme, onProgress?: (done: number, total: number) => void): Promise<void> {
    const id = this.conferenceId;
    await this.#trx.updateTable('conferences').set(conferenceColumns(programme.conference)).where('id', '=', id).execute();
    for (const table of ['entries', 'venues', 'notes'] as const) {
      await this.#trx.deleteFrom(table).where('conference_id', '=', id).execute();
    }
    await insertBatches(programme.venues.map((venue, index) => venueRow(id, venue, index + 1)), (rows) =>
      this.#trx.insertInto('venues').values(rows).execute(),
    );
    await insertBatches(programme.notes.map((note, index) => noteRow(id, note, index + 1)), (rows) =>
      this.#trx.insertInto('notes').values(rows).execute(),
    );
    const total = programme.entries.length;
    let done = 0;
    await insertBatches(programme.entries.map((entry, index) => entryRow(id, entry, index + 1, this.revision)), async (rows) => {
      await this.#trx.insertInto('entries').values(rows).execute();
      done += rows.length;
      onProgress?.(done, total);
    });
  }

  /** The public address printed QR codes point to, or null for the server's own. */
  async readBaseUrl(): Promise<string | null> {
    const row = await this.#trx.selectFrom('conferences').select('base_url').where('id', '=', this.conferenceId).executeTakeFirstOrThrow();
    return row.base_url;
  }

  /** Writes the conference's own fields, its public address and its publication mode (the settings), leaving its programme. */
  async putConference(conference: Conference, baseUrl: string | null, publication: Publication): Promise<void> {
    await this.#trx
      .updateTable('conferences')
      .set({ ...conferenceColumns(conference), base_url: baseUrl, publication })
      .where('id', '=', this.conferenceId)
      .execute();
  }

  /** Writes a venue, keeping its place in the list; a new one goes last. */
  async putVenue(venue: Venue): Promise<void> {
    const seq = await this.#placeIn('venues', venue.id);
    await this.removeVenue(venue.id);
    await this.#trx.insertInto('venues').values(venueRow(this.conferenceId, venue, seq)).execute();
  }

  async removeVenue(venueId: string): Promise<void> {
    await this.#trx.deleteFrom('venues').where('conference_id', '=', this.conferenceId).where('id', '=', venueId).execute();
  }

  /** Writes a note, keeping its place (and so its printed marker); a new one goes last. */
  async putNote(note: Note): Promise<void> {
    const seq = await this.#placeIn('notes', note.id);
    await this.removeNote(note.id);
    await this.#trx.insertInto('notes').values(noteRow(this.conferenceId, note, seq)).execute();
  }

  async removeNote(noteId: string): Promise<void> {
    await this.#trx.deleteFrom('notes').where('conference_id', '=', this.conferenceId).where('id', '=', noteId).execute();
  }

  /** Publishes this transaction's revision as the conference's next release. */
  async putRelease(fields: { name: string; comment: string | null; actor: string; at: string }): Promise<Release> {
    const last = await this.#trx
      .selectFrom('releases')
      .select(sql<number | null>`max(id)`.as('id'))
      .where('conference_id', '=', this.conferenceId)
      .executeTakeFirst();
    const release: Release = { id: (last?.id ?? 0) + 1, revision: this.revision, ...fields };
    await this.#trx.insertInto('releases').values({ conference_id: this.conferenceId, ...release }).execute();
    return release;
  }

  /**
   * The transaction itself, for the tables around the programme that are written with a change
   * (the notifications a change sends). Programme tables are written only through the methods above.
   */
  get tables(): Transaction<Database> {
    return this.#trx;
  }

  /** The place of a venue or note in its list: where it is, or after the last. */
  async #placeIn(table: 'venues' | 'notes', id: string): Promise<number> {
    const existing = await this.#trx.selectFrom(table).select('seq').where('conference_id', '=', this.conferenceId).where('id', '=', id).executeTakeFirst();
    if (existing) return existing.seq;
    const last = await this.#trx
      .selectFrom(table)
      .select(sql<number | null>`max(seq)`.as('seq'))
      .where('conference_id', '=', this.conferenceId)
      .executeTakeFirst();
    return (last?.seq ?? 0) + 1;
  }
}

function releaseFromRow(row: { id: number; revision: number; name: string; comment: string | null; at: string; actor: string }): Release {
  return { id: row.id, revision: row.revision, name: row.name, comment: row.comment, at: row.at, actor: row.actor };
}

async function insertBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

type Reader = Kysely<Database> | Transaction<Database>;

async function readEntry(db: Reader, conferenceId: number, entryId: string): Promise<StoredEntry | null> {
  const row = await db.selectFrom('entries').selectAll().where('conference_id', '=', conferenceId).where('id', '=', entryId).executeTakeFirst();
  return row ? entryFromRow(row) : null;
}

function recordFromRow(row: Selectable<ConferenceTable>): ConferenceRecord {
  return { id: row.id, slug: row.slug, revision: row.revision, conference: conferenceFromRow(row), publication: publicationOf(row.publication) };
}

async function readConference(db: Reader, conferenceId: number): Promise<ConferenceRecord> {
  const row = await db.selectFrom('conferences').selectAll().where('id', '=', conferenceId).executeTakeFirstOrThrow();
  return recordFromRow(row);
}

async function readProgramme(db: Reader, conferenceId: number): Promise<StoredProgramme> {
  const record = await readConference(db, conferenceId);
  const [venues, notes, entryRows] = await Promise.all([
    db.selectFrom('venues').selectAll().where('conference_id', '=', conferenceId).orderBy('seq').execute(),
    db.selectFrom('notes').selectAll().where('conference_id', '=', conferenceId).orderBy('seq').execute(),
    db.selectFrom('entries').selectAll().where('conference_id', '=', conferenceId).orderBy('seq').execute(),
  ]);
  const entries = entryRows.map(entryFromRow);
  return {
    record,
    entries,
    programme: {
      conference: record.conference,
      venues: venues.map(venueFromRow),
      notes: notes.map(noteFromRow),
      entries: entries.map(withoutRevision),
    },
  };
}

function parseJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

export class Store {
  readonly db: Kysely<Database>;
  readonly flavour: Flavour;
  /** Where the data lives, for messages: a file path or a database URL without its password. */
  readonly location: string;

  /** The connection URL (PostgreSQL only), for the LISTEN connection. */
  readonly #url: string | null;
  #commitHooks: ((tx: StoreTransaction, change: Change) => Promise<void>)[] = [];

  constructor(db: Kysely<Database>, flavour: Flavour, location: string, url: string | null = null) {
    this.db = db;
    this.flavour = flavour;
    this.location = location;
    this.#url = url;
  }

  /**
   * Calls `onCommit` when another connection commits a change (PostgreSQL's LISTEN/NOTIFY).
   * SQLite has no such signal: there the live bus polls. Resolves to a function that stops.
   */
  async listen(onCommit: (conferenceId: number, revision: number) => void): Promise<() => Promise<void>> {
    if (this.flavour !== 'postgres' || this.#url === null) return async () => {};
    const client = new pg.Client({ connectionString: this.#url });
    client.on('error', () => {
      // A lost LISTEN connection only slows the live feed to the poll interval.
    });
    await client.connect();
    client.on('notification', (message) => {
      const [conference, revision] = (message.payload ?? '').split(':').map(Number);
      if (Number.isInteger(conference) && Number.isInteger(revision)) onCommit(conference as number, revision as number);
    });
    await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    return async () => {
      await client.end().catch(() => {});
    };
  }

  async listConferences(): Promise<ConferenceRecord[]> {
    const rows = await this.db.selectFrom('conferences').selectAll().orderBy('id').execute();
    return rows.map(recordFromRow);
  }

  async findConference(slug: string): Promise<ConferenceRecord | null> {
    const row = await this.db.selectFrom('conferences').select('id').where('slug', '=', slug).executeTakeFirst();
    return row ? readConference(this.db, row.id) : null;
  }

  readProgramme(conferenceId: number): Promise<StoredProgramme> {
    return this.db.transaction().execute((trx) => readProgramme(trx, conferenceId));
  }

  readEntry(conferenceId: number, entryId: string): Promise<StoredEntry | null> {
    return readEntry(this.db, conferenceId, entryId);
  }

  /**
   * For each entry changed after it first appeared, how many changes it has had since: up to and
   * including revision `upto` when given (a release's calendar counts only what it holds), else all.
   */
  async entryChangeCounts(conferenceId: number, upto?: number): Promise<Map<string, number>> {
    let query = this.db
      .selectFrom('changes')
      .select(['entry_id', (eb) => eb.fn.countAll<number | string>().as('count')])
      .where('conference_id', '=', conferenceId)
      .where('entry_id', 'is not', null)
      .where('kind', '!=', 'add');
    if (upto !== undefined) query = query.where('revision', '<=', upto);
    const rows = await query.groupBy('entry_id').execute();
    return new Map(rows.map((row) => [row.entry_id as string, Number(row.count)]));
  }

  /** The conference's releases, oldest first. */
  async listReleases(conferenceId: number): Promise<Release[]> {
    const rows = await this.db.selectFrom('releases').selectAll().where('conference_id', '=', conferenceId).orderBy('id').execute();
    return rows.map(releaseFromRow);
  }

  async readRelease(conferenceId: number, releaseId: number): Promise<Release | null> {
    const row = await this.db.selectFrom('releases').selectAll().where('conference_id', '=', conferenceId).where('id', '=', releaseId).executeTakeFirst();
    return row ? releaseFromRow(row) : null;
  }

  /**
   * Runs `hook` inside every commit, after the change row is written, in the same transaction:
   * what a change must set in motion (a webhook delivery, an e-mail) is written with it or not at all.
   */
  onCommit(hook: (tx: StoreTransaction, change: Change) => Promise<void>): () => void {
    this.#commitHooks.push(hook);
    return () => {
      this.#commitHooks = this.#commitHooks.filter((other) => other !== hook);
    };
  }

  /** Changes after `sinceRevision`, oldest first; `entryId` keeps only that entry's. */
  async changesSince(conferenceId: number, sinceRevision: number, options: { entryId?: string; limit?: number } = {}): Promise<Change[]> {
    let query = this.db
      .selectFrom('changes')
      .selectAll()
      .where('conference_id', '=', conferenceId)
      .where('revision', '>', sinceRevision)
      .orderBy('revision');
    if (options.entryId !== undefined) query = query.where('entry_id', '=', options.entryId);
    if (options.limit !== undefined) query = query.limit(options.limit);
    const rows = await query.execute();
    return rows.map((row) => ({
      revision: row.revision,
      at: row.at,
      actor: row.actor,
      kind: row.kind as ChangeKind,
      entryId: row.entry_id,
      before: parseJson(row.before),
      after: parseJson(row.after),
      meta: JSON.parse(row.meta) as Record<string, unknown>,
    }));
  }

  /**
   * Runs `work` in one transaction with the conference's next revision and appends the change
   * it describes. If `work` throws, nothing is written and the revision is not used.
   */
  async commit<T>(
    target: number | { create: string },
    work: (tx: StoreTransaction) => Promise<{ change: ChangeDraft; result: T }>,
  ): Promise<{ conferenceId: number; revision: number; at: string; result: T }> {
    return this.db.transaction().execute(async (trx) => {
      const conferenceId = typeof target === 'number' ? target : await this.#insertConference(trx, target.create);
      // Taking the revision first also takes the write lock before anything is read.
      const bumped = await trx
        .updateTable('conferences')
        .set((eb) => ({ revision: eb('revision', '+', 1) }))
        .where('id', '=', conferenceId)
        .returning('revision')
        .executeTakeFirst();
      if (!bumped) throw new AgoraError('AGORA_NOT_FOUND', `There is no conference with id ${conferenceId}.`);
      const tx = new StoreTransaction(trx, conferenceId, bumped.revision);
      const { change, result } = await work(tx);
      const at = new Date().toISOString();
      await trx
        .insertInto('changes')
        .values({
          conference_id: conferenceId,
          revision: bumped.revision,
          at,
          actor: change.actor,
          kind: change.kind,
          entry_id: change.entryId,
          before: change.before === null ? null : JSON.stringify(change.before),
          after: change.after === null ? null : JSON.stringify(change.after),
          meta: JSON.stringify(change.meta),
        })
        .execute();
      for (const hook of this.#commitHooks) await hook(tx, { ...change, revision: bumped.revision, at });
      if (this.flavour === 'postgres') {
        // Delivered to every listening instance when (and only if) the transaction commits.
        await sql`select pg_notify(${NOTIFY_CHANNEL}, ${`${conferenceId}:${bumped.revision}`})`.execute(trx);
      }
      return { conferenceId, revision: bumped.revision, at, result };
    });
  }

  async #insertConference(trx: Transaction<Database>, slug: string): Promise<number> {
    // Inserting first (not looking first) takes the write lock before anything is read.
    const row = await trx
      .insertInto('conferences')
      .values({ slug, revision: 0, created_at: new Date().toISOString() })
      .onConflict((conflict) => conflict.column('slug').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw new AgoraError('AGORA_CONFERENCE_EXISTS', `A conference "${slug}" is already in ${this.location}.`);
    return row.id;
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
