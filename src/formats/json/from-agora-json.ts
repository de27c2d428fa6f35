/**
 * Agora JSON → Programme, for a document that has already been checked.
 *
 * Optional facts the document leaves out take their "none" values: a venue without
 * `openingHours` has none, an entry without `expectedAttendance` has it unknown (null).
 */
import type { Conference, Entry, Note, OpeningHours, Part, Programme, Venue } from '../../model/programme.ts';
import type {
  AgoraConferenceJson,
  AgoraEntryJson,
  AgoraNoteJson,
  AgoraOpeningHoursJson,
  AgoraPartJson,
  AgoraProgrammeJson,
  AgoraVenueJson,
} from './agora-programme-json.ts';

/**
 * The programme an Agora JSON document describes; it shares no arrays or objects with the document.
 *
 * Use {@link readProgrammeJson} for input from outside: this function trusts its argument.
 *
 * Examples:
 *
 * ```ts
 * fromAgoraJson(toAgoraJson(programme)); // deep-equal to programme
 * ```
 */
export function fromAgoraJson(document: AgoraProgrammeJson): Programme {
  return {
    conference: conferenceOf(document.conference),
    venues: document.venues.map(venueOf),
    notes: document.notes.map(noteOf),
    entries: document.entries.map(entryOf),
  };
}

function conferenceOf(json: AgoraConferenceJson): Conference {
  return {
    title: json.title,
    session: json.session,
    organizer: json.organizer,
    organizerShort: json.organizerShort,
    city: json.city,
    timeZone: json.timeZone,
    startDate: json.startDate,
    endDate: json.endDate,
    theme: json.theme,
    notice: json.notice,
  };
}

function venueOf(json: AgoraVenueJson): Venue {
  return {
    id: json.id,
    name: json.name,
    building: json.building,
    capacity: json.capacity,
    openingHours: (json.openingHours ?? []).map(openingHoursOf),
  };
}

function openingHoursOf(json: AgoraOpeningHoursJson): OpeningHours {
  return { date: json.date, start: json.start, end: json.end };
}

function noteOf(json: AgoraNoteJson): Note {
  return { id: json.id, text: json.text };
}

function partOf(json: AgoraPartJson): Part {
  return { label: json.label, sponsors: [...json.sponsors], title: json.title, description: json.description };
}

function entryOf(json: AgoraEntryJson): Entry {
  return {
    id: json.id,
    kind: json.kind,
    date: json.date,
    start: json.start,
    end: json.end,
    venue: json.venue,
    agendaItem: json.agendaItem,
    title: json.title,
    continued: json.continued,
    sponsors: [...json.sponsors],
    description: json.description,
    notes: [...json.notes],
    parts: json.parts.map(partOf),
    status: json.status,
    expectedAttendance: json.expectedAttendance ?? null,
  };
}
