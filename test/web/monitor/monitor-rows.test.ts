import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MonitorEntry, MonitorFilter, Placement } from '../../../src/web/monitor/monitor-model.ts';
import { flagsFor, monitorRows } from '../../../src/web/monitor/monitor-rows.ts';

const DAY = '2031-05-12';
const BUILDING_R: MonitorFilter = { building: 'R', venue: null, plenary: true };
const VENUES = [
  { name: 'R1', building: 'R' },
  { name: 'M7', building: 'M' },
];

function entry(id: string, start: string, end: string | null, fields: Partial<MonitorEntry> = {}): MonitorEntry {
  return { id, kind: 'side-event', label: id, continued: false, sponsors: [], date: DAY, start, end, venue: 'R1', status: 'scheduled', ...fields };
}

function placed(fields: Partial<Placement>): Placement {
  return { date: DAY, start: '13:00', end: '14:00', venue: 'R1', status: 'scheduled', ...fields };
}

function sections(entries: MonitorEntry[], clock: string, dayStart = new Map<string, Placement | null>()) {
  return monitorRows({ entries, dayStart, venues: VENUES, filter: BUILDING_R, date: DAY, clock }).map((row) => [row.id, row.section]);
}

describe('cutting the day into Now, Next and Later', () => {
  test('Next is everything that starts at the next start time; the rest of the day is Later', () => {
    const day = [entry('a', '13:00', '14:00'), entry('b', '14:00', '15:00'), entry('c', '14:00', '15:00'), entry('d', '16:00', '17:00')];
    assert.deepEqual(sections(day, '13:30'), [['a', 'now'], ['b', 'next'], ['c', 'next'], ['d', 'later']]);
  });

  test('a cancelled event does not make itself Next: the next event that takes place does', () => {
    const day = [entry('cancelled', '14:00', '15:00', { status: 'cancelled' }), entry('held', '15:00', '16:00'), entry('late', '17:00', '18:00')];
    assert.deepEqual(sections(day, '13:30'), [['cancelled', 'next'], ['held', 'next'], ['late', 'later']]);
  });

  test('what has ended leaves the screen; an entry without an end is taken to last an hour', () => {
    const day = [entry('ended', '09:00', '10:00'), entry('open-ended', '12:45', null), entry('old-open-ended', '11:00', null)];
    assert.deepEqual(sections(day, '13:30'), [['open-ended', 'now']]);
  });

  test('rows start at the time they start: an event starting this minute is Now', () => {
    assert.deepEqual(sections([entry('a', '13:30', '14:00')], '13:30'), [['a', 'now']]);
  });
});

describe("the flags of an entry's changes today", () => {
  test('an entry added today is New', () => {
    assert.deepEqual(flagsFor(entry('a', '13:00', '14:00'), null, DAY), [{ kind: 'added', text: 'New' }]);
  });

  test('a cancelled entry that comes back is flagged, with its new room', () => {
    assert.deepEqual(
      flagsFor(entry('a', '13:00', '14:00', { venue: 'M7' }), placed({ status: 'cancelled' }), DAY).map((flag) => flag.text),
      ['Back on the programme', 'Moved to M7 (was R1)'],
    );
  });

  test('an entry that only ends later says so with both times', () => {
    assert.deepEqual(flagsFor(entry('a', '13:00', '15:00'), placed({}), DAY), [{ kind: 'retimed', text: 'Now 13:00–15:00 (was 13:00–14:00)' }]);
  });

  test('an entry moved into today names the day it came from', () => {
    assert.deepEqual(flagsFor(entry('a', '16:00', '17:00'), placed({ date: '2031-05-13' }), DAY), [{ kind: 'retimed', text: 'Now 16:00 (was Tue 13 May 13:00)' }]);
  });

  test('a plenary moved into a room names the plenary it left', () => {
    assert.deepEqual(flagsFor(entry('a', '13:00', '14:00', { kind: 'plenary', venue: 'R1' }), placed({ venue: null }), DAY), [
      { kind: 'moved', text: 'Moved to R1 (was Plenary)' },
    ]);
  });

  test('a change that was undone later the same day leaves no flag', () => {
    assert.deepEqual(flagsFor(entry('a', '13:00', '14:00'), placed({}), DAY), []);
  });
});
