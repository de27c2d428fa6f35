/**
 * A small fictional programme for the export tests: two days of a made-up assembly in Lisbon on
 * the weekend the clocks go back (2025-10-26, 02:00 WEST → 01:00 WET), with a venue-less
 * plenary, a split panel, a cancelled side event, an untimed reception and text that needs
 * escaping. Plus an export context for it.
 */
import type { ExportContext } from '../../src/formats/export-context.ts';
import { createEntry, type Programme } from '../../src/model/programme.ts';

export const AUTUMN_SLUG = 'tides3';

export function autumnProgramme(): Programme {
  return {
    conference: {
      title: 'Assembly of the Parties to the Estuaries Accord',
      session: 'Third session of the Assembly',
      organizer: 'Estuaries Accord Secretariat',
      organizerShort: 'EAS',
      city: 'Lisbon',
      timeZone: 'Europe/Lisbon',
      startDate: '2025-10-25',
      endDate: '2025-10-26',
      theme: 'Where rivers meet the sea',
      notice: null,
    },
    venues: [
      { id: 'r1', name: 'Sala Tejo', building: 'T', capacity: 120, openingHours: [] },
      { id: 'r2', name: 'Sala Douro', building: 'T', capacity: 60, openingHours: [] },
    ],
    notes: [
      { id: 'coffee', text: 'Coffee is served before the event.' },
      { id: 'interpretation', text: 'Interpretation into French, Spanish & Portuguese.' },
    ],
    entries: [
      createEntry({ id: 'opening', kind: 'plenary', agendaItem: '1 (a)', title: 'Opening of the session', date: '2025-10-25', start: '10:00', end: '13:00' }),
      createEntry({
        id: 'split-deltas',
        kind: 'side-event',
        title: 'Split panel',
        date: '2025-10-25',
        start: '13:15',
        end: '14:45',
        venue: 'Sala Douro',
        parts: [
          { label: 'A', sponsors: ['Mozambique'], title: 'Mangrove deltas', description: 'Replanting after cyclones.' },
          { label: 'B', sponsors: ['Brazil', 'Mozambique'], title: 'Sediment budgets', description: null },
        ],
      }),
      createEntry({
        id: 'marsh-voices',
        kind: 'side-event',
        title: 'Tides <live> & "salt" \'marsh\' — São Tomé, Açores',
        sponsors: ['Associação Rías & Marés', 'Portugal'],
        description: 'Field notes, 2024–2025:\n"high water" & <low water>; ½ of sites, naïve models.',
        notes: ['coffee', 'interpretation'],
        date: '2025-10-25',
        start: '13:00',
        end: '14:00',
        venue: 'Sala Tejo',
      }),
      createEntry({ id: 'wg-monitoring', kind: 'parallel', title: 'Working Group on Monitoring', date: '2025-10-25', start: '15:00', end: '18:00' }),
      createEntry({
        id: 'reports',
        kind: 'plenary',
        agendaItem: '2 (b)',
        title: 'Reports of the subsidiary bodies',
        continued: true,
        date: '2025-10-26',
        start: '10:00',
        end: '13:00',
      }),
      createEntry({
        id: 'eel-passage',
        kind: 'side-event',
        title: 'Eel passage at weirs',
        sponsors: ['Morocco'],
        date: '2025-10-26',
        start: '13:00',
        end: '14:00',
        venue: 'Sala Tejo',
        status: 'cancelled',
      }),
      createEntry({
        id: 'dune-law',
        kind: 'side-event',
        title: 'Dune protection in national law',
        sponsors: ['Senegal'],
        date: '2025-10-26',
        start: '14:00',
        end: '15:00',
        venue: 'Sala Douro',
      }),
      createEntry({ id: 'reception', kind: 'side-event', title: 'Reception (time to be announced)', sponsors: ['Portugal'] }),
    ],
  };
}

export function autumnContext(overrides: Partial<ExportContext> = {}): ExportContext {
  return {
    slug: AUTUMN_SLUG,
    revision: 7,
    generatedAt: '2025-10-20T09:30:00.000Z',
    baseUrl: 'https://agora.example/c/tides3',
    sequences: new Map([['dune-law', 2]]),
    ...overrides,
  };
}
