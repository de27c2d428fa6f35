/**
 * The PROGRAMME and SIDE EVENTS tables as pdfmake tables: the heading and the header row repeat
 * on every page, each day opens with a full-width band, a row never splits across pages, and
 * the tables break between days where they can (see {@link DayBreaks}).
 */
import type { Content, Size, TableCell } from 'pdfmake';
import type { ContentAnchor, ContentTable, ContentText, TableCellProperties } from 'pdfmake/interfaces.js';
import type { DayBand, MeetingRow, PrintTable, SideEventRow } from '../print/index.ts';
import { pdfCell, timeCell } from './pdf-cells.ts';
import type { DayBreaks } from './pdf-page-breaks.ts';
import { DAY_FILL, HEADER_FILL, TABLE_LAYOUT } from './pdf-style.ts';

/** Time | Plenary | Parallel meeting. */
export function programmeTable(table: PrintTable<MeetingRow>, breaks: DayBreaks): Content[] {
  return pdfTable('programme', table, breaks, [72, '*', '*'], (row, time) => [time, pdfCell(row.plenary), pdfCell(row.parallel)]);
}

/** Time | Venue | Side event | Description, descriptions in italics. */
export function sideEventsTable(table: PrintTable<SideEventRow>, breaks: DayBreaks): Content[] {
  return pdfTable('side-events', table, breaks, [60, 58, 145, '*'], (row, time) => [time, { text: row.venue }, pdfCell(row.event), pdfCell(row.description)], 'sideEvents');
}

/** The table, then an empty marker that tells the page breaks where its last day ends. */
function pdfTable<Row extends MeetingRow | SideEventRow>(
  name: string,
  table: PrintTable<Row>,
  breaks: DayBreaks,
  widths: Size[],
  cells: (row: Row, time: Content) => TableCell[],
  style?: string,
): Content[] {
  const span = table.columns.length;
  const body: TableCell[][] = [
    fullWidth({ text: table.heading, style: 'heading' }, span, false),
    table.columns.map((column) => ({ text: column, style: 'columnHead', fillColor: HEADER_FILL })),
  ];
  let band: string | null = null;
  for (const row of table.rows) {
    if (isDayBand(row)) {
      band = breaks.band(name, row.date);
      body.push(fullWidth({ text: row.text, style: 'day', fillColor: DAY_FILL, id: band }, span, true));
    } else {
      body.push(cells(row, timeCell(row.time, row.changed, band === null ? null : breaks.firstRow(band))));
      band = null;
    }
  }
  const pdf: ContentTable = { table: { widths, headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, body }, layout: TABLE_LAYOUT, style };
  // A zero-width space: a node must print something for pdfmake to place it on a page.
  return [pdf, { text: '\u200b', id: breaks.tableEnd(name), fontSize: 1 }];
}

function isDayBand(row: DayBand | MeetingRow | SideEventRow): row is DayBand {
  return row.kind === 'day';
}

/** A cell over the whole row, followed by the placeholders pdfmake wants for the cells it covers. */
function fullWidth(cell: (ContentText | ContentAnchor) & TableCellProperties, span: number, ruled: boolean): TableCell[] {
  const border: [boolean, boolean, boolean, boolean] = [ruled, ruled, ruled, ruled];
  return [{ ...cell, colSpan: span, border }, ...Array.from({ length: span - 1 }, (): TableCell => ({}))];
}
