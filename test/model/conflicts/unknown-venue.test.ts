import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unknownVenue } from '../../../src/model/conflicts/index.ts';
import { programmeOf, sideEvent } from './build-programme.ts';

describe('unknown-venue', () => {
  it('an entry in a room the conference does not have is an error naming the room', () => {
    const programme = programmeOf([sideEvent('lost', { title: 'Boat tour briefing', venue: 'Boathouse' })]);
    const findings = unknownVenue(programme);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.severity, 'error');
    assert.equal(findings[0]?.message, '"Boat tour briefing" is booked in Boathouse, which is not one of the conference\'s venues.');
  });

  it('a known room written in another case or spacing is found', () => {
    assert.deepEqual(unknownVenue(programmeOf([sideEvent('lower', { venue: '  lake room' })])), []);
  });

  it('entries without a venue, and cancelled entries, are not checked', () => {
    const programme = programmeOf([sideEvent('none', { venue: null }), sideEvent('cancelled', { venue: 'Boathouse', status: 'cancelled' })]);
    assert.deepEqual(unknownVenue(programme), []);
  });
});
