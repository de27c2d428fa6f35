/**
 * A small fictional programme for store, app and CLI tests: two days of a made-up assembly in
 * Lisbon, with plenary items, a working group and side events in two rooms.
 */
import { createEntry, type Programme } from '../../src/model/programme.ts';

export function sampleProgramme(): Programme {
  return {
    conference: {
      title: 'Assembly of the Parties to the Convention on Coastal Wetlands',
      session: 'Third session of the Assembly of the Parties',
      organizer: 'Coastal Wetlands Secretariat',
      organizerShort: 'CWS',
      city: 'Lisbon',
      timeZone: 'Europe/Lisbon',
      startDate: '2031-05-12',
      endDate: '2031-05-13',
      theme: 'Tides that bind',
      notice: 'Rooms may change; the screens in the foyer show the latest programme.',
    },
    venues: [
      { id: 'r1', name: 'R1', building: 'R', capacity: 80, openingHours: [] },
      { id: 'r2', name: 'R2', building: 'R', capacity: 40, openingHours: [] },
    ],
    notes: [{ id: 'lunch-before', text: 'A light lunch is served before the event.' }],
    entries: [
      createEntry({ id: 'opening', kind: 'plenary', agendaItem: '1 (a)', title: 'Opening of the session', date: '2031-05-12', start: '10:00', end: '13:00' }),
      createEntry({ id: 'agenda', kind: 'plenary', agendaItem: '1 (b)', title: 'Adoption of the agenda', date: '2031-05-12', start: '10:00', end: '13:00' }),
      createEntry({ id: 'wg-data', kind: 'parallel', title: 'Working Group on Shared Data', date: '2031-05-12', start: '15:00', end: '18:00' }),
      createEntry({
        id: 'salt-marsh',
        kind: 'side-event',
        title: 'Salt marshes as carbon stores',
        sponsors: ['Portugal', 'Tidal Trust'],
        description: 'Field results from three estuaries.',
        notes: ['lunch-before'],
        date: '2031-05-12',
        start: '13:00',
        end: '14:00',
        venue: 'R1',
      }),
      createEntry({
        id: 'eel-routes',
        kind: 'side-event',
        title: 'Eel migration routes',
        sponsors: ['Morocco'],
        description: 'Tracking data shared across borders.',
        date: '2031-05-12',
        start: '14:00',
        end: '15:00',
        venue: 'R1',
      }),
      createEntry({
        id: 'dune-law',
        kind: 'side-event',
        title: 'Dune protection in national law',
        sponsors: ['Senegal'],
        description: null,
        date: '2031-05-13',
        start: '13:00',
        end: '14:00',
        venue: 'R2',
      }),
    ],
  };
}
