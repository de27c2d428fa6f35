/**
 * Programme → Agora JSON. Keys are written in the documented order so that two writes of the
 * same programme are byte-for-byte equal and a diff of two revisions shows only what changed.
 */
import type { Conference, Entry, Note, OpeningHours, Part, Programme, Venue } from '../../model/programme.ts';
import {
  AGORA_PROGRAMME_FORMAT,
  type AgoraConferenceJson,
  type AgoraEntryJson,
  type AgoraNoteJson,
  type AgoraOpeningHoursJson,
  type AgoraPartJson,
  type AgoraProgrammeJson,
  type AgoraVenueJson,
} from './agora-programme-json.ts';

/**
 * The Agora JSON document of a programme, as a plain value.
 *
 * Optional facts (a venue's opening hours, an entry's expected attendance) appear only when they
 * carry something, so a programme without them has exactly the keys of `agora-programme/1`.
 *
 * Examples:
 *
 * ```ts
 * const document = toAgoraJson(programme);
 * document.entries[0]?.start; // "14:00"
 * ```
 */
export function toAgoraJson(programme: Programme): AgoraProgrammeJson {
  return {
    format: AGORA_PROGRAMME_FORMAT,
    conference: conferenceJson(programme.conference),
    venues: programme.venues.map(venueJson),
    notes: programme.notes.map(noteJson),
    entries: programme.entries.map(entryJson),
  };
}

/**
 * The Agora JSON text of a programme: indented by two spaces, ending with a newline.
 *
 * Examples:
 *
 * ```ts
 * writeFileSync('programme.json', writeProgrammeJson(programme));
 * ```
 */
export function writeProgrammeJson(programme: Programme): string {
  return `${JSON.stringify(toAgoraJson(programme), null, 2)}\n`;
}

function conferenceJson(conference: Conference): AgoraConferenceJson {
  return {
    title: conference.title,
    session: conference.session,
    organizer: conference.organizer,
    organizerShort: conference.organizerShort,
    city: conference.city,
    timeZone: conference.timeZone,
    startDate: conference.startDate,
    endDate: conference.endDate,
    theme: conference.theme,
    notice: conference.notice,
  };
}

function venueJson(venue: Venue): AgoraVenueJson {
  const json: AgoraVenueJson = { id: venue.id, name: venue.name, building: venue.building, capacity: venue.capacity };
  if (venue.openingHours.length > 0) json.openingHours = venue.openingHours.map(openingHoursJson);
  return json;
}

function openingHoursJson(hours: OpeningHours): AgoraOpeningHoursJson {
  return { date: hours.date, start: hours.start, end: hours.end };
}

function noteJson(note: Note): AgoraNoteJson {
  return { id: note.id, text: note.text };
}

function partJson(part: Part): AgoraPartJson {
  return { label: part.label, sponsors: [...part.sponsors], title: part.title, description: part.description };
}

function entryJson(entry: Entry): AgoraEntryJson {
  const json: AgoraEntryJson = {
    id: entry.id,
    kind: entry.kind,
    date: entry.date,
    start: entry.start,
    end: entry.end,
    venue: entry.venue,
    agendaItem: entry.agendaItem,
    title: entry.title,
    continued: entry.continued,
    sponsors: [...entry.sponsors],
    description: entry.description,
    notes: [...entry.notes],
    parts: entry.parts.map(partJson),
    status: entry.status,
  };
  if (entry.expectedAttendance !== null) json.expectedAttendance = entry.expectedAttendance;
  return json;
}
