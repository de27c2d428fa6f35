/**
 * Small fictional programmes for the conflict-rule tests: a three-day meeting in two rooms.
 */
import { createEntry, emptyConference, type Entry, type Programme, type Venue } from '../../../src/model/programme.ts';

export const MONDAY = '2029-06-04';
export const TUESDAY = '2029-06-05';
export const WEDNESDAY = '2029-06-06';

/** A venue with no capacity and no opening hours unless given. */
export function venue(name: string, fields: Partial<Venue> = {}): Venue {
  return { id: name.toLowerCase().replace(/\s+/g, '-'), name, building: null, capacity: null, openingHours: [], ...fields };
}

/** A side event on Monday in the Lake Room, 13:00–14:00, unless told otherwise. */
export function sideEvent(id: string, fields: Partial<Entry> = {}): Entry {
  return createEntry({
    id,
    kind: 'side-event',
    title: `Side event ${id}`,
    date: MONDAY,
    start: '13:00',
    end: '14:00',
    venue: 'Lake Room',
    ...fields,
  });
}

/** A plenary agenda item on Monday, 10:00–13:00, unless told otherwise. */
export function plenary(id: string, agendaItem: string, fields: Partial<Entry> = {}): Entry {
  return createEntry({
    id,
    kind: 'plenary',
    title: `Agenda item ${agendaItem}`,
    agendaItem,
    date: MONDAY,
    start: '10:00',
    end: '13:00',
    ...fields,
  });
}

/** A programme of Monday to Wednesday with the Lake Room and the Hill Room, and these entries. */
export function programmeOf(entries: Entry[], venues: Venue[] = [venue('Lake Room'), venue('Hill Room')]): Programme {
  return {
    conference: {
      ...emptyConference(),
      title: 'Meeting of the Lake Basin Commission',
      city: 'Lisbon',
      timeZone: 'Europe/Lisbon',
      startDate: MONDAY,
      endDate: WEDNESDAY,
    },
    venues,
    notes: [],
    entries,
  };
}
