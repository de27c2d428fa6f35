/**
 * Agora's own fictional programmes, written to hold every variant of the format that the
 * 2012 example does not show.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDocument } from '../../src/document/index.ts';
import type { Entry, Programme } from '../../src/model/programme.ts';
import { entryTitled, LAGOONS, parsed, POLAR_SHIPPING, readDocumentFixture, withChange } from './support/documents.ts';

const lagoons = (): Programme => parsed(readDocumentFixture(LAGOONS));
const slot = (entry: Entry): string => `${entry.date} ${entry.start}-${entry.end}`;

describe('reading a programme with every variant of the format (Lagoons 2031)', () => {
  test('reads a cover whose dates span two months, without a zone when the city names none', () => {
    const { conference } = lagoons();
    assert.deepEqual(conference, {
      title: 'Assembly of the States Parties to the Convention on the Protection of Lagoons and Estuaries',
      session: 'Third session of the Assembly of the States Parties',
      organizer: 'Organization for Coastal Resilience and Aquaculture',
      organizerShort: 'OCRA',
      city: 'Geneva',
      timeZone: null,
      startDate: '2031-10-30',
      endDate: '2031-11-03',
      theme: 'Tides rise: so must we',
      notice: 'Please note that rooms and times of side events may change. Please consult the screens in K building for up to date information.',
    });
  });

  test('takes the time zone from the options before the city', () => {
    assert.equal(parsed(readDocumentFixture(LAGOONS), { timeZone: 'Europe/Zurich' }).conference.timeZone, 'Europe/Zurich');
  });

  test('reads minutes after a dot, ranges across noon, en dashes and am/pm to the minute', () => {
    const programme = lagoons();
    const plenary = programme.entries.filter((entry) => entry.kind === 'plenary');
    assert.deepEqual(plenary.map((entry) => [entry.agendaItem, slot(entry), entry.continued]), [
      ['1 (a)', '2031-10-30 08:30-09:30', false],
      ['1 (b)', '2031-10-30 08:30-09:30', false],
      ['2', '2031-10-30 10:00-12:30', false],
      ['3 (a)', '2031-10-30 15:00-18:00', false],
      ['3 (b)', '2031-10-30 15:00-18:00', false],
      ['3 (b)', '2031-10-31 11:00-13:15', true],
      ['4', '2031-10-31 13:15-14:45', false],
      ['5', '2031-11-03 10:00-13:00', false],
      ['6', '2031-11-03 10:00-13:00', false],
    ]);
    const compliance = programme.entries.find((entry) => entry.title === 'Committee on Compliance');
    assert.equal(compliance && slot(compliance), '2031-10-30 12:30-13:30');
    assert.equal(slot(entryTitled(programme, 'Salmon farms')), '2031-10-31 11:00-12:00');
    assert.equal(slot(entryTitled(programme, 'Mangroves')), '2031-10-30 08:30-09:30');
    assert.equal(slot(entryTitled(programme, 'Island lagoons')), '2031-11-03 13:15-14:45');
  });

  test('keeps colons inside plenary titles and reads a parallel meeting beside an empty plenary cell', () => {
    const programme = lagoons();
    assert.equal(programme.entries.find((entry) => entry.agendaItem === '2')?.title, 'Status of ratification: the Convention and its annexes');
    const parallel = programme.entries.filter((entry) => entry.kind === 'parallel').map((entry) => [entry.title, entry.continued]);
    assert.deepEqual(parallel, [
      ['Working Group on Sediment Monitoring', false],
      ['Committee on Compliance', false],
      ['Joint meeting of the Working Group on Sediment Monitoring and the Committee on Compliance', false],
      ['Working Group on Sediment Monitoring', true],
    ]);
  });

  test('splits sponsors on "/" without spaces and keeps the later colons of the title', () => {
    const programme = lagoons();
    const mangroves = entryTitled(programme, 'Mangroves');
    assert.deepEqual(mangroves.sponsors, ['Portugal', 'Cabo Verde', 'Tidewatch Network']);
    assert.equal(mangroves.title, 'Mangroves: Counting what we lose');
    const oysters = entryTitled(programme, 'Oysters');
    assert.deepEqual(oysters.sponsors, ['Lagoon Keepers Alliance']);
    assert.equal(oysters.title, 'Oysters, salt and sand: Three livelihoods of one lagoon');
    assert.equal(oysters.description, 'Fishers and salt workers describe how a lagoon feeds a village.');
    assert.equal(entryTitled(programme, 'Sediment cores').description, null);
  });

  test('reads a three-part split panel and a lower-case one without a colon, labels in upper case', () => {
    const panels = lagoons().entries.filter((entry) => entry.parts.length > 0);
    assert.deepEqual(panels.map((panel) => [panel.title, panel.sponsors, panel.description, panel.parts]), [
      [
        'Split panel',
        [],
        null,
        [
          { label: 'A', sponsors: ['Norway', 'Chile'], title: 'Fjords and sounds', description: 'How two fjord nations share survey ships.' },
          { label: 'B', sponsors: ['Kenya'], title: 'Creek restoration at scale', description: 'Replanting creeks with communities.' },
          { label: 'C', sponsors: ['Estuary Science Council', 'OCRA'], title: 'Open data for estuaries', description: 'A shared data portal for estuary measurements.' },
        ],
      ],
      [
        'Split panel',
        [],
        null,
        [
          { label: 'A', sponsors: ['Senegal'], title: 'Saloum delta', description: 'Salt intrusion in the Saloum.' },
          { label: 'B', sponsors: ['Egypt', 'Delta Institute'], title: 'Nile delta wetlands', description: 'Wetland birds of the Nile delta.' },
        ],
      ],
    ]);
  });

  test('reads markers against the footnotes of their own page, "***" included, one note per footnote text', () => {
    const programme = lagoons();
    assert.deepEqual(programme.notes, [
      { id: 'light-lunch-served-before', text: 'Light lunch will be served before the event.' },
      { id: 'interpretation-into-french-spanish', text: 'Interpretation into French and Spanish is provided.' },
      { id: 'registration-door-required', text: 'Registration at the door is required.' },
    ]);
    const marked = programme.entries.filter((entry) => entry.notes.length > 0).map((entry) => [entry.title, entry.notes]);
    assert.deepEqual(marked, [
      ['Mangroves: Counting what we lose', ['light-lunch-served-before']],
      ['Oysters, salt and sand: Three livelihoods of one lagoon', ['interpretation-into-french-spanish']],
      ['Island lagoons: what rising seas mean for them', ['registration-door-required']],
      // "*" on the second page is that page's footnote: interpretation, not lunch.
      ['Sediment cores', ['interpretation-into-french-spanish']],
    ]);
  });

  test('reads side events from both pages, in document order, with their rooms and buildings', () => {
    const programme = lagoons();
    const sideEvents = programme.entries.filter((entry) => entry.kind === 'side-event');
    assert.deepEqual(sideEvents.map((entry) => entry.id), [
      '2031-10-30-mangroves-counting-what-we-lose',
      '2031-10-30-oysters-salt-and-sand-three-livelihoods-of-one',
      '2031-10-30-split-panel',
      '2031-10-31-salmon-farms-and-coastal-water-quality',
      '2031-11-03-island-lagoons-what-rising-seas-mean-for-them',
      '2031-11-03-split-panel',
      '2031-11-03-sediment-cores',
    ]);
    assert.deepEqual(programme.venues.map((venue) => [venue.id, venue.name, venue.building]), [
      ['k2', 'K2', 'K'],
      ['salle-des-pas-perdus', 'Salle des Pas Perdus', null],
      ['koe12', 'KOE12', 'K'],
      ['k4', 'K4', 'K'],
    ]);
  });

  test('reads the same programme whatever the line breaks (CRLF from a word processor)', () => {
    const text = readDocumentFixture(LAGOONS);
    assert.deepEqual(parsed(text.replace(/\n/g, '\r\n')), parsed(text));
  });

  test('makes ids unique when the same meeting meets twice on a day', () => {
    const text = readDocumentFixture(LAGOONS).replace('\t\tCommittee on Compliance', '\t\tWorking Group on Sediment Monitoring');
    const ids = parsed(text).entries.filter((entry) => entry.kind === 'parallel').map((entry) => entry.id);
    assert.deepEqual(ids, [
      '2031-10-30-working-group-on-sediment-monitoring',
      '2031-10-30-working-group-on-sediment-monitoring-2',
      '2031-10-30-joint-meeting-of-the-working-group-on-sediment',
      '2031-10-31-working-group-on-sediment-monitoring',
    ]);
  });
});

describe('reading a programme across the turn of the year (Polar shipping 2031–2032)', () => {
  test('gives each day the year that puts it within the conference dates', () => {
    const programme = parsed(readDocumentFixture(POLAR_SHIPPING));
    assert.deepEqual([...new Set(programme.entries.map((entry) => entry.date))], ['2031-12-30', '2031-12-31', '2032-01-02']);
    assert.equal(programme.conference.startDate, '2031-12-30');
    assert.equal(programme.conference.endDate, '2032-01-02');
    assert.equal(programme.conference.timeZone, 'Europe/Lisbon');
  });

  test('takes a one-line body as the title and a one-line organiser group as short and full names', () => {
    const { conference } = parsed(readDocumentFixture(POLAR_SHIPPING));
    assert.equal(conference.title, 'Winter Meeting on Polar Shipping');
    assert.equal(conference.organizerShort, 'ICSPS');
    assert.equal(conference.organizer, 'International Council on Safe Polar Shipping');
    assert.equal(conference.theme, 'Ice is not a border');
    assert.equal(conference.notice, 'Please note that rooms may change.');
  });

  test('warns, without refusing, about a day outside the conference dates', () => {
    const { text, line } = withChange(readDocumentFixture(POLAR_SHIPPING), 'TUESDAY, 30 DECEMBER', 'MONDAY, 29 DECEMBER');
    const result = parseDocument(text);
    assert.equal(result.ok, true);
    if (result.ok) {
      assert.equal(result.programme.entries[0]?.date, '2031-12-29');
      assert.deepEqual(result.warnings.map((warning) => warning.where), [`line ${line}`]);
      assert.match(result.warnings[0]?.message ?? '', /outside the conference dates/);
    }
  });
});
