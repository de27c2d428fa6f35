import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sponsorClash } from '../../../src/model/conflicts/index.ts';
import { createEntry } from '../../../src/model/programme.ts';
import { TUESDAY, plenary, programmeOf, sideEvent } from './build-programme.ts';

describe('sponsor-clash', () => {
  it('a sponsor holding two side events at once is warned about, naming the sponsor and both events', () => {
    const programme = programmeOf([
      sideEvent('reeds', { title: 'Reed beds as filters', sponsors: ['Portugal', 'Lake Keepers Network'], venue: 'Lake Room' }),
      sideEvent('eels', { title: 'The return of the eel', sponsors: ['Ghana', 'Portugal'], venue: 'Hill Room', start: '13:30', end: '14:30' }),
    ]);
    const findings = sponsorClash(programme);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.severity, 'warning');
    assert.deepEqual(findings[0]?.entries, ['reeds', 'eels']);
    assert.equal(
      findings[0]?.message,
      'Portugal has two side events at once on Monday 4 June: "Reed beds as filters" (13:00–14:00) and "The return of the eel" (13:30–14:30).',
    );
  });

  it('compares sponsors trimmed and regardless of case', () => {
    const programme = programmeOf([
      sideEvent('one', { sponsors: ['Lake Keepers Network'], venue: 'Lake Room' }),
      sideEvent('two', { sponsors: [' lake keepers network '], venue: 'Hill Room' }),
    ]);
    assert.equal(sponsorClash(programme).length, 1);
  });

  it('counts the sponsors of split-panel parts', () => {
    const panel = sideEvent('panel', {
      venue: 'Hill Room',
      parts: [
        { label: 'A', sponsors: ['Chile'], title: 'Glacial lakes', description: null },
        { label: 'B', sponsors: ['Norway'], title: 'Fjord water', description: null },
      ],
    });
    const programme = programmeOf([sideEvent('single', { sponsors: ['Norway'] }), panel]);
    const findings = sponsorClash(programme);
    assert.deepEqual(findings[0]?.entries, ['single', 'panel']);
    assert.match(findings[0]?.message ?? '', /^Norway has two side events/);
  });

  it('two events sharing several sponsors make one finding naming all of them', () => {
    const programme = programmeOf([
      sideEvent('one', { sponsors: ['Chile', 'Peru', 'Ghana'], venue: 'Lake Room' }),
      sideEvent('two', { sponsors: ['Peru', 'Chile'], venue: 'Hill Room' }),
    ]);
    const findings = sponsorClash(programme);
    assert.equal(findings.length, 1);
    assert.match(findings[0]?.message ?? '', /^Chile and Peru have two side events at once/);
  });

  it('back-to-back events of one sponsor are not a clash', () => {
    const programme = programmeOf([
      sideEvent('first', { sponsors: ['Chile'], start: '13:00', end: '14:00' }),
      sideEvent('second', { sponsors: ['Chile'], venue: 'Hill Room', start: '14:00', end: '15:00' }),
    ]);
    assert.deepEqual(sponsorClash(programme), []);
  });

  it('events of one sponsor on different days are not a clash', () => {
    const programme = programmeOf([sideEvent('monday', { sponsors: ['Chile'] }), sideEvent('tuesday', { sponsors: ['Chile'], date: TUESDAY })]);
    assert.deepEqual(sponsorClash(programme), []);
  });

  it('a cancelled event does not clash with its sponsor’s other event', () => {
    const programme = programmeOf([
      sideEvent('kept', { sponsors: ['Chile'] }),
      sideEvent('dropped', { sponsors: ['Chile'], venue: 'Hill Room', status: 'cancelled' }),
    ]);
    assert.deepEqual(sponsorClash(programme), []);
  });

  it('only side events count: a parallel meeting or plenary with the same name is not a sponsor clash', () => {
    const parallel = createEntry({ id: 'group', kind: 'parallel', title: 'Working group', sponsors: ['Chile'], date: '2029-06-04', start: '13:00', end: '14:00' });
    const programme = programmeOf([sideEvent('event', { sponsors: ['Chile'] }), parallel, plenary('item', '1', { sponsors: ['Chile'], start: '13:00', end: '15:00' })]);
    assert.deepEqual(sponsorClash(programme), []);
  });

  it('blank sponsor names are ignored', () => {
    const programme = programmeOf([sideEvent('one', { sponsors: [' '] }), sideEvent('two', { sponsors: [''], venue: 'Hill Room' })]);
    assert.deepEqual(sponsorClash(programme), []);
  });
});
