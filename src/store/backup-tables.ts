/**
 * The tables a backup holds, in the order they are written and restored (a conference before
 * the rows that refer to it), with the type of every column.
 *
 * The column lists are typed against {@link Database}, so a column added to the schema without
 * being added here fails the type check; a test compares them with the real tables as well.
 */
import type { Selectable } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Every table but `agora_schema`, whose version a backup carries in its header instead, and the
 * accounts: users, their sessions and login attempts stay with the server they were made on, so
 * a backup handed to another secretariat carries no password hashes.
 */
export type BackupTableName = Exclude<keyof Database, 'agora_schema' | AccountTableName | NotificationTableName | RequestTableName>;

export type AccountTableName = 'users' | 'sessions' | 'login_attempts' | 'account_changes';
export const ACCOUNT_TABLES: readonly AccountTableName[] = ['users', 'sessions', 'login_attempts', 'account_changes'];

/**
 * Who is told of changes stays with the server too: webhook secrets, delegates' and organisers'
 * addresses and the mail not yet sent are not the programme's to hand on.
 */
export type NotificationTableName = 'webhooks' | 'webhook_deliveries' | 'outbox' | 'subscriptions' | 'unsubscribe_tokens';
export const NOTIFICATION_TABLES: readonly NotificationTableName[] = ['webhooks', 'webhook_deliveries', 'outbox', 'subscriptions', 'unsubscribe_tokens'];

/**
 * Side-event requests hold organisers' names, addresses and telephone numbers and belong to their
 * accounts, which stay too; a scheduled request is in the programme as its entry.
 */
export type RequestTableName = 'side_event_requests';
export const REQUEST_TABLES: readonly RequestTableName[] = ['side_event_requests'];

/** The tables a backup leaves out. */
export const SERVER_TABLES: readonly string[] = [...ACCOUNT_TABLES, ...NOTIFICATION_TABLES, ...REQUEST_TABLES];

/** The tables whose rows belong to one conference. */
export type ConferenceTableName = Exclude<BackupTableName, 'conferences' | 'api_tokens'>;

/** A column's type in a backup: `?` marks one that may be null. */
export type ColumnKind = 'integer' | 'text' | 'integer?' | 'text?';

export type BackupRow<T extends BackupTableName> = Selectable<Database[T]>;

/** Some rows of one table. */
export type RowBatch = { [T in BackupTableName]: { table: T; rows: BackupRow<T>[] } }[BackupTableName];

type Columns<T extends BackupTableName> = { readonly [C in keyof Database[T]]-?: ColumnKind };

export const BACKUP_COLUMNS: { readonly [T in BackupTableName]: Columns<T> } = {
  conferences: {
    id: 'integer',
    slug: 'text',
    title: 'text?',
    session: 'text?',
    organizer: 'text?',
    organizer_short: 'text?',
    city: 'text?',
    time_zone: 'text?',
    start_date: 'text?',
    end_date: 'text?',
    theme: 'text?',
    notice: 'text?',
    publication: 'text',
    request_deadline: 'text?',
    organiser_self_registration: 'integer',
    base_url: 'text?',
    revision: 'integer',
    created_at: 'text',
  },
  venues: { conference_id: 'integer', id: 'text', seq: 'integer', name: 'text', building: 'text?', capacity: 'integer?', opening_hours: 'text' },
  notes: { conference_id: 'integer', id: 'text', seq: 'integer', text: 'text' },
  entries: {
    conference_id: 'integer',
    id: 'text',
    seq: 'integer',
    kind: 'text',
    date: 'text?',
    start_time: 'text?',
    end_time: 'text?',
    venue: 'text?',
    agenda_item: 'text?',
    title: 'text',
    continued: 'integer',
    sponsors: 'text',
    description: 'text?',
    notes: 'text',
    parts: 'text',
    status: 'text',
    expected_attendance: 'integer?',
    revision: 'integer',
  },
  changes: {
    conference_id: 'integer',
    revision: 'integer',
    at: 'text',
    actor: 'text',
    kind: 'text',
    entry_id: 'text?',
    before: 'text?',
    after: 'text?',
    meta: 'text',
  },
  releases: { conference_id: 'integer', id: 'integer', revision: 'integer', name: 'text', comment: 'text?', at: 'text', actor: 'text' },
  api_tokens: { id: 'integer', label: 'text', role: 'text', hash: 'text', created_at: 'text', revoked_at: 'text?' },
};

/** The order of a backup: conferences, then each conference's rows, then the tokens. */
export const CONFERENCE_TABLES: readonly ConferenceTableName[] = ['venues', 'notes', 'entries', 'changes', 'releases'];
export const BACKUP_TABLES: readonly BackupTableName[] = ['conferences', ...CONFERENCE_TABLES, 'api_tokens'];

export function isBackupTable(name: unknown): name is BackupTableName {
  return typeof name === 'string' && (BACKUP_TABLES as readonly string[]).includes(name);
}

/** Counts of rows by table, as a backup's last line and a restore's summary give them. */
export type TableCounts = Record<BackupTableName, number>;

export function zeroCounts(): TableCounts {
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, 0])) as TableCounts;
}
