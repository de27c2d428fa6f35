/**
 * The sample programme with what the web pages must cope with: a carried-on item and meeting, a
 * split panel, a cancelled side event, an accented sponsor and a title full of markup.
 */
import { createEntry, type Programme } from '../../src/model/programme.ts';
import { sampleProgramme } from '../support/sample-programme.ts';

export const HOSTILE_TITLE = '<script>alert(1)</script> & "quotes"';

export function webProgramme(): Programme {
  const programme = sampleProgramme();
  programme.notes.push({ id: 'tea-after', text: 'Tea is served after the event.' });
  programme.entries.push(
    createEntry({ id: 'general', kind: 'plenary', agendaItem: '2', title: 'General discussion', date: '2031-05-12', start: '15:00', end: '18:00' }),
    createEntry({ id: 'general-b', kind: 'plenary', agendaItem: '2 (b)', title: 'Shared estuaries', date: '2031-05-12', start: '15:00', end: '18:00' }),
    createEntry({ id: 'general-cont', kind: 'plenary', agendaItem: '2', title: 'General discussion', continued: true, date: '2031-05-13', start: '10:00', end: '13:00' }),
    createEntry({ id: 'wg-data-cont', kind: 'parallel', title: 'Working Group on Shared Data', continued: true, date: '2031-05-13', start: '10:00', end: '13:00' }),
    createEntry({
      id: 'lagoon-panel',
      kind: 'side-event',
      title: 'Lagoons',
      date: '2031-05-13',
      start: '14:00',
      end: '15:00',
      venue: 'R1',
      notes: ['tea-after'],
      parts: [
        { label: 'A', sponsors: ['Tunisia', 'Lagoon Network'], title: 'Lagoon fisheries', description: 'How fishers share a lagoon.' },
        { label: 'B', sponsors: ['Italy'], title: 'Venice tides', description: 'Barriers and their costs.' },
      ],
    }),
    createEntry({
      id: 'mangrove-law',
      kind: 'side-event',
      title: 'Mangrove restoration',
      sponsors: ['Côte d’Ivoire', 'São Tomé and Príncipe'],
      description: 'Replanting along two coasts.',
      date: '2031-05-13',
      start: '13:00',
      end: '14:00',
      venue: 'R1',
    }),
    createEntry({
      id: 'cancelled-walk',
      kind: 'side-event',
      title: 'Guided walk on the marsh',
      sponsors: ['Tidal Trust'],
      description: 'A walk at low tide.',
      status: 'cancelled',
      date: '2031-05-13',
      start: '14:00',
      end: '15:00',
      venue: 'R2',
    }),
    createEntry({
      id: 'hostile',
      kind: 'side-event',
      title: HOSTILE_TITLE,
      sponsors: ['<b>Bold</b> State'],
      description: '<img src=x onerror=alert(2)>',
      date: '2031-05-12',
      start: '16:00',
      end: '17:00',
      venue: 'R2',
    }),
  );
  return programme;
}
