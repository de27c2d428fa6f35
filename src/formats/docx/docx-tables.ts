/**
 * The PROGRAMME and SIDE EVENTS tables as Word tables: the heading row and the column names are
 * header rows that Word repeats on every page, each day is a merged full-width row kept with the
 * row after it, and no row splits across pages.
 */
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type ITableCellBorders } from 'docx';
import type { DayBand, MeetingRow, PrintTable, SideEventRow } from '../print/index.ts';
import { docxParagraphs, docxText, docxTimeCell, type RunStyle } from './docx-cells.ts';
import { DAY_FILL, HEADER_FILL, PROGRAMME_WIDTHS, SIDE_EVENT_WIDTHS, SIZE } from './docx-style.ts';

const NO_BORDERS: ITableCellBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

export function programmeTable(table: PrintTable<MeetingRow>): Table {
  const style: RunStyle = { size: SIZE.programme };
  return docxTable(table, PROGRAMME_WIDTHS, style, (row) => [
    docxTimeCell(row.time, row.changed, style),
    docxParagraphs(row.plenary, style),
    docxParagraphs(row.parallel, style),
  ]);
}

export function sideEventsTable(table: PrintTable<SideEventRow>): Table {
  const style: RunStyle = { size: SIZE.sideEvents };
  return docxTable(table, SIDE_EVENT_WIDTHS, style, (row) => [
    docxTimeCell(row.time, row.changed, style),
    [docxText(row.venue, style)],
    docxParagraphs(row.event, style),
    docxParagraphs(row.description, style),
  ]);
}

function docxTable<Row extends MeetingRow | SideEventRow>(
  table: PrintTable<Row>,
  widths: number[],
  style: RunStyle,
  cells: (row: Row) => Paragraph[][],
): Table {
  const span = widths.length;
  const cell = (children: Paragraph[], index: number) => new TableCell({ children, width: { size: widths[index] ?? 0, type: WidthType.DXA } });
  const heading = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [new TableCell({ columnSpan: span, borders: NO_BORDERS, children: [docxText(table.heading, { size: SIZE.heading, bold: true })] })],
  });
  const columns = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (column, index) =>
        new TableCell({ width: { size: widths[index] ?? 0, type: WidthType.DXA }, shading: shade(HEADER_FILL), children: [docxText(column, { ...style, italics: true })] }),
    ),
  });
  const rows = table.rows.map((row) =>
    isDayBand(row)
      ? new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              columnSpan: span,
              shading: shade(DAY_FILL),
              children: [new Paragraph({ keepNext: true, children: [new TextRun({ text: row.text, bold: true, size: style.size })] })],
            }),
          ],
        })
      : new TableRow({ cantSplit: true, children: cells(row).map(cell) }),
  );
  return new Table({ columnWidths: widths, width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA }, rows: [heading, columns, ...rows] });
}

function isDayBand(row: DayBand | MeetingRow | SideEventRow): row is DayBand {
  return row.kind === 'day';
}

function shade(fill: string) {
  return { fill, type: ShadingType.CLEAR, color: 'auto' };
}
