/**
 * unknown-venue: an entry names a room the conference does not have.
 */
import type { Programme } from '../programme.ts';
import { createFinding, type CheckOptions, type ConflictFinding } from './conflict-finding.ts';
import { quoted } from './finding-text.ts';
import { programmeView } from './programme-view.ts';
import { isScheduled } from './timed-entry.ts';

/**
 * Every scheduled entry whose venue names none of `programme.venues`.
 *
 * Names compare trimmed and regardless of case, as everywhere in the conflict rules.
 *
 * Examples: with venues M3 and M7, an entry in "M9" is reported; one in "m3" is not.
 */
export function unknownVenue(programme: Programme, { focus, view = programmeView(programme) }: CheckOptions = {}): ConflictFinding[] {
  const findings: ConflictFinding[] = [];
  programme.entries.forEach((entry, position) => {
    const room = view.roomAt[position] as number;
    if (room < 0 || view.venueOfRoom(room) !== undefined || !isScheduled(entry)) return;
    if (focus !== undefined && !focus.has(entry.id)) return;
    findings.push(
      createFinding('unknown-venue', [entry.id], `${quoted(entry)} is booked in ${entry.venue?.trim()}, which is not one of the conference's venues.`),
    );
  });
  return findings;
}
