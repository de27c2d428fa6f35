/**
 * One day of the example conference (COP6, Vienna, Tuesday 16 October 2012) as a monitor in
 * building M sees it: plenary, a working group and the side events, with their real titles and
 * sponsors. The buildings of the rooms are as the monitors assume them (M3 and M7 in M, the
 * boardrooms in C). For browser tests and the documentation's screenshots.
 */
import { createEntry, type Programme } from '../../../src/model/programme.ts';

export const TUESDAY = '2012-10-16';

export function viennaTuesday(): Programme {
  const day = { date: TUESDAY };
  return {
    conference: {
      title: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      session: 'Sixth session of the Conference of the Parties',
      organizer: 'United Nations Office on Drugs and Crime',
      organizerShort: 'UNODC',
      city: 'Vienna',
      timeZone: 'Europe/Vienna',
      startDate: '2012-10-15',
      endDate: '2012-10-19',
      theme: "Transnational organized crime: Let's put them out of business",
      notice: 'Please note that venues and times of side events may be subject to changes. Please consult the monitors in M building for up to date information.',
    },
    venues: [
      { id: 'm3', name: 'M3', building: 'M', capacity: null, openingHours: [] },
      { id: 'm7', name: 'M7', building: 'M', capacity: null, openingHours: [] },
      { id: 'boardroom-a', name: 'Boardroom A', building: 'C', capacity: null, openingHours: [] },
      { id: 'boardroom-b', name: 'Boardroom B', building: 'C', capacity: null, openingHours: [] },
    ],
    notes: [],
    entries: [
      createEntry({ ...day, id: 'item-2b', kind: 'plenary', agendaItem: '2 (b)', title: 'Trafficking in Persons Protocol', start: '10:00', end: '13:00' }),
      createEntry({ ...day, id: 'wg-cooperation-am', kind: 'parallel', title: 'Working Group on International Cooperation', continued: true, start: '10:00', end: '13:00' }),
      createEntry({ ...day, id: 'item-2c', kind: 'plenary', agendaItem: '2 (c)', title: 'Smuggling of Migrants Protocol', start: '15:00', end: '18:00' }),
      createEntry({ ...day, id: 'wg-cooperation-pm', kind: 'parallel', title: 'Working Group on International Cooperation', continued: true, start: '15:00', end: '18:00' }),
      createEntry({ ...day, id: 'ngo-participation', kind: 'side-event', sponsors: ['Finland'], title: 'NGO participation – sharing of experiences', start: '09:00', end: '10:00', venue: 'M3' }),
      createEntry({
        ...day,
        id: 'digest',
        kind: 'side-event',
        sponsors: ['Colombia', 'Italy', 'Interpol', 'UNODC'],
        title: 'Presentation of the Digest of Organized Crime Cases',
        start: '13:00',
        end: '14:00',
        venue: 'Boardroom B',
      }),
      createEntry({
        ...day,
        id: 'icat',
        kind: 'side-event',
        sponsors: ['Inter-Agency Coordination Group Against Trafficking in Persons (ICAT)', 'Sweden'],
        title: 'The next decade: Promoting common priorities and greater coherence in the fight against human trafficking',
        start: '14:00',
        end: '15:00',
        venue: 'M7',
      }),
      createEntry({
        ...day,
        id: 'manuals',
        kind: 'side-event',
        sponsors: ['France', 'UNODC'],
        title: 'Launch of UNODC Manuals on International Cooperation in Criminal Matters',
        start: '14:00',
        end: '15:00',
        venue: 'M3',
      }),
    ],
  };
}
