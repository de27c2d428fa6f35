/**
 * The two tables of the printed programme: their headings, header rows and columns.
 */
import { italic, withoutItalics } from './italics.ts';
import type { SourceLine } from './source-lines.ts';

export interface TableLayout {
  kind: 'programme' | 'side-events';
  heading: string;
  /** Column names as the header row prints them (in italics). */
  columns: readonly string[];
}

export const PROGRAMME_TABLE: TableLayout = { kind: 'programme', heading: 'PROGRAMME', columns: ['Time', 'Plenary', 'Parallel meeting'] };

export const SIDE_EVENTS_TABLE: TableLayout = {
  kind: 'side-events',
  heading: 'SIDE EVENTS',
  columns: ['Time', 'Venue', 'Side event', 'Description'],
};

const LAYOUTS = [PROGRAMME_TABLE, SIDE_EVENTS_TABLE];

/** The table a heading line opens ("PROGRAMME", "SIDE EVENTS", in capitals), or null. */
export function tableOfHeading(line: SourceLine): TableLayout | null {
  if (line.cells.length !== 1) return null;
  return LAYOUTS.find((layout) => layout.heading === line.text.trim()) ?? null;
}

/** The table whose header row this line is, or null. */
export function tableOfHeaderRow(line: SourceLine): TableLayout | null {
  return LAYOUTS.find((layout) => isHeaderRow(line, layout)) ?? null;
}

export function isHeaderRow(line: SourceLine, layout: TableLayout): boolean {
  const cells = line.cells.map((cell) => withoutItalics(cell).toLowerCase());
  return cells.length === layout.columns.length && layout.columns.every((column, index) => cells[index] === column.toLowerCase());
}

/** The header row as the printed programme has it: `<i>Time</i> TAB <i>Plenary</i> …`. */
export function writeHeaderRow(layout: TableLayout): string {
  return layout.columns.map(italic).join('\t');
}

/** The header row as a clerk would type it, for messages. */
export function describeHeaderRow(layout: TableLayout): string {
  return layout.columns.map(italic).join(' TAB ');
}

/** "time, plenary, parallel meeting", for messages. */
export function describeColumns(layout: TableLayout): string {
  return layout.columns.map((column) => column.toLowerCase()).join(', ');
}

/** A row of the table from its cells, padded with empty cells to the table's width. */
export function writeRow(layout: TableLayout, cells: string[]): string {
  const padded = [...cells];
  while (padded.length < layout.columns.length) padded.push('');
  return padded.join('\t');
}
