/**
 * Writing a programme as a printed-programme document.
 */
import type { Programme } from '../model/programme.ts';
import { writeCover } from './cover.ts';
import { assignMarkers } from './footnote-markers.ts';
import { printedEntries, type PrintedEntry } from './printed-order.ts';
import { writeProgrammeTable, writeSideEventTable } from './render-tables.ts';

/**
 * The programme in the printed-programme text format: cover, PROGRAMME table, SIDE EVENTS
 * table with its footnotes and notice.
 *
 * Only scheduled entries with a date and times are printed, by date, start and end, ties in
 * programme order. Footnote markers go to the notes in the order side events first use them.
 * A table with nothing to print is left out (the SIDE EVENTS table stays when there is a
 * notice to print under it).
 *
 * Examples: `renderDocument(parseDocument(text).programme)` gives back the rows of `text`.
 */
export function renderDocument(programme: Programme): string {
  const meetings = printedEntries(programme.entries, ['plenary', 'parallel']);
  const sideEvents = printedEntries(programme.entries, ['side-event']);
  const { conference } = programme;
  const sections: string[][] = [];
  if (meetings.length > 0) sections.push(writeProgrammeTable(meetings));
  if (sideEvents.length > 0 || conference.notice !== null) {
    const markers = assignMarkers(sideEvents, programme.notes);
    sections.push(writeSideEventTable(sideEvents, markers, programme.notes, conference.notice));
  }
  const lines = writeCover(conference, dateSpan([...meetings, ...sideEvents]));
  for (const [index, section] of sections.entries()) {
    if (index > 0) lines.push('');
    lines.push(...section);
  }
  return `${lines.join('\n')}\n`;
}

/** The first and last printed dates, standing in for conference dates the programme lacks. */
export function dateSpan(entries: PrintedEntry[]): { startDate: string; endDate: string } | null {
  const dates = entries.map((entry) => entry.date).sort();
  const startDate = dates[0];
  const endDate = dates[dates.length - 1];
  return startDate === undefined || endDate === undefined ? null : { startDate, endDate };
}
