import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outsideDates } from '../../../src/model/conflicts/index.ts';
import { MONDAY, WEDNESDAY, programmeOf, sideEvent } from './build-programme.ts';

describe('outside-dates', () => {
  it('an entry after the closing day is an error naming both days', () => {
    const programme = programmeOf([sideEvent('late', { title: 'Field trip to the dam', date: '2029-06-07' })]);
    const findings = outsideDates(programme);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.severity, 'error');
    assert.deepEqual(findings[0]?.entries, ['late']);
    assert.equal(findings[0]?.message, '"Field trip to the dam" is on Thursday 7 June, after the conference closes on Wednesday 6 June.');
  });

  it('an entry before the opening day is an error', () => {
    const programme = programmeOf([sideEvent('early', { title: 'Pre-session briefing', date: '2029-06-03' })]);
    assert.equal(outsideDates(programme)[0]?.message, '"Pre-session briefing" is on Sunday 3 June, before the conference opens on Monday 4 June.');
  });

  it('entries on the first and the last day are inside', () => {
    const programme = programmeOf([sideEvent('first', { date: MONDAY }), sideEvent('last', { date: WEDNESDAY })]);
    assert.deepEqual(outsideDates(programme), []);
  });

  it('is not checked when the conference dates are unknown, nor for undated or cancelled entries', () => {
    const undatedConference = programmeOf([sideEvent('far', { date: '2030-01-01' })]);
    undatedConference.conference.startDate = null;
    undatedConference.conference.endDate = null;
    assert.deepEqual(outsideDates(undatedConference), []);
    const programme = programmeOf([sideEvent('undated', { date: null }), sideEvent('cancelled', { date: '2030-01-01', status: 'cancelled' })]);
    assert.deepEqual(outsideDates(programme), []);
  });

  it('checks the one bound that is known', () => {
    const programme = programmeOf([sideEvent('before', { date: '2029-06-01' }), sideEvent('after', { date: '2029-06-30' })]);
    programme.conference.endDate = null;
    assert.deepEqual(
      outsideDates(programme).map((finding) => finding.entries[0]),
      ['before'],
    );
  });
});
