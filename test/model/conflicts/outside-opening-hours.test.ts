import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outsideOpeningHours } from '../../../src/model/conflicts/index.ts';
import { MONDAY, TUESDAY, programmeOf, sideEvent, venue } from './build-programme.ts';

const lakeRoom = venue('Lake Room', { openingHours: [{ date: null, start: '08:00', end: '20:00' }] });

describe('outside-opening-hours', () => {
  it('an evening event running past closing time is warned about with the room’s hours', () => {
    const programme = programmeOf([sideEvent('reception', { title: 'Evening reception', start: '19:00', end: '21:00' })], [lakeRoom]);
    const findings = outsideOpeningHours(programme);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.severity, 'warning');
    assert.equal(
      findings[0]?.message,
      '"Evening reception" (19:00–21:00) in Lake Room on Monday 4 June falls outside the room\'s opening hours (08:00–20:00).',
    );
  });

  it('an event exactly filling the opening hours is inside', () => {
    const programme = programmeOf([sideEvent('all-day', { start: '08:00', end: '20:00' })], [lakeRoom]);
    assert.deepEqual(outsideOpeningHours(programme), []);
  });

  it('hours given for one date apply on that date only, and a room with no hours that day is closed', () => {
    const room = venue('Lake Room', { openingHours: [{ date: MONDAY, start: '09:00', end: '17:00' }] });
    const programme = programmeOf([sideEvent('monday', { date: MONDAY }), sideEvent('tuesday', { title: 'Tuesday talk', date: TUESDAY })], [room]);
    const findings = outsideOpeningHours(programme);
    assert.deepEqual(
      findings.map((finding) => finding.entries[0]),
      ['tuesday'],
    );
    assert.equal(findings[0]?.message, '"Tuesday talk" (13:00–14:00) in Lake Room is booked on Tuesday 5 June, when the room is closed.');
  });

  it('an event across two touching spans fits, but not across a gap between spans', () => {
    const room = venue('Lake Room', {
      openingHours: [
        { date: null, start: '08:00', end: '12:00' },
        { date: null, start: '12:00', end: '14:00' },
        { date: TUESDAY, start: '15:00', end: '18:00' },
      ],
    });
    const programme = programmeOf(
      [sideEvent('bridging', { start: '11:00', end: '13:00' }), sideEvent('gap', { date: TUESDAY, start: '13:30', end: '15:30' })],
      [room],
    );
    const findings = outsideOpeningHours(programme);
    assert.deepEqual(
      findings.map((finding) => finding.entries[0]),
      ['gap'],
    );
    assert.match(findings[0]?.message ?? '', /\(08:00–14:00, 15:00–18:00\)\.$/);
  });

  it('rooms without opening hours, unknown rooms, untimed and cancelled entries are not checked', () => {
    const programme = programmeOf(
      [
        sideEvent('open-room', { venue: 'Hill Room', start: '22:00', end: '23:00' }),
        sideEvent('unknown-room', { venue: 'Cellar', start: '22:00', end: '23:00' }),
        sideEvent('untimed', { start: null, end: null }),
        sideEvent('cancelled', { start: '22:00', end: '23:00', status: 'cancelled' }),
      ],
      [lakeRoom, venue('Hill Room')],
    );
    assert.deepEqual(outsideOpeningHours(programme), []);
  });
});
