/**
 * Programme → C3VOC schedule JSON.
 */
import type { Programme } from '../../model/programme.ts';
import type { ExportContext } from '../export-context.ts';
import { buildSchedule } from '../schedule/build-schedule.ts';
import type { Schedule, ScheduleDay, ScheduleEvent } from '../schedule/schedule.ts';
import { C3VOC_SCHEMA_URL, type C3vocConference, type C3vocDay, type C3vocDocument, type C3vocEvent } from './c3voc-schedule.ts';

/**
 * The programme as a C3VOC `schedule.json` document, as a plain value.
 *
 * The same schedule as the frab XML (cancelled and untimed entries left out, the same ids and
 * guids). The schema requires a `url` on every event: where the public base URL is unknown the
 * event's guid stands in as a `urn:uuid:` URI rather than an invented address.
 *
 * Examples:
 *
 * ```ts
 * toC3vocSchedule(programme, context).schedule.conference.days[0]?.date; // "2025-10-25"
 * ```
 */
export function toC3vocSchedule(programme: Programme, context: ExportContext): C3vocDocument {
  const schedule = buildSchedule(programme, context);
  return {
    $schema: C3VOC_SCHEMA_URL,
    generator: { name: 'Agora' },
    schedule: {
      version: schedule.version,
      ...(schedule.baseUrl === null ? {} : { base_url: schedule.baseUrl }),
      conference: conference(schedule),
    },
  };
}

/** The C3VOC schedule JSON text, indented by two spaces, ending in a newline. */
export function exportC3vocJson(programme: Programme, context: ExportContext): string {
  return `${JSON.stringify(toC3vocSchedule(programme, context), null, 2)}\n`;
}

function conference(schedule: Schedule): C3vocConference {
  return {
    acronym: schedule.acronym,
    title: schedule.title,
    ...(schedule.start === null ? {} : { start: schedule.start }),
    ...(schedule.end === null ? {} : { end: schedule.end }),
    daysCount: schedule.days.length,
    timeslot_duration: schedule.timeslotDuration,
    ...(schedule.timeZone === null ? {} : { time_zone_name: schedule.timeZone }),
    days: schedule.days.map(day),
  };
}

function day(scheduleDay: ScheduleDay): C3vocDay {
  return {
    index: scheduleDay.index,
    date: scheduleDay.date,
    day_start: scheduleDay.startsAt,
    day_end: scheduleDay.endsAt,
    rooms: Object.fromEntries(scheduleDay.rooms.map((room) => [room.name, room.events.map(event)])),
  };
}

function event(scheduleEvent: ScheduleEvent): C3vocEvent {
  return {
    id: scheduleEvent.id,
    guid: scheduleEvent.guid,
    date: scheduleEvent.startsAt,
    start: scheduleEvent.start,
    duration: scheduleEvent.duration,
    room: scheduleEvent.room,
    slug: scheduleEvent.slug,
    url: scheduleEvent.url ?? `urn:uuid:${scheduleEvent.guid}`,
    title: scheduleEvent.title,
    subtitle: scheduleEvent.subtitle,
    track: scheduleEvent.kind,
    type: scheduleEvent.kind,
    language: scheduleEvent.language,
    abstract: scheduleEvent.abstract,
    description: scheduleEvent.description,
    persons: scheduleEvent.persons.map((person) => ({ id: person.id, public_name: person.name })),
    links: [],
    attachments: [],
  };
}
