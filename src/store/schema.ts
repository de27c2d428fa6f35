/**
 * The tables as Kysely sees them. Lists and split-panel parts are JSON text, so the same
 * columns work on SQLite and PostgreSQL.
 */
import type { ColumnType, Generated } from 'kysely';

export interface ConferenceTable {
  id: Generated<number>;
  slug: string;
  title: string | null;
  session: string | null;
  organizer: string | null;
  organizer_short: string | null;
  city: string | null;
  time_zone: string | null;
  start_date: string | null;
  end_date: string | null;
  theme: string | null;
  notice: string | null;
  /** The public address that printed QR codes point to; null for the server's own. */
  base_url: ColumnType<string | null, string | null | undefined, string | null>;
  /** The revision of the conference's newest change; 0 before the first. */
  revision: number;
  created_at: string;
  /** `live`: every change is public at once; `release`: readers see the newest release. */
  publication: ColumnType<string, string | undefined, string>;
  /** When organisers may no longer submit or edit side-event requests: an ISO instant, or null for no deadline. */
  request_deadline: ColumnType<string | null, string | null | undefined, string | null>;
  /** 1 when anyone may make an organiser account to request side events; 0 when organisers are invited. */
  organiser_self_registration: ColumnType<number, number | undefined, number>;
}

export interface VenueTable {
  conference_id: number;
  id: string;
  seq: number;
  name: string;
  building: string | null;
  capacity: number | null;
  /** JSON array of opening hours. */
  opening_hours: string;
}

export interface NoteTable {
  conference_id: number;
  id: string;
  seq: number;
  text: string;
}

export interface EntryTable {
  conference_id: number;
  id: string;
  /** Programme order: the order of the imported document, new entries last. */
  seq: number;
  kind: string;
  date: string | null;
  start_time: string | null;
  end_time: string | null;
  venue: string | null;
  agenda_item: string | null;
  title: string;
  continued: number;
  /** JSON array of strings. */
  sponsors: string;
  description: string | null;
  /** JSON array of note ids. */
  notes: string;
  /** JSON array of parts. */
  parts: string;
  status: string;
  expected_attendance: number | null;
  /** The revision of the change that last wrote this entry. */
  revision: number;
}

export interface ChangeTable {
  conference_id: number;
  revision: number;
  at: string;
  actor: string;
  kind: string;
  entry_id: string | null;
  /** JSON: the state before the change (an entry, or a whole programme for an import), or null. */
  before: string | null;
  after: string | null;
  /** JSON: what else the change records, such as conflicts saved anyway. */
  meta: ColumnType<string, string | undefined, string>;
}

export interface ReleaseTable {
  conference_id: number;
  id: number;
  revision: number;
  name: string;
  comment: string | null;
  at: string;
  actor: string;
}

export interface ApiTokenTable {
  id: Generated<number>;
  label: string;
  role: string;
  /** SHA-256 of the token, hex: tokens are long random secrets, so a fast hash is enough. */
  hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface UserTable {
  id: Generated<number>;
  /** Lower case; one account per address. */
  email: string;
  name: string;
  role: string;
  /** `scrypt$N$r$p$<salt>$<hash>`, base64url parts. */
  password_hash: string;
  /** 1 after an admin reset: the user sets a new password at next login. */
  must_change_password: number;
  created_at: string;
  disabled_at: string | null;
  /** The conference an organiser registered themselves at, and may ask of; null for an account an admin made. */
  registered_for: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface SessionTable {
  /** SHA-256 of the cookie's secret, hex. */
  id_hash: string;
  user_id: number;
  /** The session's CSRF token, sent back in forms and the `x-csrf-token` header. */
  csrf: string;
  created_at: string;
  expires_at: string;
}

export interface LoginAttemptTable {
  /** The address tried, lower case. */
  email: string;
  ip: string;
  at: string;
  succeeded: number;
}

/** The change log of accounts: who made, changed, reset or disabled whom, and when. */
export interface AccountChangeTable {
  id: Generated<number>;
  at: string;
  actor: string;
  /** `create`, `role`, `reset`, `disable`, `enable`, `password`. */
  kind: string;
  user_id: number;
  /** JSON: the fields before and after; never a password or its hash. */
  detail: string;
}

/** An address an admin registered to be told of releases (and, with on_change, of every change). */
export interface WebhookTable {
  id: Generated<number>;
  conference_id: number;
  url: string;
  /** The key of the HMAC-SHA256 signature each POST carries. */
  secret: string;
  on_change: number;
  created_at: string;
  actor: string;
  disabled_at: string | null;
}

/** One POST to make to a webhook, kept with every attempt until it succeeds or is given up. */
export interface WebhookDeliveryTable {
  id: Generated<number>;
  webhook_id: number;
  conference_id: number;
  /** `release` or `change`. */
  event: string;
  /** The JSON body, exactly as signed and sent. */
  payload: string;
  created_at: string;
  attempts: ColumnType<number, number | undefined, number>;
  /** When to try next; null once delivered or given up. */
  next_attempt_at: string | null;
  delivered_at: string | null;
  failed_at: string | null;
  /** JSON array of attempts: `{ at, status, error }`. */
  log: ColumnType<string, string | undefined, string>;
}

/** An e-mail to send; it stays here, shown in the admin pages, until SMTP takes it. */
export interface OutboxTable {
  id: Generated<number>;
  conference_id: number | null;
  to_address: string;
  subject: string;
  body: string;
  /** Why it was written: `release`, `entry-changed`, `request` … */
  reason: string;
  created_at: string;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: string | null;
  sent_at: string | null;
  last_error: string | null;
}

/** A delegate's address, to be told of each release. */
export interface SubscriptionTable {
  id: Generated<number>;
  conference_id: number;
  email: string;
  created_at: string;
}

/**
 * The token in one e-mail's unsubscribe link, kept as its SHA-256: every e-mail a subscriber has
 * received keeps a working link until they leave (their tokens go with the subscription).
 */
export interface UnsubscribeTokenTable {
  token_hash: string;
  subscription_id: number;
  created_at: string;
}

/** A side-event request from an organiser, from submission until it is scheduled (or not). */
export interface SideEventRequestTable {
  id: Generated<number>;
  conference_id: number;
  organiser_user_id: number;
  /** `submitted`, `accepted`, `declined`, `scheduled` or `cancelled`. */
  status: string;
  /** JSON array of sponsor names, in order. */
  sponsors: string;
  title: string;
  description: string | null;
  expected_attendance: number | null;
  /** JSON array of up to three `{ date, start, end }`, the most wanted first. */
  choices: string;
  /** JSON `{ refreshments: 'none' | 'before' | 'after', languages: string[] }`. */
  needs: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  /** What the secretariat wrote when accepting or declining. */
  decision_message: string | null;
  /** The side-event entry made from the request once it is scheduled. */
  entry_id: string | null;
  created_at: string;
  updated_at: string;
  /** 1 when submitted, one more with every write: a write names the version it read. */
  version: number;
}

export interface SchemaVersionTable {
  version: number;
  applied_at: string;
}

export interface Database {
  conferences: ConferenceTable;
  venues: VenueTable;
  notes: NoteTable;
  entries: EntryTable;
  changes: ChangeTable;
  releases: ReleaseTable;
  api_tokens: ApiTokenTable;
  users: UserTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  account_changes: AccountChangeTable;
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
  outbox: OutboxTable;
  subscriptions: SubscriptionTable;
  unsubscribe_tokens: UnsubscribeTokenTable;
  side_event_requests: SideEventRequestTable;
  agora_schema: SchemaVersionTable;
}
