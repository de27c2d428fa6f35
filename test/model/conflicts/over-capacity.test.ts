import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { overCapacity } from '../../../src/model/conflicts/index.ts';
import { programmeOf, sideEvent, venue } from './build-programme.ts';

const rooms = [venue('Lake Room', { capacity: 120 }), venue('Hill Room')];

describe('over-capacity', () => {
  it('more people expected than the room holds is warned about with both figures', () => {
    const programme = programmeOf([sideEvent('popular', { title: 'Film: The last ferry', expectedAttendance: 150 })], rooms);
    const findings = overCapacity(programme);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.severity, 'warning');
    assert.equal(findings[0]?.message, '"Film: The last ferry" expects 150 people, but Lake Room holds 120.');
  });

  it('a full room is not over capacity', () => {
    assert.deepEqual(overCapacity(programmeOf([sideEvent('full', { expectedAttendance: 120 })], rooms)), []);
  });

  it('is not checked when the attendance or the capacity is unknown, or the entry is cancelled', () => {
    const programme = programmeOf(
      [
        sideEvent('unknown-attendance', { expectedAttendance: null }),
        sideEvent('unknown-capacity', { venue: 'Hill Room', expectedAttendance: 500 }),
        sideEvent('cancelled', { expectedAttendance: 500, status: 'cancelled' }),
      ],
      rooms,
    );
    assert.deepEqual(overCapacity(programme), []);
  });
});
