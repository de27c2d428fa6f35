/**
 * Printing a programme and reading the print gives the same programme.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderDocument } from '../../src/document/index.ts';
import { createEntry, type Programme } from '../../src/model/programme.ts';
import { LAGOONS, lineOf, parsed, POLAR_SHIPPING, readDocumentFixture } from './support/documents.ts';

describe('rendering and reading again', () => {
  for (const name of [LAGOONS, POLAR_SHIPPING]) {
    test(`gives the same entries, notes, venues and conference for ${name}`, () => {
      const programme = parsed(readDocumentFixture(name));
      const again = parsed(renderDocument(programme));
      assert.deepEqual(again.entries, programme.entries);
      assert.deepEqual(again, programme);
    });
  }

  test('prints the side events of several pages as one table with markers in first-use order', () => {
    const text = renderDocument(parsed(readDocumentFixture(LAGOONS)));
    assert.equal(text.split('\n').filter((line) => line === 'SIDE EVENTS').length, 1);
    assert.ok(text.includes('Portugal / Cabo Verde / Tidewatch Network: Mangroves: Counting what we lose *\t'));
    assert.ok(text.includes('Lagoon Keepers Alliance: Oysters, salt and sand: Three livelihoods of one lagoon **\t'));
    assert.ok(text.includes('Fiji / Samoa / Tonga: Island lagoons: what rising seas mean for them ***\t'));
    assert.ok(text.includes('Estuary Science Council: Sediment cores **\t\n'));
    assert.ok(text.includes('\n* Light lunch will be served before the event.\n\n** Interpretation into French and Spanish is provided.\n\n*** Registration at the door is required.\n'));
    assert.ok(text.includes('SPLIT PANEL: A) Senegal: Saloum delta B) Egypt / Delta Institute: Nile delta wetlands\t<i>Salt intrusion in the Saloum.</i> <i>Wetland birds of the Nile delta.</i>'));
  });

  test('prints the cover, day rows with their empty cells and time cells in the UN style', () => {
    const text = renderDocument(parsed(readDocumentFixture(LAGOONS)));
    const lines = text.split('\n');
    assert.ok(lines.includes('30 October – 3 November 2031, Geneva'));
    assert.ok(lines.includes('Assembly of the States Parties'));
    assert.ok(lines.includes('Convention on the Protection of Lagoons and Estuaries'));
    assert.ok(lines.includes('THURSDAY, 30 OCTOBER\t\t'));
    assert.ok(lines.includes('THURSDAY, 30 OCTOBER\t\t\t'));
    assert.ok(lines.includes('8.30 - 9.30 a.m.\tItem 1 (a). Opening of the session\t'));
    assert.ok(lines.includes('\tItem 1 (b). Election of officers\t'));
    assert.ok(lines.includes('12.30 - 1.30 p.m.\t\tCommittee on Compliance'));
    assert.ok(lines.includes('11 a.m. - 1.15 p.m.\tItem 3 (b). Reports of the Parties: inland states <i>(continued)</i>\tWorking Group on Sediment Monitoring <i>(continued)</i>'));
    assert.ok(lines.includes('11 a.m. - 12 p.m.\tKOE12\tChile: Salmon farms and coastal water quality\t<i>An account of monitoring near salmon pens.</i>'));
    assert.ok(lineOf(text, 'PROGRAMME') < lineOf(text, 'SIDE EVENTS'));
  });

  test('orders entries by date, start and end, leaves out cancelled and unscheduled ones, and keeps them in the data', () => {
    const programme: Programme = parsed(readDocumentFixture(POLAR_SHIPPING));
    const late = createEntry({ id: 'late', kind: 'side-event', title: 'Night navigation', sponsors: ['Norway'], venue: 'Harbour Room', date: '2031-12-30', start: '20:00', end: '21:00' });
    const early = createEntry({ id: 'early', kind: 'side-event', title: 'Ice breakfast', venue: 'Harbour Room', date: '2031-12-30', start: '08:00', end: '08:45' });
    const cancelled = createEntry({ id: 'off', kind: 'side-event', title: 'Called off', venue: 'K1', date: '2031-12-30', start: '13:00', end: '14:00', status: 'cancelled' });
    const undated = createEntry({ id: 'tbc', kind: 'plenary', title: 'To be confirmed', agendaItem: '4' });
    programme.entries.push(late, cancelled, undated, early);
    const text = renderDocument(programme);
    assert.ok(!text.includes('Called off'));
    assert.ok(!text.includes('To be confirmed'));
    assert.ok(lineOf(text, 'Ice breakfast') < lineOf(text, 'Night navigation'));
    assert.ok(lineOf(text, 'Night navigation') < lineOf(text, 'Iceland: Ice pilots'));
    assert.ok(text.includes('8 - 8.45 a.m.\tHarbour Room\tIce breakfast\t\n'));
    assert.ok(text.includes('8 - 9 p.m.\tHarbour Room\tNorway: Night navigation\t\n'));
    const titles = parsed(text).entries.filter((entry) => entry.kind === 'side-event').map((entry) => entry.title);
    assert.deepEqual(titles, ['Ice breakfast', 'Night navigation', 'Ice pilots']);
  });

  test('prints a split panel whose parts have no descriptions with an empty description cell', () => {
    const programme = parsed(readDocumentFixture(POLAR_SHIPPING));
    programme.entries.push(
      createEntry({
        id: 'panel',
        kind: 'side-event',
        title: 'Split panel',
        venue: 'Harbour Room',
        date: '2031-12-31',
        start: '13:00',
        end: '14:00',
        parts: [
          { label: 'A', sponsors: ['Canada'], title: 'Arctic ports', description: null },
          { label: 'B', sponsors: ['Chile', 'Argentina'], title: 'Antarctic supply', description: 'Two routes south.' },
        ],
      }),
    );
    const text = renderDocument(programme);
    assert.ok(text.includes('\tHarbour Room\tSPLIT PANEL: A) Canada: Arctic ports B) Chile / Argentina: Antarctic supply\t<i></i> <i>Two routes south.</i>\n'));
    const panel = parsed(text).entries.find((entry) => entry.parts.length > 0);
    assert.deepEqual(panel?.parts, programme.entries.at(-1)?.parts);
  });
});
