/**
 * The order findings are listed in: rule by rule, and within a rule in programme order.
 *
 * Programme order is the order of the printed document, so a clerk reads the findings in the
 * order the programme lists the entries. Rules about one entry walk the programme and are in
 * order already; rules about pairs find them room by room and sort them with this.
 */
import type { ConflictFinding } from './conflict-finding.ts';

/** A finding with the programme positions of the entries it names, in the order it names them. */
export interface PlacedFinding {
  finding: ConflictFinding;
  positions: readonly number[];
}

/** The findings sorted by the position of their first entry, then of their second, and so on. */
export function inProgrammeOrder(placed: PlacedFinding[]): ConflictFinding[] {
  placed.sort((a, b) => {
    const length = Math.min(a.positions.length, b.positions.length);
    for (let index = 0; index < length; index += 1) {
      const byPosition = (a.positions[index] as number) - (b.positions[index] as number);
      if (byPosition !== 0) return byPosition;
    }
    return a.positions.length - b.positions.length;
  });
  return placed.map((item) => item.finding);
}
