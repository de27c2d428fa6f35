/**
 * frab's `timeslot_duration`: the grid a schedule viewer draws. Agora derives it from the times
 * in the programme instead of assuming one, so that a 13:05 start still lands on a line.
 */
import { clockMinutes, formatClock } from '../../model/wall-clock.ts';

const HOUR = 60;

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

/** The coarsest grid (a divisor of an hour) on which every given `HH:MM` time falls: "00:15" for 10:00, 10:45. */
export function timeslotDuration(times: Iterable<string>): string {
  let slot = HOUR;
  for (const time of times) slot = greatestCommonDivisor(slot, clockMinutes(time) ?? 0);
  return formatClock(slot);
}
