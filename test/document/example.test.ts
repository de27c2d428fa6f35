/**
 * The real programme of the sixth session of the Conference of the Parties (Vienna, 2012),
 * read from ../shared and never copied into the project.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderDocument } from '../../src/document/index.ts';
import type { Programme } from '../../src/model/programme.ts';
import { readExample, skipWithoutShared } from '../support/shared-fixture.ts';
import { entryTitled, parsed } from './support/documents.ts';
import { printedRows } from './support/printed-rows.ts';

const skip = skipWithoutShared();

let example: Programme | null = null;
function exampleProgramme(): Programme {
  example ??= parsed(readExample());
  return example;
}

function countOf(programme: Programme, kind: string): number {
  return programme.entries.filter((entry) => entry.kind === kind).length;
}

describe('reading the 2012 printed programme', () => {
  test('gives five days with 19 plenary, 6 parallel and 19 side-event entries and 2 notes', { skip }, () => {
    const programme = exampleProgramme();
    const days = [...new Set(programme.entries.map((entry) => entry.date))];
    assert.deepEqual(days, ['2012-10-15', '2012-10-16', '2012-10-17', '2012-10-18', '2012-10-19']);
    assert.equal(countOf(programme, 'plenary'), 19);
    assert.equal(countOf(programme, 'parallel'), 6);
    assert.equal(countOf(programme, 'side-event'), 19);
    assert.equal(programme.notes.length, 2);
  });

  test('reads the cover and the notice into the conference, with the zone of its city', { skip }, () => {
    assert.deepEqual(exampleProgramme().conference, {
      title: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      session: 'Sixth session of the Conference of the Parties',
      organizer: 'United Nations Office on Drugs and Crime',
      organizerShort: 'UNODC',
      city: 'Vienna',
      timeZone: 'Europe/Vienna',
      startDate: '2012-10-15',
      endDate: '2012-10-19',
      theme: "Transnational organized crime: Let's put them out of business",
      notice:
        'Please note that venues and times of side events may be subject to changes. Please consult the monitors in M building for up to date information.',
    });
  });

  test('reads plenary items with their agenda numbers, times and "(continued)"', { skip }, () => {
    const programme = exampleProgramme();
    const first = programme.entries[0];
    assert.deepEqual(first, {
      id: '2012-10-15-item-1-a-opening-of-the-session',
      kind: 'plenary',
      date: '2012-10-15',
      start: '10:00',
      end: '13:00',
      venue: null,
      agendaItem: '1 (a)',
      title: 'Opening of the session',
      continued: false,
      sponsors: [],
      description: null,
      notes: [],
      parts: [],
      status: 'scheduled',
      expectedAttendance: null,
    });
    const carriedOn = programme.entries.find((entry) => entry.date === '2012-10-19' && entry.agendaItem === '5');
    assert.equal(carriedOn?.continued, true);
    assert.equal(carriedOn?.title, 'Technical assistance');
    const group = programme.entries.find((entry) => entry.kind === 'parallel' && entry.date === '2012-10-16' && entry.start === '15:00');
    assert.equal(group?.title, 'Working Group on International Cooperation');
    assert.equal(group?.continued, true);
    assert.equal(new Set(programme.entries.map((entry) => entry.id)).size, programme.entries.length, 'entry ids are unique');
  });

  test('gives both split panels two parts, each with its own sponsors and description', { skip }, () => {
    const panels = exampleProgramme().entries.filter((entry) => entry.parts.length > 0);
    assert.equal(panels.length, 2);
    for (const panel of panels) {
      assert.equal(panel.title, 'Split panel');
      assert.deepEqual(panel.sponsors, []);
      assert.equal(panel.description, null);
      assert.deepEqual(panel.parts.map((part) => part.label), ['A', 'B']);
      for (const part of panel.parts) assert.ok(part.description !== null && part.description.length > 20);
    }
    assert.deepEqual(panels.map((panel) => panel.parts.map((part) => part.sponsors)), [
      [['GAATW', 'Austria', 'Anti-Slavery International'], ['International Association of Prosecutors', 'Thailand', 'UK', 'Mauritius']],
      [['FOKUS', 'Coalition against Trafficking in Women', 'ROSA project'], ['Brazil', 'International Centre for Migration Policy Development']],
    ]);
    assert.equal(panels[1]?.parts[1]?.title, 'Anti-trafficking efforts in Brazil');
  });

  test('keeps every colon of a title after the first one that ends the sponsors', { skip }, () => {
    const programme = exampleProgramme();
    const arms = entryTitled(programme, 'Arms Trade Treaty');
    assert.deepEqual(arms.sponsors, ['Mexico', 'ACUNS', 'Geneva Forum', 'UNODC']);
    assert.equal(
      arms.title,
      'Arms Trade Treaty, Firearms Protocol and Small Arms Programme of Action: Three essential components of effective firearms control. What options for synergies?',
    );
    const centre = entryTitled(programme, 'Human Trafficking and Migrant Smuggling Center');
    assert.deepEqual(centre.sponsors, ['United States']);
    assert.ok(centre.title.startsWith('Human Trafficking and Migrant Smuggling Center: Promoting'));
    assert.deepEqual(entryTitled(programme, 'The next decade').sponsors, ['Inter-Agency Coordination Group Against Trafficking in Persons (ICAT)', 'Sweden']);
  });

  test('gives the entries with footnote markers the notes their page names', { skip }, () => {
    const programme = exampleProgramme();
    assert.deepEqual(programme.notes, [
      { id: 'refreshments-before', text: 'Refreshments will be provided before the event.' },
      { id: 'refreshments-after', text: 'Refreshments will be provided after the event.' },
    ]);
    const marked = programme.entries.filter((entry) => entry.notes.length > 0).map((entry) => [entry.sponsors[0], entry.notes]);
    assert.deepEqual(marked, [
      ['Mexico', ['refreshments-before']],
      ['France', ['refreshments-before']],
      ['Indonesia', ['refreshments-after']],
    ]);
    assert.equal(entryTitled(programme, "Mexico's security strategy").title.endsWith('human trafficking'), true, 'the marker is not part of the title');
  });

  test('names each side-event room once, in first-use order, with the building of coded rooms', { skip }, () => {
    const venues = exampleProgramme().venues.map((venue) => [venue.id, venue.name, venue.building]);
    assert.deepEqual(venues, [
      ['boardroom-a', 'Boardroom A', null],
      ['m3', 'M3', 'M'],
      ['boardroom-b', 'Boardroom B', null],
      ['m7', 'M7', 'M'],
      ['moe79', 'MOE79', 'M'],
      ['m2', 'M2', 'M'],
    ]);
  });
});

describe('printing the 2012 programme again', () => {
  test('gives back every day row and entry row in order, every footnote and the notice, side by side', { skip }, () => {
    const source = readExample();
    const original = printedRows(source);
    const rendered = printedRows(renderDocument(parsed(source)));
    assert.equal(original.rows.length, 10 + 19 + 19, 'the example has 10 day rows, 19 programme rows and 19 side-event rows');
    assert.deepEqual(rendered.rows, original.rows);
    assert.deepEqual(rendered.footer, original.footer);
    assert.deepEqual(original.footer.length, 3, 'two footnotes and the notice');
    assert.deepEqual(rendered.stray, []);
  });

  test('reads back as the same programme', { skip }, () => {
    const programme = exampleProgramme();
    assert.deepEqual(parsed(renderDocument(programme)), programme);
  });
});
