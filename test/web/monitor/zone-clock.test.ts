import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { zoneClock } from '../../../src/web/monitor/client/zone-clock.ts';

describe("the monitor's clock is the conference's, whatever zone the screen is set to", () => {
  test('half past midnight in Vienna is already the next day there while it is still the day before in UTC', () => {
    const instant = Date.UTC(2012, 9, 15, 22, 30);
    assert.deepEqual(zoneClock('Europe/Vienna', null).at(instant), { date: '2012-10-16', clock: '00:30' });
    assert.deepEqual(zoneClock('America/New_York', null).at(instant), { date: '2012-10-15', clock: '18:30' });
  });

  test('midnight is 00:00, not 24:00', () => {
    assert.deepEqual(zoneClock('Europe/Lisbon', null).at(Date.UTC(2031, 4, 12, 23, 0)), { date: '2031-05-13', clock: '00:00' });
  });

  test('summer time is kept: 13:30 in Lisbon in May is 12:30 UTC', () => {
    assert.deepEqual(zoneClock('Europe/Lisbon', null).at(Date.UTC(2031, 4, 12, 12, 30)), { date: '2031-05-12', clock: '13:30' });
  });

  test('a fixed clock (?at=) stays where it is set', () => {
    const clock = zoneClock('Europe/Lisbon', '2031-05-12T13:30');
    assert.deepEqual(clock.now(), { date: '2031-05-12', clock: '13:30' });
  });
});
