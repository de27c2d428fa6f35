/**
 * A small fictional conference, written for these tests: the second meeting of a made-up
 * Assembly on Inland Waterways in Ljubljana. It uses every fact the model holds, so a round
 * trip through a format shows what survives: plenary items (one continued), a parallel
 * meeting, side events with footnotes, a split panel, a cancelled event, unknown facts (null),
 * and the two optional facts (opening hours, expected attendance) that `plainSampleProgramme`
 * leaves out.
 */
import { createEntry, type Programme } from '../../../src/model/programme.ts';

export function sampleProgramme(): Programme {
  return {
    conference: {
      title: 'Assembly of the Parties to the Convention on Inland Waterways',
      session: 'Second meeting of the Assembly',
      organizer: 'Secretariat of the Inland Waterways Convention',
      organizerShort: 'SIWC',
      city: 'Ljubljana',
      timeZone: 'Europe/Ljubljana',
      startDate: '2031-03-24',
      endDate: '2031-03-26',
      theme: 'Rivers that connect: shared water, shared work',
      notice: 'Rooms and times of side events may change. The screens in the foyer of Hall C show the current programme.',
    },
    venues: [
      { id: 'hall-c', name: 'Hall C', building: 'C', capacity: 400, openingHours: [{ date: null, start: '08:00', end: '19:00' }] },
      {
        id: 'sava-room',
        name: 'Sava Room',
        building: 'C',
        capacity: 60,
        openingHours: [
          { date: '2031-03-24', start: '09:00', end: '18:00' },
          { date: '2031-03-25', start: '12:00', end: '17:30' },
        ],
      },
      { id: 'krka-room', name: 'Krka Room', building: null, capacity: null, openingHours: [] },
    ],
    notes: [
      { id: 'lunch-provided', text: 'A light lunch is served in the room before the event.' },
      { id: 'interpretation', text: 'Interpretation into French and Spanish is offered.' },
    ],
    entries: [
      createEntry({
        id: 'item-1-a',
        kind: 'plenary',
        date: '2031-03-24',
        start: '10:00',
        end: '13:00',
        agendaItem: '1 (a)',
        title: 'Opening of the meeting',
      }),
      createEntry({
        id: 'item-2',
        kind: 'plenary',
        date: '2031-03-24',
        start: '15:00',
        end: '18:00',
        agendaItem: '2',
        title: 'Navigation rules on shared rivers',
      }),
      createEntry({
        id: 'item-2-continued',
        kind: 'plenary',
        date: '2031-03-25',
        start: '10:00',
        end: '13:00',
        agendaItem: '2',
        title: 'Navigation rules on shared rivers',
        continued: true,
      }),
      createEntry({
        id: 'working-group-locks',
        kind: 'parallel',
        date: '2031-03-24',
        start: '15:00',
        end: '18:00',
        title: 'Working Group on Locks and Weirs',
      }),
      createEntry({
        id: 'slovenia-sediment',
        kind: 'side-event',
        date: '2031-03-24',
        start: '13:15',
        end: '14:45',
        venue: 'Sava Room',
        title: 'Sediment after the floods: what ten years of measurements tell us',
        sponsors: ['Slovenia', 'Croatia', 'River Basin Commission'],
        description: 'Hydrologists from both banks present a decade of sediment records and what they mean for dredging plans.',
        notes: ['lunch-provided', 'interpretation'],
        expectedAttendance: 45,
      }),
      createEntry({
        id: 'split-panel-ports',
        kind: 'side-event',
        date: '2031-03-25',
        start: '13:15',
        end: '14:45',
        venue: 'Hall C',
        title: 'Split panel: small ports and river tourism',
        parts: [
          {
            label: 'A',
            sponsors: ['Port Authority of Vukovar', 'Inland Shipping Federation'],
            title: 'Small ports as hubs of regional trade',
            description: 'How a port of a few berths keeps a valley supplied.',
          },
          { label: 'B', sponsors: ['Friends of the Drava'], title: 'Cruises without wakes', description: null },
        ],
        notes: ['lunch-provided'],
      }),
      createEntry({
        id: 'ngo-fish-ladders',
        kind: 'side-event',
        date: '2031-03-26',
        start: '13:00',
        end: '14:00',
        venue: 'Krka Room',
        title: 'Fish ladders: a field guide for engineers',
        sponsors: ['Rivers Alive (NGO)'],
        status: 'cancelled',
      }),
      createEntry({ id: 'to-be-announced', kind: 'side-event', title: 'Youth forum on river crossings: “Bridges, not borders”' }),
    ],
  };
}

/** The sample without the optional facts: no opening hours, no expected attendance. */
export function plainSampleProgramme(): Programme {
  const programme = sampleProgramme();
  return {
    ...programme,
    venues: programme.venues.map((venue) => ({ ...venue, openingHours: [] })),
    entries: programme.entries.map((entry) => ({ ...entry, expectedAttendance: null })),
  };
}
