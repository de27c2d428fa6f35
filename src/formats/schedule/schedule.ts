/**
 * The programme as a frab-style schedule: days, each with its rooms, each with its timed events.
 * Built once by {@link buildSchedule} and written out by the frab XML and C3VOC JSON exports,
 * which are two spellings of the same structure.
 */
import type { EntryKind } from '../../model/programme.ts';

export interface SchedulePerson {
  /** Stable number derived from the name. */
  id: number;
  name: string;
}

export interface ScheduleEvent {
  /** The Agora entry id the event was made from. */
  entryId: string;
  /** Stable positive number derived from the entry id. */
  id: number;
  /** UUID v5 of the conference slug and entry id. */
  guid: string;
  /** Unique in the schedule: "<acronym>-<id>-<title words>". */
  slug: string;
  room: string;
  /** The conference date, `YYYY-MM-DD`. */
  date: string;
  /** ISO 8601 start with the zone's offset (floating when the zone is unknown). */
  startsAt: string;
  /** `HH:MM` on the conference's clock. */
  start: string;
  /** `HH:MM` of elapsed time. */
  duration: string;
  title: string;
  subtitle: string;
  kind: EntryKind;
  /** ISO 639-1 code of the language the event is held in. */
  language: string;
  abstract: string;
  description: string;
  persons: SchedulePerson[];
  /** The entry's public page, or null when the base URL is unknown. */
  url: string | null;
}

export interface ScheduleRoom {
  name: string;
  events: ScheduleEvent[];
}

export interface ScheduleDay {
  /** 1 for the first day. */
  index: number;
  date: string;
  /** ISO 8601 start of the day's first event (midnight on a day without events). */
  startsAt: string;
  /** ISO 8601 end of the day's last event (the next midnight on a day without events). */
  endsAt: string;
  /** Every room of the schedule, in the same order each day, empty where nothing happens. */
  rooms: ScheduleRoom[];
}

export interface Schedule {
  /** The conference slug. */
  acronym: string;
  title: string;
  /** The programme's revision, as text. */
  version: string;
  baseUrl: string | null;
  timeZone: string | null;
  /** First and last day, `YYYY-MM-DD`; null when the programme has no dates. */
  start: string | null;
  end: string | null;
  /** The coarsest grid every start and end falls on, `HH:MM` (at most an hour). */
  timeslotDuration: string;
  days: ScheduleDay[];
}
