import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ICAL from 'ical.js';
import { AgoraError } from '../../../src/errors.ts';
import { exportIcalEntries, exportIcalEntry, exportIcalProgramme } from '../../../src/formats/ical/index.ts';
import { toInstant } from '../../../src/model/wall-clock.ts';
import { autumnContext, autumnProgramme } from '../../support/autumn-programme.ts';

type Component = InstanceType<typeof ICAL.Component>;

function parseCalendar(text: string): Component {
  return new ICAL.Component(ICAL.parse(text));
}

function vevents(calendar: Component): Component[] {
  return calendar.getAllSubcomponents('vevent');
}

function veventWithUid(calendar: Component, uid: string): Component {
  const found = vevents(calendar).find((event) => event.getFirstPropertyValue('uid') === uid);
  assert.ok(found, `a VEVENT with UID ${uid}`);
  return found;
}

/** The UTC instant of an event's DTSTART, read through the calendar's own VTIMEZONE by ical.js. */
function startInstant(calendar: Component, event: Component): string {
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  assert.ok(vtimezone, 'a VTIMEZONE');
  const zone = new ICAL.Timezone(vtimezone);
  const start = event.getFirstPropertyValue('dtstart');
  assert.ok(start instanceof ICAL.Time);
  const local = start.clone();
  local.zone = zone;
  return local.toJSDate().toISOString();
}

describe('iCalendar export', () => {
  test('carries a VTIMEZONE with the conference zone as TZID, and each DTSTART names it with the wall-clock time', () => {
    const calendar = parseCalendar(exportIcalProgramme(autumnProgramme(), autumnContext()));
    const vtimezones = calendar.getAllSubcomponents('vtimezone');
    assert.equal(vtimezones.length, 1);
    assert.equal(vtimezones[0]?.getFirstPropertyValue('tzid'), 'Europe/Lisbon');
    const dtstart = veventWithUid(calendar, 'opening@tides3.agora').getFirstProperty('dtstart');
    assert.equal(dtstart?.getParameter('tzid'), 'Europe/Lisbon');
    assert.equal(String(dtstart?.getFirstValue()), '2025-10-25T10:00:00');
  });

  test('the VTIMEZONE puts times on the right instants on both sides of the clocks going back', () => {
    const calendar = parseCalendar(exportIcalProgramme(autumnProgramme(), autumnContext()));
    assert.equal(startInstant(calendar, veventWithUid(calendar, 'opening@tides3.agora')), toInstant('2025-10-25', '10:00', 'Europe/Lisbon').toString().replace('Z', '.000Z'));
    assert.equal(startInstant(calendar, veventWithUid(calendar, 'opening@tides3.agora')), '2025-10-25T09:00:00.000Z');
    assert.equal(startInstant(calendar, veventWithUid(calendar, 'reports@tides3.agora')), '2025-10-26T10:00:00.000Z');
  });

  test('SEQUENCE is how often the entry changed, from the context, and 0 for an unchanged one', () => {
    const calendar = parseCalendar(exportIcalProgramme(autumnProgramme(), autumnContext()));
    assert.equal(veventWithUid(calendar, 'dune-law@tides3.agora').getFirstPropertyValue('sequence'), 2);
    assert.equal(veventWithUid(calendar, 'opening@tides3.agora').getFirstPropertyValue('sequence'), 0);
  });

  test('a cancelled entry stays in the feed with STATUS:CANCELLED, the others are CONFIRMED', () => {
    const calendar = parseCalendar(exportIcalProgramme(autumnProgramme(), autumnContext()));
    assert.equal(veventWithUid(calendar, 'eel-passage@tides3.agora').getFirstPropertyValue('status'), 'CANCELLED');
    assert.equal(veventWithUid(calendar, 'dune-law@tides3.agora').getFirstPropertyValue('status'), 'CONFIRMED');
  });

  test('entries without a date and times are left out', () => {
    const calendar = parseCalendar(exportIcalProgramme(autumnProgramme(), autumnContext()));
    const uids = vevents(calendar).map((event) => event.getFirstPropertyValue('uid'));
    assert.equal(uids.length, 7);
    assert.ok(!uids.includes('reception@tides3.agora'));
  });

  test('an event has a stable UID, the entry label as SUMMARY, the venue as LOCATION, its page as URL and DTSTAMP in UTC', () => {
    const calendar = parseCalendar(exportIcalProgramme(autumnProgramme(), autumnContext()));
    const event = veventWithUid(calendar, 'marsh-voices@tides3.agora');
    assert.equal(event.getFirstPropertyValue('summary'), 'Tides <live> & "salt" \'marsh\' — São Tomé, Açores');
    assert.equal(event.getFirstPropertyValue('location'), 'Sala Tejo');
    assert.equal(event.getFirstPropertyValue('url'), 'https://agora.example/c/tides3/entries/marsh-voices');
    assert.equal(String(event.getFirstPropertyValue('dtstamp')), '2025-10-20T09:30:00Z');
    assert.equal(veventWithUid(calendar, 'opening@tides3.agora').getFirstPropertyValue('summary'), 'Item 1 (a). Opening of the session');
  });

  test('the description gives the sponsors, the description, the panels and the notes', () => {
    const calendar = parseCalendar(exportIcalProgramme(autumnProgramme(), autumnContext()));
    assert.equal(
      veventWithUid(calendar, 'marsh-voices@tides3.agora').getFirstPropertyValue('description'),
      'Sponsors: Associação Rías & Marés, Portugal\n\nField notes, 2024–2025:\n"high water" & <low water>; ½ of sites, naïve models.\n\nCoffee is served before the event.\n\nInterpretation into French, Spanish & Portuguese.',
    );
    assert.equal(
      veventWithUid(calendar, 'split-deltas@tides3.agora').getFirstPropertyValue('description'),
      'A. Mangrove deltas\nSponsors: Mozambique\nReplanting after cyclones.\n\nB. Sediment budgets\nSponsors: Brazil, Mozambique',
    );
    assert.equal(veventWithUid(calendar, 'opening@tides3.agora').getFirstPropertyValue('description'), null);
  });

  test('without a base URL no event has a URL', () => {
    const calendar = parseCalendar(exportIcalProgramme(autumnProgramme(), autumnContext({ baseUrl: null })));
    for (const event of vevents(calendar)) assert.equal(event.getFirstProperty('url'), null);
  });

  test('the export of one entry has exactly that one VEVENT', () => {
    const calendar = parseCalendar(exportIcalEntry(autumnProgramme(), autumnContext(), 'dune-law'));
    assert.deepEqual(vevents(calendar).map((event) => event.getFirstPropertyValue('uid')), ['dune-law@tides3.agora']);
    assert.equal(calendar.getAllSubcomponents('vtimezone').length, 1);
  });

  test('asking for one entry the programme does not have is refused with AGORA_NOT_FOUND', () => {
    assert.throws(
      () => exportIcalEntry(autumnProgramme(), autumnContext(), 'no-such-entry'),
      (error: unknown) => error instanceof AgoraError && error.code === 'AGORA_NOT_FOUND' && error.message.includes('no-such-entry'),
    );
  });

  test('a selection of one entry has one VEVENT; a selection keeps programme order and passes over unknown ids', () => {
    const one = parseCalendar(exportIcalEntries(autumnProgramme(), autumnContext(), ['reports']));
    assert.equal(vevents(one).length, 1);
    const several = parseCalendar(exportIcalEntries(autumnProgramme(), autumnContext(), ['dune-law', 'gone-entry', 'opening', 'reception']));
    assert.deepEqual(vevents(several).map((event) => event.getFirstPropertyValue('uid')), ['opening@tides3.agora', 'dune-law@tides3.agora']);
  });

  test('two renders of the same revision are byte-for-byte equal', () => {
    assert.equal(exportIcalProgramme(autumnProgramme(), autumnContext()), exportIcalProgramme(autumnProgramme(), autumnContext()));
  });

  test('without a time zone the times are floating and no VTIMEZONE is written', () => {
    const programme = autumnProgramme();
    programme.conference.timeZone = null;
    const text = exportIcalProgramme(programme, autumnContext());
    const calendar = parseCalendar(text);
    assert.equal(calendar.getAllSubcomponents('vtimezone').length, 0);
    assert.match(text, /\r\nDTSTART:20251025T100000\r\n/);
  });

  test('lines end in CRLF and none is longer than 75 octets', () => {
    const text = exportIcalProgramme(autumnProgramme(), autumnContext());
    assert.ok(!/[^\r]\n/.test(text));
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, line);
  });
});
