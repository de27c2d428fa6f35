/** Mapping between table rows and the programme model. */
import type { Insertable, Selectable } from 'kysely';
import type { Conference, Entry, EntryKind, EntryStatus, Note, OpeningHours, Part, StoredEntry, Venue } from '../model/programme.ts';
import type { ConferenceTable, EntryTable, NoteTable, VenueTable } from './schema.ts';

export function conferenceFromRow(row: Selectable<ConferenceTable>): Conference {
  return {
    title: row.title,
    session: row.session,
    organizer: row.organizer,
    organizerShort: row.organizer_short,
    city: row.city,
    timeZone: row.time_zone,
    startDate: row.start_date,
    endDate: row.end_date,
    theme: row.theme,
    notice: row.notice,
  };
}

export function conferenceColumns(conference: Conference) {
  return {
    title: conference.title,
    session: conference.session,
    organizer: conference.organizer,
    organizer_short: conference.organizerShort,
    city: conference.city,
    time_zone: conference.timeZone,
    start_date: conference.startDate,
    end_date: conference.endDate,
    theme: conference.theme,
    notice: conference.notice,
  };
}

export function venueFromRow(row: Selectable<VenueTable>): Venue {
  return {
    id: row.id,
    name: row.name,
    building: row.building,
    capacity: row.capacity,
    openingHours: JSON.parse(row.opening_hours) as OpeningHours[],
  };
}

export function venueRow(conferenceId: number, venue: Venue, seq: number): Insertable<VenueTable> {
  return {
    conference_id: conferenceId,
    id: venue.id,
    seq,
    name: venue.name,
    building: venue.building,
    capacity: venue.capacity,
    opening_hours: JSON.stringify(venue.openingHours),
  };
}

export function noteFromRow(row: Selectable<NoteTable>): Note {
  return { id: row.id, text: row.text };
}

export function noteRow(conferenceId: number, note: Note, seq: number): Insertable<NoteTable> {
  return { conference_id: conferenceId, id: note.id, seq, text: note.text };
}

export function entryFromRow(row: Selectable<EntryTable>): StoredEntry {
  return {
    id: row.id,
    kind: row.kind as EntryKind,
    date: row.date,
    start: row.start_time,
    end: row.end_time,
    venue: row.venue,
    agendaItem: row.agenda_item,
    title: row.title,
    continued: Boolean(row.continued),
    sponsors: JSON.parse(row.sponsors) as string[],
    description: row.description,
    notes: JSON.parse(row.notes) as string[],
    parts: JSON.parse(row.parts) as Part[],
    status: row.status as EntryStatus,
    expectedAttendance: row.expected_attendance,
    revision: row.revision,
  };
}

export function entryRow(conferenceId: number, entry: Entry, seq: number, revision: number): Insertable<EntryTable> {
  return {
    conference_id: conferenceId,
    id: entry.id,
    seq,
    kind: entry.kind,
    date: entry.date,
    start_time: entry.start,
    end_time: entry.end,
    venue: entry.venue,
    agenda_item: entry.agendaItem,
    title: entry.title,
    continued: entry.continued ? 1 : 0,
    sponsors: JSON.stringify(entry.sponsors),
    description: entry.description,
    notes: JSON.stringify(entry.notes),
    parts: JSON.stringify(entry.parts),
    status: entry.status,
    expected_attendance: entry.expectedAttendance,
    revision,
  };
}

/** The entry without the store's bookkeeping, as the model and the formats know it. */
export function withoutRevision(entry: StoredEntry): Entry {
  const { revision: _revision, ...plain } = entry;
  return plain;
}
