/**
 * The shape of Agora's own JSON document, `agora-programme/1`, as the writer emits it and the
 * reader accepts it. `schemas/agora-programme-1.schema.json` describes the same shape for
 * everyone else; the two change together.
 */
import type { EntryKind, EntryStatus } from '../../model/programme.ts';

export const AGORA_PROGRAMME_FORMAT = 'agora-programme/1';

export interface AgoraProgrammeJson {
  format: typeof AGORA_PROGRAMME_FORMAT;
  conference: AgoraConferenceJson;
  venues: AgoraVenueJson[];
  notes: AgoraNoteJson[];
  entries: AgoraEntryJson[];
}

export interface AgoraConferenceJson {
  title: string | null;
  session: string | null;
  organizer: string | null;
  organizerShort: string | null;
  city: string | null;
  timeZone: string | null;
  startDate: string | null;
  endDate: string | null;
  theme: string | null;
  notice: string | null;
}

export interface AgoraOpeningHoursJson {
  date: string | null;
  start: string;
  end: string;
}

export interface AgoraVenueJson {
  id: string;
  name: string;
  building: string | null;
  capacity: number | null;
  /** Written only when the venue has opening hours; absent reads as none. */
  openingHours?: AgoraOpeningHoursJson[];
}

export interface AgoraNoteJson {
  id: string;
  text: string;
}

export interface AgoraPartJson {
  label: string;
  sponsors: string[];
  title: string;
  description: string | null;
}

export interface AgoraEntryJson {
  id: string;
  kind: EntryKind;
  date: string | null;
  start: string | null;
  end: string | null;
  venue: string | null;
  agendaItem: string | null;
  title: string;
  continued: boolean;
  sponsors: string[];
  description: string | null;
  notes: string[];
  parts: AgoraPartJson[];
  status: EntryStatus;
  /** Written only when known; absent reads as null. */
  expectedAttendance?: number | null;
}
