/**
 * Writing the PROGRAMME table and the SIDE EVENTS table with its footnotes and notice.
 */
import type { Note } from '../model/programme.ts';
import { writeDayCell } from './day-row.ts';
import { writeDescription, writePartDescriptions } from './description-cell.ts';
import { printedFootnotes } from './footnote-markers.ts';
import { printedDays, type PrintedEntry } from './printed-order.ts';
import { writeParallelCell, writePlenaryCell } from './programme-cells.ts';
import { writeSideEventCell } from './side-event-cell.ts';
import { cellText } from './source-lines.ts';
import { PROGRAMME_TABLE, SIDE_EVENTS_TABLE, writeHeaderRow, writeRow, type TableLayout } from './table-layout.ts';
import { writeTimeCell } from './time-cell.ts';

/**
 * The PROGRAMME table: per slot, plenary entries in order beside the parallel meetings,
 * row by row; the time only on the slot's first row.
 */
export function writeProgrammeTable(entries: PrintedEntry[]): string[] {
  return writeTable(PROGRAMME_TABLE, entries, (slot) =>
    meetingRows(slot).map(({ plenary, parallel }) => [
      plenary === null ? '' : writePlenaryCell(plenary),
      parallel === null ? '' : writeParallelCell(parallel),
    ]),
  );
}

/** One row of a slot in the PROGRAMME table: a plenary entry beside a parallel meeting, either may be missing. */
export interface MeetingRow {
  plenary: PrintedEntry | null;
  parallel: PrintedEntry | null;
}

/**
 * A slot's rows: the slot's plenary entries in order beside its parallel meetings in order.
 *
 * Examples: plenary items 1 (a) and 1 (b) with one working group → [1 (a) | group], [1 (b) | —].
 */
export function meetingRows(slot: PrintedEntry[]): MeetingRow[] {
  const plenary = slot.filter((entry) => entry.kind === 'plenary');
  const parallel = slot.filter((entry) => entry.kind === 'parallel');
  const rows: MeetingRow[] = [];
  for (let index = 0; index < Math.max(plenary.length, parallel.length); index += 1) {
    rows.push({ plenary: plenary[index] ?? null, parallel: parallel[index] ?? null });
  }
  return rows;
}

/**
 * The SIDE EVENTS table, one row per side event, then a footnote line per marker and the notice.
 */
export function writeSideEventTable(entries: PrintedEntry[], markers: Map<string, string>, notes: Note[], notice: string | null): string[] {
  const lines = writeTable(SIDE_EVENTS_TABLE, entries, (slot) =>
    slot.map((entry) => [
      cellText(entry.venue ?? ''),
      writeSideEventCell(entry, markers),
      entry.parts.length > 0 ? writePartDescriptions(entry.parts) : writeDescription(entry.description),
    ]),
  );
  for (const footnote of printedFootnotes(markers, notes)) lines.push('', `${footnote.marker} ${cellText(footnote.text)}`);
  if (notice !== null && notice.trim() !== '') lines.push('', cellText(notice));
  return lines;
}

/** Heading, header row, then each day's row followed by its slots' rows (cells after the time). */
function writeTable(layout: TableLayout, entries: PrintedEntry[], slotRows: (slot: PrintedEntry[]) => string[][]): string[] {
  const lines = [layout.heading, '', writeHeaderRow(layout)];
  for (const day of printedDays(entries)) {
    lines.push(writeRow(layout, [writeDayCell(day.date)]));
    for (const slot of day.slots) {
      const head = slot[0];
      if (head === undefined) continue;
      for (const [index, cells] of slotRows(slot).entries()) {
        const time = index === 0 ? writeTimeCell(head.start, head.end) : '';
        lines.push(writeRow(layout, [time, ...cells]));
      }
    }
  }
  return lines;
}
