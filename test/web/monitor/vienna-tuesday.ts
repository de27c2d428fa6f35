/**
 * One day of the real example conference (Tuesday, the second day) as a monitor in building M
 * sees it, read from ../shared/fixtures at run time (its text is never copied into the project).
 * The rooms' buildings are as the monitors assume them: M3 and M7 in M, the boardrooms in C.
 * For the documentation's screenshots.
 */
import { parseDocument } from '../../../src/document/index.ts';
import type { Programme } from '../../../src/model/programme.ts';
import { readExample } from '../../support/shared-fixture.ts';

export interface ExampleDay {
  programme: Programme;
  date: string;
  /** The day's side events in programme order: the first four are moved and cancelled in the screenshots. */
  sideEvents: string[];
}

export function viennaTuesday(): ExampleDay {
  const parsed = parseDocument(readExample());
  if (!parsed.ok) throw new Error(`the example did not parse: ${JSON.stringify(parsed.errors)}`);
  const { programme } = parsed;
  const date = programme.conference.startDate === null ? '' : addOneDay(programme.conference.startDate);
  const entries = programme.entries.filter((entry) => entry.date === date);
  const venues = programme.venues.map((venue) => ({ ...venue, building: venue.building ?? (venue.name.startsWith('Boardroom') ? 'C' : null) }));
  return {
    programme: { ...programme, venues, entries },
    date,
    sideEvents: entries.filter((entry) => entry.kind === 'side-event').map((entry) => entry.id),
  };
}

function addOneDay(date: string): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
