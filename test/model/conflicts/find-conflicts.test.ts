import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONFLICT_RULES, RULE_SEVERITY, conflictsInvolving, findConflicts, type ConflictFinding } from '../../../src/model/conflicts/index.ts';
import { syntheticProgramme } from '../../../bench/synthetic-programme.ts';
import { TUESDAY, plenary, programmeOf, sideEvent, venue } from './build-programme.ts';

/** A programme with one finding of every rule, in a scrambled programme order. */
function troubledProgramme() {
  return programmeOf(
    [
      sideEvent('echo', { date: TUESDAY, start: '09:30', end: '10:30' }),
      sideEvent('backwards', { date: TUESDAY, start: '16:00', end: '15:00' }),
      plenary('item', '2'),
      sideEvent('crowded', { venue: 'Hill Room', start: '16:00', end: '17:00', expectedAttendance: 90 }),
      sideEvent('clash-b', { sponsors: ['Ghana'], start: '13:30', end: '14:30' }),
      sideEvent('clash-a', { sponsors: ['Ghana'], start: '13:00', end: '14:00' }),
      sideEvent('overlap', { venue: 'Hill Room', start: '12:00', end: '13:00' }),
      sideEvent('late-night', { venue: 'Hill Room', date: TUESDAY, start: '21:00', end: '22:00' }),
      sideEvent('too-late', { date: '2029-06-09' }),
      sideEvent('lost', { venue: 'Attic' }),
      sideEvent('echo-first', { date: TUESDAY, start: '09:00', end: '10:00' }),
    ],
    [venue('Lake Room'), venue('Hill Room', { capacity: 60, openingHours: [{ date: null, start: '08:00', end: '20:00' }] })],
  );
}

describe('findConflicts', () => {
  it('lists findings rule by rule, each with its rule’s severity', () => {
    const findings = findConflicts(troubledProgramme());
    assert.deepEqual(
      findings.map((finding) => finding.rule),
      ['venue-clash', 'venue-clash', 'sponsor-clash', 'side-event-over-plenary', 'outside-dates', 'outside-opening-hours', 'over-capacity', 'ends-before-start', 'unknown-venue'],
    );
    for (const finding of findings) assert.equal(finding.severity, RULE_SEVERITY[finding.rule]);
  });

  it('lists the findings of one rule in programme order', () => {
    const clashes = findConflicts(troubledProgramme()).filter((finding) => finding.rule === 'venue-clash');
    // Each pair names the earlier-starting entry first; the pairs are ordered by that entry's place
    // in the programme, so Tuesday's pair, whose first entry is listed last, comes after Monday's.
    assert.deepEqual(
      clashes.map((finding) => finding.entries),
      [
        ['clash-a', 'clash-b'],
        ['echo-first', 'echo'],
      ],
    );
  });

  it('gives the same findings in the same order every time', () => {
    const programme = syntheticProgramme(2_000, 7);
    assert.deepEqual(findConflicts(programme), findConflicts(programme));
  });

  it('a programme without problems has no findings', () => {
    assert.deepEqual(findConflicts(programmeOf([plenary('item', '1'), sideEvent('lunch')])), []);
  });

  it('severities: clashes of rooms, dates, times and unknown rooms are errors; the rest are warnings', () => {
    assert.deepEqual(
      CONFLICT_RULES.filter((rule) => RULE_SEVERITY[rule] === 'error'),
      ['venue-clash', 'outside-dates', 'ends-before-start', 'unknown-venue'],
    );
  });
});

describe('conflictsInvolving', () => {
  const sameAsFiltered = (findings: ConflictFinding[], ids: string[]) =>
    findings.filter((finding) => finding.entries.some((id) => ids.includes(id)));

  it('after moving a side event, reports only the findings that name it', () => {
    const programme = troubledProgramme();
    const involving = conflictsInvolving(programme, ['clash-a']);
    assert.deepEqual(
      involving.map((finding) => finding.rule),
      ['venue-clash', 'sponsor-clash'],
    );
    assert.deepEqual(involving, sameAsFiltered(findConflicts(programme), ['clash-a']));
  });

  it('a plenary item is named in the findings of side events over its sitting', () => {
    const programme = troubledProgramme();
    assert.deepEqual(
      conflictsInvolving(programme, ['item']).map((finding) => finding.entries),
      [['overlap', 'item']],
    );
  });

  it('no ids, no findings', () => {
    assert.deepEqual(conflictsInvolving(troubledProgramme(), []), []);
  });

  it('agrees with filtering findConflicts on a large programme, for any handful of entries', () => {
    const programme = syntheticProgramme(5_000, 3);
    const all = findConflicts(programme);
    const named = [...new Set(all.flatMap((finding) => finding.entries.slice(0, 2)))];
    for (const ids of [named.slice(0, 1), named.slice(10, 13), ['plenary-1'], ['side-event-17', 'no-such-entry']]) {
      assert.deepEqual(conflictsInvolving(programme, ids), sameAsFiltered(all, ids), `ids ${ids.join(', ')}`);
    }
  });
});
