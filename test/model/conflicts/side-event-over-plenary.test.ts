import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sideEventOverPlenary } from '../../../src/model/conflicts/index.ts';
import { TUESDAY, plenary, programmeOf, sideEvent } from './build-programme.ts';

describe('side-event-over-plenary', () => {
  it('a side event running into the plenary is warned about once for the whole sitting', () => {
    const programme = programmeOf([
      plenary('opening', '1 (a)', { title: 'Opening of the meeting' }),
      plenary('officers', '1 (b)', { title: 'Election of officers' }),
      plenary('agenda', '1 (c)', { title: 'Agenda' }),
      sideEvent('early', { title: 'Breakfast briefing on lake levels', start: '09:30', end: '10:30' }),
    ]);
    const findings = sideEventOverPlenary(programme);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.severity, 'warning');
    assert.deepEqual(findings[0]?.entries, ['early', 'opening', 'officers', 'agenda']);
    assert.equal(
      findings[0]?.message,
      'The side event "Breakfast briefing on lake levels" (09:30–10:30) overlaps the plenary on Monday 4 June, ' +
        '10:00–13:00 ("Item 1 (a). Opening of the meeting" and 2 more items).',
    );
  });

  it('a side event right after the plenary rises is not reported', () => {
    const programme = programmeOf([plenary('item', '2'), sideEvent('lunch', { start: '13:00', end: '14:00' })]);
    assert.deepEqual(sideEventOverPlenary(programme), []);
  });

  it('a side event ending as the plenary opens is not reported', () => {
    const programme = programmeOf([plenary('item', '2'), sideEvent('breakfast', { start: '09:00', end: '10:00' })]);
    assert.deepEqual(sideEventOverPlenary(programme), []);
  });

  it('a plenary on another day does not count', () => {
    const programme = programmeOf([plenary('item', '2', { date: TUESDAY }), sideEvent('midday', { start: '11:00', end: '12:00' })]);
    assert.deepEqual(sideEventOverPlenary(programme), []);
  });

  it('cancelled side events and cancelled plenary items are not reported', () => {
    const programme = programmeOf([
      plenary('item', '2'),
      sideEvent('dropped', { start: '11:00', end: '12:00', status: 'cancelled' }),
      plenary('gone', '3', { date: TUESDAY, status: 'cancelled' }),
      sideEvent('tuesday', { date: TUESDAY, start: '11:00', end: '12:00' }),
    ]);
    assert.deepEqual(sideEventOverPlenary(programme), []);
  });

  it('a side event across the lunch break is reported for each sitting it touches', () => {
    const programme = programmeOf([
      plenary('morning', '2'),
      plenary('afternoon', '3', { start: '15:00', end: '18:00' }),
      sideEvent('long', { start: '12:00', end: '16:00' }),
    ]);
    assert.deepEqual(
      sideEventOverPlenary(programme).map((finding) => finding.entries),
      [
        ['long', 'morning'],
        ['long', 'afternoon'],
      ],
    );
  });

  it('a parallel meeting beside the plenary is not a side event and is not reported', () => {
    const programme = programmeOf([plenary('item', '2'), sideEvent('group', { kind: 'parallel', start: '10:00', end: '13:00' })]);
    assert.deepEqual(sideEventOverPlenary(programme), []);
  });
});
