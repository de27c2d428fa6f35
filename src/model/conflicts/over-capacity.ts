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
  programme.entries.forEach((entry, position) => {
    const expected = entry.expectedAttendance;
    if (expected === null || !isScheduled(entry) || (focus !== undefined && !focus.has(entry.id))) return;
    const venue = view.venueOfRoom(view.roomAt[position] as number);
    if (venue === undefined || venue.capacity === null || expected <= venue.capacity) return;
    findings.push(createFinding('over-capacity', [entry.id], `${quoted(entry)} expects ${expected} people, but ${venue.name} holds ${venue.capacity}.`));
  });
  return findings;
}
