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
  /** The revision of the conference's newest change; 0 before the first. */
  revision: number;
  created_at: string;
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
  agora_schema: SchemaVersionTable;
}
