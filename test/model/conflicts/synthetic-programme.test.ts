import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findConflicts } from '../../../src/model/conflicts/index.ts';
import { clockMinutes } from '../../../src/model/wall-clock.ts';
import { syntheticProgramme } from '../../../bench/synthetic-programme.ts';

describe('syntheticProgramme (bench/synthetic-programme.ts)', () => {
  it('makes valid entries: unique ids, known venues, dates within the conference, times on 5 minutes from 08:00 to 20:00', () => {
    const programme = syntheticProgramme(20_000, 11);
    assert.equal(programme.entries.length, 20_000);
    assert.equal(new Set(programme.entries.map((entry) => entry.id)).size, 20_000);
    const venues = new Set(programme.venues.map((venue) => venue.name));
    const { startDate, endDate } = programme.conference;
    assert.ok(startDate !== null && endDate !== null);
    for (const entry of programme.entries) {
      if (entry.venue !== null) assert.ok(venues.has(entry.venue), `${entry.id} in ${entry.venue}`);
      assert.ok(entry.date !== null && entry.date >= startDate && entry.date <= endDate, `${entry.id} on ${entry.date}`);
      const start = clockMinutes(entry.start ?? '');
      const end = clockMinutes(entry.end ?? '');
      assert.ok(start !== null && end !== null && start < end, `${entry.id} ${entry.start}–${entry.end}`);
      assert.ok(start >= 8 * 60 && end <= 20 * 60 && start % 5 === 0 && end % 5 === 0, `${entry.id} ${entry.start}–${entry.end}`);
    }
  });

  it('is the same for the same seed and different for another', () => {
    assert.deepEqual(syntheticProgramme(500, 5), syntheticProgramme(500, 5));
    assert.notDeepEqual(syntheticProgramme(500, 5), syntheticProgramme(500, 6));
  });

  it('has a realistic mix: about a fifth plenary, mostly side events, and some of every overlap', () => {
    const programme = syntheticProgramme(10_000, 1);
    const plenary = programme.entries.filter((entry) => entry.kind === 'plenary').length;
    const sideEvents = programme.entries.filter((entry) => entry.kind === 'side-event').length;
    assert.ok(plenary > 1_800 && plenary < 2_200, `${plenary} plenary`);
    assert.ok(sideEvents > 7_000, `${sideEvents} side events`);
    const rules = new Set(findConflicts(programme).map((finding) => finding.rule));
    for (const rule of ['venue-clash', 'sponsor-clash', 'side-event-over-plenary', 'over-capacity'] as const) assert.ok(rules.has(rule), rule);
  });

  it('findConflicts on 20,000 entries stays well within a second', () => {
    const programme = syntheticProgramme(20_000, 2);
    findConflicts(programme);
    const started = performance.now();
    findConflicts(programme);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 1_000, `${elapsed.toFixed(0)} ms`);
  });
});
