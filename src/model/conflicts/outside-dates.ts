/**
 * outside-dates: an entry is dated before the conference opens or after it closes.
 */
import type { Programme } from '../programme.ts';
import { createFinding, type CheckOptions, type ConflictFinding } from './conflict-finding.ts';
import { dayName, quoted } from './finding-text.ts';
import { isScheduled } from './timed-entry.ts';

/**
 * Every scheduled entry whose date falls before `conference.startDate` or after `endDate`.
 *
 * Each bound is checked only when it is known; entries without a date are skipped.
 *
 * Examples: with the conference on 15–19 October, an entry on Saturday 20 October is reported.
 */
export function outsideDates(programme: Programme, { focus }: CheckOptions = {}): ConflictFinding[] {
  const { startDate, endDate } = programme.conference;
  if (startDate === null && endDate === null) return [];
  const findings: ConflictFinding[] = [];
  for (const entry of programme.entries) {
    const date = entry.date;
    if (!isScheduled(entry) || date === null || (focus !== undefined && !focus.has(entry.id))) continue;
    // `YYYY-MM-DD` dates order as text.
    if (startDate !== null && date < startDate) {
      findings.push(
        createFinding('outside-dates', [entry.id], `${quoted(entry)} is on ${dayName(date)}, before the conference opens on ${dayName(startDate)}.`),
      );
    } else if (endDate !== null && date > endDate) {
      findings.push(
        createFinding('outside-dates', [entry.id], `${quoted(entry)} is on ${dayName(date)}, after the conference closes on ${dayName(endDate)}.`),
      );
    }
  }
  return findings;
}
