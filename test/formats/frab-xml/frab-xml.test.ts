import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { exportFrabXml } from '../../../src/formats/frab-xml/index.ts';
import { createEntry } from '../../../src/model/programme.ts';
import { autumnContext, autumnProgramme } from '../../support/autumn-programme.ts';
import { skipWithoutShared } from '../../support/shared-fixture.ts';
import { FRAB_XSD_PATH, skipWithoutXmllint, validateAgainstXsd } from '../../support/xmllint.ts';

interface XmlEvent {
  '@_id': string;
  '@_guid': string;
  [element: string]: unknown;
}
interface XmlRoom {
  '@_name': string;
  event?: XmlEvent[];
}
interface XmlDay {
  '@_index': string;
  '@_date': string;
  '@_start': string;
  '@_end': string;
  room?: XmlRoom[];
}
interface XmlSchedule {
  schedule: { version: string; conference: Record<string, string>; day: XmlDay[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, path) =>
    ['schedule.day', 'schedule.day.room', 'schedule.day.room.event', 'schedule.day.room.event.persons.person', 'schedule.day.room.event.links.link'].includes(String(path)),
});

function parseSchedule(xml: string): XmlSchedule {
  return parser.parse(xml) as XmlSchedule;
}

function eventsOf(xml: string): { room: string; date: string; event: XmlEvent }[] {
  return parseSchedule(xml).schedule.day.flatMap((day) =>
    (day.room ?? []).flatMap((room) => (room.event ?? []).map((event) => ({ room: room['@_name'], date: day['@_date'], event }))),
  );
}

function eventBySlugPart(xml: string, titleStart: string): XmlEvent {
  const found = eventsOf(xml).find(({ event }) => String(event.title).startsWith(titleStart));
  assert.ok(found, `an event titled "${titleStart}…"`);
  return found.event;
}

function idsAndGuids(xml: string): Map<string, string> {
  return new Map(eventsOf(xml).map(({ event }) => [String(event.slug).split('-').slice(2).join('-'), `${event['@_id']} ${event['@_guid']}`]));
}

const xmlSkip = skipWithoutShared(FRAB_XSD_PATH) || skipWithoutXmllint();

describe('frab schedule XML', () => {
  test('the export of a programme validates against the frab schedule XSD', { skip: xmlSkip }, () => {
    const result = validateAgainstXsd(exportFrabXml(autumnProgramme(), autumnContext()), FRAB_XSD_PATH);
    assert.ok(result.valid, result.output);
  });

  test('a programme without a time zone or base URL still validates, with floating dates', { skip: xmlSkip }, () => {
    const programme = autumnProgramme();
    programme.conference.timeZone = null;
    const xml = exportFrabXml(programme, autumnContext({ baseUrl: null }));
    const result = validateAgainstXsd(xml, FRAB_XSD_PATH);
    assert.ok(result.valid, result.output);
    assert.equal(eventBySlugPart(xml, 'Opening').date, '2025-10-25T10:00:00');
  });

  test('the conference carries the slug as acronym, its title, first and last day and the number of days', () => {
    const { conference, version } = parseSchedule(exportFrabXml(autumnProgramme(), autumnContext())).schedule;
    assert.equal(version, '7');
    assert.equal(conference.acronym, 'tides3');
    assert.equal(conference.title, 'Assembly of the Parties to the Estuaries Accord');
    assert.equal(conference.start, '2025-10-25');
    assert.equal(conference.end, '2025-10-26');
    assert.equal(conference.days, '2');
    assert.equal(conference.timeslot_duration, '00:15');
  });

  test('each day has its index, date, and start and end with that day’s UTC offset', () => {
    const days = parseSchedule(exportFrabXml(autumnProgramme(), autumnContext())).schedule.day;
    assert.deepEqual(
      days.map((day) => [day['@_index'], day['@_date'], day['@_start'], day['@_end']]),
      [
        ['1', '2025-10-25', '2025-10-25T10:00:00+01:00', '2025-10-25T18:00:00+01:00'],
        ['2', '2025-10-26', '2025-10-26T10:00:00+00:00', '2025-10-26T15:00:00+00:00'],
      ],
    );
  });

  test('event ids and guids are the same in two renders and unchanged when another entry is added', () => {
    const first = idsAndGuids(exportFrabXml(autumnProgramme(), autumnContext()));
    const second = idsAndGuids(exportFrabXml(autumnProgramme(), autumnContext()));
    assert.deepEqual(second, first);

    const grown = autumnProgramme();
    grown.entries.push(createEntry({ id: 'closing', kind: 'plenary', agendaItem: '9', title: 'Closing of the session', date: '2025-10-26', start: '16:00', end: '17:00' }));
    const after = idsAndGuids(exportFrabXml(grown, autumnContext()));
    for (const [slug, ids] of first) assert.equal(after.get(slug), ids, `ids of ${slug}`);
    assert.equal(after.size, first.size + 1);
  });

  test('event ids are positive and guids are version-5 UUIDs, all distinct', () => {
    const events = eventsOf(exportFrabXml(autumnProgramme(), autumnContext())).map(({ event }) => event);
    for (const event of events) {
      assert.ok(Number(event['@_id']) > 0);
      assert.match(event['@_guid'], /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    assert.equal(new Set(events.map((event) => event['@_id'])).size, events.length);
    assert.equal(new Set(events.map((event) => event['@_guid'])).size, events.length);
  });

  test('an entry that names no venue is held in the room "Plenary"', () => {
    const events = eventsOf(exportFrabXml(autumnProgramme(), autumnContext()));
    const opening = events.find(({ event }) => event.title === 'Opening of the session');
    const workingGroup = events.find(({ event }) => event.title === 'Working Group on Monitoring');
    assert.equal(opening?.room, 'Plenary');
    assert.equal(opening?.event.room, 'Plenary');
    assert.equal(workingGroup?.room, 'Plenary');
  });

  test('ampersands, angle brackets, quotes and accents survive escaping', () => {
    const xml = exportFrabXml(autumnProgramme(), autumnContext());
    assert.ok(!xml.includes('<live>'), 'markup in a title is escaped');
    const event = eventBySlugPart(xml, 'Tides');
    assert.equal(event.title, 'Tides <live> & "salt" \'marsh\' — São Tomé, Açores');
    assert.equal(event.abstract, 'Field notes, 2024–2025:\n"high water" & <low water>; ½ of sites, naïve models.');
    const persons = (event.persons as { person: { '#text': string }[] }).person.map((person) => person['#text']);
    assert.deepEqual(persons, ['Associação Rías & Marés', 'Portugal']);
  });

  test('characters XML 1.0 cannot carry are dropped rather than breaking the document', { skip: xmlSkip }, () => {
    const programme = autumnProgramme();
    const entry = programme.entries[0];
    assert.ok(entry);
    entry.title = 'Opening\u0007 of the\u0000 session';
    const xml = exportFrabXml(programme, autumnContext());
    assert.ok(validateAgainstXsd(xml, FRAB_XSD_PATH).valid);
    assert.ok(eventsOf(xml).some(({ event }) => event.title === 'Opening of the session'));
  });

  test('a plenary is subtitled with its agenda item, and a continued one says so', () => {
    const xml = exportFrabXml(autumnProgramme(), autumnContext());
    const opening = eventBySlugPart(xml, 'Opening');
    const reports = eventBySlugPart(xml, 'Reports');
    assert.equal(opening.subtitle, 'Item 1 (a)');
    assert.equal(opening.type, 'plenary');
    assert.equal(opening.track, 'plenary');
    assert.equal(opening.language, 'en');
    assert.equal(reports.subtitle, 'Item 2 (b) (continued)');
  });

  test('start is the wall-clock time and duration the time that passes, both HH:MM', () => {
    const split = eventBySlugPart(exportFrabXml(autumnProgramme(), autumnContext()), 'Split panel');
    assert.equal(split.date, '2025-10-25T13:15:00+01:00');
    assert.equal(split.start, '13:15');
    assert.equal(split.duration, '01:30');
  });

  test('the sponsors of split-panel parts are persons, each once, with the same id wherever they appear', () => {
    const xml = exportFrabXml(autumnProgramme(), autumnContext());
    const split = eventBySlugPart(xml, 'Split panel');
    assert.equal(split.title, 'Split panel: Mangrove deltas / Sediment budgets');
    const persons = (split.persons as { person: { '@_id': string; '#text': string }[] }).person;
    assert.deepEqual(persons.map((person) => person['#text']), ['Mozambique', 'Brazil']);
    assert.match(String(split.description), /^A\. Mangrove deltas\nSponsors: Mozambique\nReplanting after cyclones\.\n\nB\. Sediment budgets\nSponsors: Brazil, Mozambique$/);
  });

  test('cancelled entries and entries without a time are left out, since frab has no status', () => {
    const titles = eventsOf(exportFrabXml(autumnProgramme(), autumnContext())).map(({ event }) => event.title);
    assert.ok(!titles.includes('Eel passage at weirs'));
    assert.ok(!titles.includes('Reception (time to be announced)'));
    assert.equal(titles.length, 6);
  });

  test('rooms are listed in the same order every day, events within a room by start', () => {
    const days = parseSchedule(exportFrabXml(autumnProgramme(), autumnContext())).schedule.day;
    for (const day of days) assert.deepEqual(day.room?.map((room) => room['@_name']), ['Plenary', 'Sala Tejo', 'Sala Douro']);
    const plenary = days[0]?.room?.[0]?.event?.map((event) => event.start);
    assert.deepEqual(plenary, ['10:00', '15:00']);
  });

  test('each event links to its public page when the base URL is known', () => {
    const xml = exportFrabXml(autumnProgramme(), autumnContext());
    const links = (eventBySlugPart(xml, 'Opening').links as { link: { '@_href': string }[] }).link;
    assert.deepEqual(links.map((link) => link['@_href']), ['https://agora.example/c/tides3/entries/opening']);
    const withoutBase = exportFrabXml(autumnProgramme(), autumnContext({ baseUrl: null }));
    assert.equal(eventBySlugPart(withoutBase, 'Opening').links, '');
  });
});
