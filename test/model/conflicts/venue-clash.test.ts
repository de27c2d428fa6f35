import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { venueClash } from '../../../src/model/conflicts/index.ts';
import { MONDAY, TUESDAY, programmeOf, sideEvent } from './build-programme.ts';

describe('venue-clash', () => {
  it('moving a side event into an occupied room is reported with both entries named', () => {
    const programme = programmeOf([
      sideEvent('water', { title: 'Sharing river gauges across borders', start: '14:00', end: '15:00' }),
      sideEvent('fish', { title: 'Counting fish without nets', start: '14:30', end: '15:30' }),
    ]);
    const findings = venueClash(programme);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]?.entries, ['water', 'fish']);
    assert.equal(findings[0]?.severity, 'error');
    assert.equal(
      findings[0]?.message,
      'Lake Room is booked twice on Monday 4 June: "Sharing river gauges across borders" (14:00–15:00) and ' +
        '"Counting fish without nets" (14:30–15:30) overlap.',
    );
  });

  it('names the earlier-starting entry first, whatever the programme order', () => {
    const programme = programmeOf([sideEvent('late', { start: '13:30', end: '14:30' }), sideEvent('early', { start: '13:00', end: '14:00' })]);
    assert.deepEqual(venueClash(programme)[0]?.entries, ['early', 'late']);
  });

  it('one event ending as the next begins is not a clash', () => {
    const programme = programmeOf([sideEvent('first', { start: '13:00', end: '14:00' }), sideEvent('second', { start: '14:00', end: '15:00' })]);
    assert.deepEqual(venueClash(programme), []);
  });

  it('the same room at the same time on different days is not a clash', () => {
    const programme = programmeOf([sideEvent('monday', { date: MONDAY }), sideEvent('tuesday', { date: TUESDAY })]);
    assert.deepEqual(venueClash(programme), []);
  });

  it('different rooms at the same time are not a clash', () => {
    const programme = programmeOf([sideEvent('lake', { venue: 'Lake Room' }), sideEvent('hill', { venue: 'Hill Room' })]);
    assert.deepEqual(venueClash(programme), []);
  });

  it('a cancelled entry never clashes', () => {
    const programme = programmeOf([sideEvent('kept'), sideEvent('dropped', { status: 'cancelled' })]);
    assert.deepEqual(venueClash(programme), []);
  });

  it('entries without a venue never clash on venue', () => {
    const programme = programmeOf([sideEvent('nowhere', { venue: null }), sideEvent('also-nowhere', { venue: null })]);
    assert.deepEqual(venueClash(programme), []);
  });

  it('compares rooms by name, ignoring spacing and case', () => {
    const programme = programmeOf([sideEvent('one', { venue: 'Lake Room' }), sideEvent('two', { venue: ' lake  room ' })]);
    assert.equal(venueClash(programme).length, 1);
  });

  it('skips entries without times, and entries that end before they start', () => {
    const programme = programmeOf([
      sideEvent('timed'),
      sideEvent('untimed', { start: null, end: null }),
      sideEvent('backwards', { start: '14:00', end: '13:00' }),
    ]);
    assert.deepEqual(venueClash(programme), []);
  });

  it('a room holding three overlapping entries reports each overlapping pair once', () => {
    const programme = programmeOf([
      sideEvent('a', { start: '13:00', end: '15:00' }),
      sideEvent('b', { start: '13:30', end: '14:30' }),
      sideEvent('c', { start: '14:00', end: '16:00' }),
      sideEvent('d', { start: '16:00', end: '17:00' }),
    ]);
    const pairs = venueClash(programme).map((finding) => finding.entries.join('+'));
    assert.deepEqual(pairs, ['a+b', 'a+c', 'b+c']);
  });

  it('shortens long titles so the message stays readable', () => {
    const long = 'A very long title about the monitoring of sediments, nutrients and temperature in shared lakes over many decades';
    const programme = programmeOf([sideEvent('one', { title: long }), sideEvent('two', { title: long })]);
    const message = venueClash(programme)[0]?.message ?? '';
    assert.match(message, /…" \(13:00–14:00\)/);
    assert.ok(message.length <= 200, `${message.length} characters: ${message}`);
  });
});
