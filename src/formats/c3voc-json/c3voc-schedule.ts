/**
 * The C3VOC schedule JSON (`schedule.json`, schema https://c3voc.de/schedule/schema.json): frab's
 * schedule as JSON, read by the VOC's recording and streaming tools and by schedule apps.
 * Only the fields Agora writes are typed.
 */

export const C3VOC_SCHEMA_URL = 'https://c3voc.de/schedule/schema.json';

export interface C3vocDocument {
  $schema: string;
  generator: { name: string };
  schedule: C3vocSchedule;
}

export interface C3vocSchedule {
  version: string;
  /** Present only when the public base URL is known. */
  base_url?: string;
  conference: C3vocConference;
}

export interface C3vocConference {
  acronym: string;
  title: string;
  /** `YYYY-MM-DD`; absent when the programme has no dates. */
  start?: string;
  end?: string;
  daysCount: number;
  timeslot_duration: string;
  /** IANA zone; absent when the programme does not name one. */
  time_zone_name?: string;
  days: C3vocDay[];
}

export interface C3vocDay {
  index: number;
  date: string;
  day_start: string;
  day_end: string;
  rooms: Record<string, C3vocEvent[]>;
}

export interface C3vocPerson {
  id: number;
  public_name: string;
}

export interface C3vocEvent {
  id: number;
  guid: string;
  /** ISO 8601 start with the zone's offset. */
  date: string;
  /** `HH:MM` on the conference's clock. */
  start: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: string;
  type: string;
  language: string;
  abstract: string;
  description: string;
  persons: C3vocPerson[];
  links: never[];
  attachments: never[];
}

/** The fields the schema requires on every event. */
export const C3VOC_REQUIRED_EVENT_FIELDS = [
  'abstract',
  'date',
  'duration',
  'guid',
  'id',
  'language',
  'links',
  'persons',
  'room',
  'slug',
  'start',
  'subtitle',
  'title',
  'track',
  'type',
  'url',
] as const satisfies ReadonlyArray<keyof C3vocEvent>;
