import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ICAL from 'ical.js';
import { vtimezoneComponent } from '../../../src/formats/ical/index.ts';
import { toInstant } from '../../../src/model/wall-clock.ts';

function observances(text: string): string[] {
  return [...text.matchAll(/BEGIN:(STANDARD|DAYLIGHT)\r\nDTSTART:(\d{8}T\d{6})\r\nTZOFFSETFROM:([+-]\d{4})\r\nTZOFFSETTO:([+-]\d{4})/g)].map((match) => match.slice(1).join(' '));
}

/** Where ical.js, reading only the component, puts a wall-clock time of that zone. */
function instantThroughIcalJs(component: string, date: string, time: string): string {
  const zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(component)));
  const local = ICAL.Time.fromDateTimeString(`${date}T${time}:00`);
  local.zone = zone;
  return local.toJSDate().toISOString();
}

describe('VTIMEZONE from the runtime’s zone data', () => {
  test('Lisbon in 2025: winter from New Year, summer from 30 March 01:00, winter again from 26 October 02:00', () => {
    assert.deepEqual(observances(vtimezoneComponent('Europe/Lisbon', { first: 2025, last: 2025 })), [
      'STANDARD 20250101T000000 +0000 +0000',
      'DAYLIGHT 20250330T010000 +0000 +0100',
      'STANDARD 20251026T020000 +0100 +0000',
    ]);
  });

  test('a zone without daylight saving has one standard observance', () => {
    assert.deepEqual(observances(vtimezoneComponent('Asia/Tokyo', { first: 2025, last: 2026 })), ['STANDARD 20250101T000000 +0900 +0900']);
  });

  test('south of the equator the January offset is the daylight one', () => {
    const kinds = observances(vtimezoneComponent('Australia/Sydney', { first: 2025, last: 2025 })).map((line) => line.split(' ')[0]);
    assert.deepEqual(kinds, ['DAYLIGHT', 'STANDARD', 'DAYLIGHT']);
  });

  test('ical.js reading the component agrees with Temporal on instants across several years', () => {
    const component = vtimezoneComponent('America/Sao_Paulo', { first: 2017, last: 2019 });
    for (const [date, time] of [['2017-12-01', '10:00'], ['2018-06-01', '10:00'], ['2019-12-01', '10:00']] as const) {
      assert.equal(instantThroughIcalJs(component, date, time), new Date(toInstant(date, time, 'America/Sao_Paulo').epochMilliseconds).toISOString(), `${date} ${time}`);
    }
  });
});
