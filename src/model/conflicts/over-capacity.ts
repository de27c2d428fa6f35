/**
 * over-capacity: more people are expected than the room holds.
 */
import type { Programme } from '../programme.ts';
import { createFinding, type CheckOptions, type ConflictFinding } from './conflict-finding.ts';
import { quoted } from './finding-text.ts';
import { programmeView } from './programme-view.ts';
import { isScheduled } from './timed-entry.ts';

/**
 * Every scheduled entry whose expected attendance is above its venue's capacity, when both are known.
 *
 * Examples: 150 expected in a room for 120 is reported; 120 expected in it is not.
 */
export function overCapacity(programme: Programme, { focus, view = programmeView(programme) }: CheckOptions = {}): ConflictFinding[] {
  const findings: ConflictFinding[] = [];
  for (const entry of programme.entries) {
    const expected = entry.expectedAttendance;
    if (!isScheduled(entry) || entry.venue === null || expected === null) continue;
    if (focus !== undefined && !focus.has(entry.id)) continue;
    const venue = view.venueNamed(entry.venue);
    if (venue === undefined || venue.capacity === null || expected <= venue.capacity) continue;
    findings.push(createFinding('over-capacity', [entry.id], `${quoted(entry)} expects ${expected} people, but ${venue.name} holds ${venue.capacity}.`));
  }
  return findings;
}
