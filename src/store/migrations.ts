/**
 * Versioned migrations, run in order at start. A database whose version is newer than the
 * newest migration here was written by a newer Agora and is refused, so an old binary never
 * writes into a schema it does not know.
 */
import { sql, type Kysely } from 'kysely';
import { AgoraError } from '../errors.ts';
import type { Database } from './schema.ts';

export type Flavour = 'sqlite' | 'postgres';

interface Migration {
  version: number;
  description: string;
  up(db: Kysely<Database>, flavour: Flavour): Promise<void>;
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'conferences, venues, notes, entries, the change log and releases',
    async up(db, flavour) {
      await db.schema
        .createTable('conferences')
        .addColumn('id', flavour === 'postgres' ? 'serial' : 'integer', (c) =>
          flavour === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text')
        .addColumn('session', 'text')
        .addColumn('organizer', 'text')
        .addColumn('organizer_short', 'text')
        .addColumn('city', 'text')
        .addColumn('time_zone', 'text')
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        .addColumn('theme', 'text')
        .addColumn('notice', 'text')
        .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('venues')
        .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('building', 'text')
        .addColumn('capacity', 'integer')
        .addColumn('opening_hours', 'text', (c) => c.notNull().defaultTo('[]'))
        .addPrimaryKeyConstraint('venues_pk', ['conference_id', 'id'])
        .addUniqueConstraint('venues_name_unique', ['conference_id', 'name'])
        .execute();
      await db.schema
        .createTable('notes')
        .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('notes_pk', ['conference_id', 'id'])
        .execute();
      await db.schema
        .createTable('entries')
        .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('start_time', 'text')
        .addColumn('end_time', 'text')
        .addColumn('venue', 'text')
        .addColumn('agenda_item', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('continued', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('sponsors', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('description', 'text')
        .addColumn('notes', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('parts', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('expected_attendance', 'integer')
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('entries_pk', ['conference_id', 'id'])
        .execute();
      await db.schema.createIndex('entries_by_time').on('entries').columns(['conference_id', 'date', 'start_time']).execute();
      await db.schema
        .createTable('changes')
        .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('entry_id', 'text')
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('meta', 'text', (c) => c.notNull().defaultTo('{}'))
        .addPrimaryKeyConstraint('changes_pk', ['conference_id', 'revision'])
        .execute();
      await db.schema.createIndex('changes_by_entry').on('changes').columns(['conference_id', 'entry_id']).execute();
      await db.schema
        .createTable('releases')
        .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
        .addColumn('id', 'integer', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('releases_pk', ['conference_id', 'id'])
        .execute();
    },
  },
  {
    version: 2,
    description: 'API tokens',
    async up(db, flavour) {
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', flavour === 'postgres' ? 'serial' : 'integer', (c) =>
          flavour === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
    },
  },
  {
    version: 3,
    description: 'users, sessions, login attempts, the account change log and the conference base URL',
    async up(db, flavour) {
      await db.schema.alterTable('conferences').addColumn('base_url', 'text').execute();
      await db.schema
        .createTable('users')
        .addColumn('id', flavour === 'postgres' ? 'serial' : 'integer', (c) =>
          flavour === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('disabled_at', 'text')
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_by_user').on('sessions').column('user_id').execute();
      await db.schema
        .createTable('login_attempts')
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('ip', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('succeeded', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('login_attempts_by_email').on('login_attempts').columns(['email', 'at']).execute();
      await db.schema.createIndex('login_attempts_by_ip').on('login_attempts').columns(['ip', 'at']).execute();
      await db.schema
        .createTable('account_changes')
        .addColumn('id', flavour === 'postgres' ? 'serial' : 'integer', (c) =>
          flavour === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute();
    },
  },
  {
    version: 4,
    description: 'publication mode, webhooks and their deliveries, the e-mail outbox, update subscriptions and their unsubscribe tokens',
    async up(db, flavour) {
      const id = flavour === 'postgres' ? 'serial' : 'integer';
      const key = (c: Parameters<Parameters<ReturnType<typeof db.schema.createTable>['addColumn']>[2] & object>[0]) =>
        flavour === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement();
      await db.schema.alterTable('conferences').addColumn('publication', 'text', (c) => c.notNull().defaultTo('live')).execute();
      await db.schema
        .createTable('webhooks')
        .addColumn('id', id, key)
        .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('on_change', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('disabled_at', 'text')
        .execute();
      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', id, key)
        .addColumn('webhook_id', 'integer', (c) => c.notNull().references('webhooks.id').onDelete('cascade'))
        .addColumn('conference_id', 'integer', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text')
        .addColumn('delivered_at', 'text')
        .addColumn('failed_at', 'text')
        .addColumn('log', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').column('next_attempt_at').execute();
      await db.schema
        .createTable('outbox')
        .addColumn('id', id, key)
        .addColumn('conference_id', 'integer', (c) => c.references('conferences.id').onDelete('set null'))
        .addColumn('to_address', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text')
        .addColumn('sent_at', 'text')
        .addColumn('last_error', 'text')
        .execute();
      await db.schema.createIndex('outbox_due').on('outbox').column('next_attempt_at').execute();
      await db.schema
        .createTable('subscriptions')
        .addColumn('id', id, key)
        .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('subscriptions_one_per_address', ['conference_id', 'email'])
        .execute();
      await db.schema
        .createTable('unsubscribe_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('subscription_id', 'integer', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('unsubscribe_tokens_by_subscription').on('unsubscribe_tokens').column('subscription_id').execute();
    },
  },
  {
    version: 5,
    description: 'side-event requests from organisers, the conference\'s request deadline and self-registration, and the conference a self-registered organiser belongs to',
    async up(db, flavour) {
      await db.schema.alterTable('conferences').addColumn('request_deadline', 'text').execute();
      await db.schema.alterTable('conferences').addColumn('organiser_self_registration', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('users').addColumn('registered_for', 'integer', (c) => c.references('conferences.id').onDelete('set null')).execute();
      await db.schema
        .createTable('side_event_requests')
        .addColumn('id', flavour === 'postgres' ? 'serial' : 'integer', (c) => (flavour === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
        .addColumn('organiser_user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('sponsors', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('expected_attendance', 'integer')
        .addColumn('choices', 'text', (c) => c.notNull())
        .addColumn('needs', 'text', (c) => c.notNull())
        .addColumn('contact_name', 'text', (c) => c.notNull())
        .addColumn('contact_email', 'text', (c) => c.notNull())
        .addColumn('contact_phone', 'text')
        .addColumn('decision_message', 'text')
        .addColumn('entry_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('side_event_requests_by_conference').on('side_event_requests').columns(['conference_id', 'status']).execute();
      await db.schema.createIndex('side_event_requests_by_organiser').on('side_event_requests').columns(['organiser_user_id']).execute();
    },
  },
];

export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((migration) => migration.version));

/** The schema version a database is at, 0 when it is new. */
export async function schemaVersion(db: Kysely<Database>): Promise<number> {
  await db.schema
    .createTable('agora_schema')
    .ifNotExists()
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const row = await db
    .selectFrom('agora_schema')
    .select(sql<number | null>`max(version)`.as('version'))
    .executeTakeFirst();
  return row?.version ?? 0;
}

/** An arbitrary key under which instances starting at once take turns to migrate (PostgreSQL). */
const MIGRATION_LOCK = 7_402_019;

/**
 * Brings the database up to {@link LATEST_SCHEMA_VERSION} in one transaction, so several
 * instances starting at once never apply a migration twice and a failed one leaves nothing.
 */
export async function migrate(db: Kysely<Database>, flavour: Flavour, where: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (flavour === 'postgres') await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    const current = await schemaVersion(trx);
    if (current > LATEST_SCHEMA_VERSION) {
      throw new AgoraError(
        'AGORA_DATABASE_TOO_NEW',
        `The database ${where} is at schema version ${current}, but this Agora knows versions up to ${LATEST_SCHEMA_VERSION}. Upgrade Agora before using this database.`,
      );
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      await migration.up(trx, flavour);
      await trx.insertInto('agora_schema').values({ version: migration.version, applied_at: new Date().toISOString() }).execute();
    }
  });
}
