/** Sizes, colours and the table layout of the PDF: A4 portrait, as the example is printed. */
import type { CustomTableLayout, Style } from 'pdfmake';

/** Left, top, right margins in points; the bottom margin depends on each section's footer. */
export const PAGE_SIDE = 40;
export const PAGE_TOP = 40;
/** A4 is 595.28 pt wide. */
export const CONTENT_WIDTH = 595.28 - 2 * PAGE_SIDE;

export const INK = '#000000';
export const ACCENT = '#1b4f8a';
export const RULE = '#8c8c8c';
export const DAY_FILL = '#dfe6ef';
export const HEADER_FILL = '#f2f2f2';

/** Line height Noto Sans asks for, as a multiple of the font size. */
export const LINE_HEIGHT = 1.37;

/** The document's default text: 9 pt black; tables and footers set their own sizes. */
export const BASE_STYLE: Style = { fontSize: 9, color: INK };

export const STYLES: Record<string, Style> = {
  heading: { fontSize: 13, bold: true, margin: [0, 0, 0, 6] },
  columnHead: { italics: true },
  day: { bold: true },
  sideEvents: { fontSize: 8 },
  footer: { fontSize: 7.5 },
  folio: { fontSize: 7, color: '#444444' },
};

/** Ruled cells; the first row is the table's heading, which stands free of the rules. */
export const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: (index) => (index === 0 ? 0 : 0.5),
  vLineWidth: () => 0.5,
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};
