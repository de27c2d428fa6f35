/**
 * Writing the PROGRAMME table and the SIDE EVENTS table with its footnotes and notice.
 */
import type { Note } from '../model/programme.ts';
import { writeDayCell } from './day-row.ts';
import { writeDescription, writePartDescriptions } from './description-cell.ts';
import { groupRuns, slotKey, type PrintedEntry } from './printed-order.ts';
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
  return writeTable(PROGRAMME_TABLE, entries, (slot) => {
    const plenary = slot.filter((entry) => entry.kind === 'plenary');
    const parallel = slot.filter((entry) => entry.kind === 'parallel');
    const rows: string[][] = [];
    for (let index = 0; index < Math.max(plenary.length, parallel.length); index += 1) {
      const left = plenary[index];
      const right = parallel[index];
      rows.push([left === undefined ? '' : writePlenaryCell(left), right === undefined ? '' : writeParallelCell(right)]);
    }
    return rows;
  });
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
  for (const [id, marker] of markers) {
    const note = notes.find((candidate) => candidate.id === id);
    if (note !== undefined) lines.push('', `${marker} ${cellText(note.text)}`);
  }
  if (notice !== null && notice.trim() !== '') lines.push('', cellText(notice));
  return lines;
}

/** Heading, header row, then each day's row followed by its slots' rows (cells after the time). */
function writeTable(layout: TableLayout, entries: PrintedEntry[], slotRows: (slot: PrintedEntry[]) => string[][]): string[] {
  const lines = [layout.heading, '', writeHeaderRow(layout)];
  for (const day of groupRuns(entries, (entry) => entry.date)) {
    const first = day[0];
    if (first === undefined) continue;
    lines.push(writeRow(layout, [writeDayCell(first.date)]));
    for (const slot of groupRuns(day, slotKey)) {
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
