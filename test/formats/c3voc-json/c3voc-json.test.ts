import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { C3VOC_REQUIRED_EVENT_FIELDS, exportC3vocJson, toC3vocSchedule, type C3vocDocument, type C3vocEvent } from '../../../src/formats/c3voc-json/index.ts';
import { exportFrabXml } from '../../../src/formats/frab-xml/index.ts';
import { createEntry } from '../../../src/model/programme.ts';
import { autumnContext, autumnProgramme } from '../../support/autumn-programme.ts';

function allEvents(document: C3vocDocument): C3vocEvent[] {
  return document.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
}

function eventTitled(document: C3vocDocument, title: string): C3vocEvent {
  const event = allEvents(document).find((candidate) => candidate.title === title);
  assert.ok(event, `an event titled "${title}"`);
  return event;
}

describe('C3VOC schedule JSON', () => {
  test('the text is the JSON of the schedule document', () => {
    const text = exportC3vocJson(autumnProgramme(), autumnContext());
    assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(toC3vocSchedule(autumnProgramme(), autumnContext()))));
    assert.ok(text.endsWith('}\n'));
  });

  test('every event has every field the C3VOC schema requires, of the right type', () => {
    const events = allEvents(toC3vocSchedule(autumnProgramme(), autumnContext({ baseUrl: null })));
    assert.equal(events.length, 6);
    for (const event of events) {
      for (const field of C3VOC_REQUIRED_EVENT_FIELDS) assert.ok(field in event, `${event.title}: ${field}`);
      assert.ok(Number.isInteger(event.id) && event.id >= 1);
      assert.match(event.guid, /^[0-9a-f-]{36}$/);
      assert.match(event.duration, /^[0-9]+:[0-9]{2}$/);
      assert.match(event.slug, /^[a-z0-9_-]+[a-z0-9]$/);
      assert.ok(Array.isArray(event.links) && Array.isArray(event.persons) && Array.isArray(event.attachments));
      for (const person of event.persons) assert.ok(Number.isInteger(person.id) && typeof person.public_name === 'string');
    }
  });

  test('the conference has acronym, title, dates, day count, time slot and zone, and the schedule its version and base URL', () => {
    const { schedule } = toC3vocSchedule(autumnProgramme(), autumnContext());
    assert.equal(schedule.version, '7');
    assert.equal(schedule.base_url, 'https://agora.example/c/tides3');
    const { days, ...conference } = schedule.conference;
    assert.deepEqual(conference, {
      acronym: 'tides3',
      title: 'Assembly of the Parties to the Estuaries Accord',
      start: '2025-10-25',
      end: '2025-10-26',
      daysCount: 2,
      timeslot_duration: '00:15',
      time_zone_name: 'Europe/Lisbon',
    });
    assert.deepEqual(
      days.map((day) => [day.index, day.date, day.day_start, day.day_end, Object.keys(day.rooms)]),
      [
        [1, '2025-10-25', '2025-10-25T10:00:00+01:00', '2025-10-25T18:00:00+01:00', ['Plenary', 'Sala Tejo', 'Sala Douro']],
        [2, '2025-10-26', '2025-10-26T10:00:00+00:00', '2025-10-26T15:00:00+00:00', ['Plenary', 'Sala Tejo', 'Sala Douro']],
      ],
    );
  });

  test('event dates carry +01:00 before the clocks go back in Lisbon and +00:00 after', () => {
    const document = toC3vocSchedule(autumnProgramme(), autumnContext());
    assert.equal(eventTitled(document, 'Opening of the session').date, '2025-10-25T10:00:00+01:00');
    assert.equal(eventTitled(document, 'Reports of the subsidiary bodies').date, '2025-10-26T10:00:00+00:00');
    assert.equal(eventTitled(document, 'Dune protection in national law').date, '2025-10-26T14:00:00+00:00');
    assert.equal(eventTitled(document, 'Dune protection in national law').start, '14:00');
  });

  test('an event across the night the clocks go back lasts the hour longer that really passes', () => {
    const programme = autumnProgramme();
    programme.entries.push(createEntry({ id: 'night-watch', kind: 'side-event', title: 'Night watch at the tide gauge', date: '2025-10-26', start: '00:30', end: '03:00', venue: 'Sala Tejo' }));
    const event = eventTitled(toC3vocSchedule(programme, autumnContext()), 'Night watch at the tide gauge');
    assert.equal(event.date, '2025-10-26T00:30:00+01:00');
    assert.equal(event.duration, '03:30');
  });

  test('events have the same ids, guids and slugs as in the frab XML', () => {
    const xml = exportFrabXml(autumnProgramme(), autumnContext());
    for (const event of allEvents(toC3vocSchedule(autumnProgramme(), autumnContext()))) {
      assert.ok(xml.includes(`<event id="${event.id}" guid="${event.guid}">`), event.title);
      assert.ok(xml.includes(`<slug>${event.slug}</slug>`), event.title);
    }
  });

  test('an event’s url is its public page, or its guid as a urn when the base URL is unknown', () => {
    assert.equal(eventTitled(toC3vocSchedule(autumnProgramme(), autumnContext()), 'Opening of the session').url, 'https://agora.example/c/tides3/entries/opening');
    const event = eventTitled(toC3vocSchedule(autumnProgramme(), autumnContext({ baseUrl: null })), 'Opening of the session');
    assert.equal(event.url, `urn:uuid:${event.guid}`);
    assert.ok(!('base_url' in toC3vocSchedule(autumnProgramme(), autumnContext({ baseUrl: null })).schedule));
  });

  test('sponsors are persons with stable ids; text keeps its characters', () => {
    const event = eventTitled(toC3vocSchedule(autumnProgramme(), autumnContext()), 'Tides <live> & "salt" \'marsh\' — São Tomé, Açores');
    assert.deepEqual(event.persons.map((person) => person.public_name), ['Associação Rías & Marés', 'Portugal']);
    assert.equal(event.subtitle, '');
    assert.equal(event.track, 'side-event');
    assert.equal(event.type, 'side-event');
    assert.equal(event.language, 'en');
    assert.equal(event.description, 'Coffee is served before the event.\n\nInterpretation into French, Spanish & Portuguese.');
  });

  test('without a time zone the dates are floating and no zone name is written', () => {
    const programme = autumnProgramme();
    programme.conference.timeZone = null;
    const { conference } = toC3vocSchedule(programme, autumnContext()).schedule;
    assert.ok(!('time_zone_name' in conference));
    assert.equal(conference.days[1]?.day_start, '2025-10-26T10:00:00');
  });

  test('cancelled and untimed entries are left out', () => {
    const titles = allEvents(toC3vocSchedule(autumnProgramme(), autumnContext())).map((event) => event.title);
    assert.ok(!titles.includes('Eel passage at weirs'));
    assert.ok(!titles.includes('Reception (time to be announced)'));
  });
});
