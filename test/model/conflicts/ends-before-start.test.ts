import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endsBeforeStart } from '../../../src/model/conflicts/index.ts';
import { programmeOf, sideEvent } from './build-programme.ts';

describe('ends-before-start', () => {
  it('an entry ending before it starts is an error naming both times', () => {
    const programme = programmeOf([sideEvent('swapped', { title: 'Mapping wetlands', start: '15:00', end: '14:00' })]);
    const findings = endsBeforeStart(programme);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.severity, 'error');
    assert.equal(findings[0]?.message, '"Mapping wetlands" on Monday 4 June ends at 14:00, before it starts at 15:00.');
  });

  it('an entry that takes no time is an error too', () => {
    const programme = programmeOf([sideEvent('instant', { title: 'Photo call', start: '14:00', end: '14:00' })]);
    assert.equal(endsBeforeStart(programme)[0]?.message, '"Photo call" on Monday 4 June starts and ends at 14:00, so it takes no time.');
  });

  it('needs only the times: an undated entry is checked and named without a day', () => {
    const programme = programmeOf([sideEvent('undated', { title: 'Poster session', date: null, start: '11:00', end: '10:00' })]);
    assert.equal(endsBeforeStart(programme)[0]?.message, '"Poster session" ends at 10:00, before it starts at 11:00.');
  });

  it('five minutes is long enough; missing or cancelled times are not checked', () => {
    const programme = programmeOf([
      sideEvent('short', { start: '14:00', end: '14:05' }),
      sideEvent('no-end', { start: '14:00', end: null }),
      sideEvent('cancelled', { start: '15:00', end: '14:00', status: 'cancelled' }),
    ]);
    assert.deepEqual(endsBeforeStart(programme), []);
  });
});
