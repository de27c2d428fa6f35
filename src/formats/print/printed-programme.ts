/**
 * The printed programme as a layout, before it becomes PDF, Word or HTML: the cover, the
 * PROGRAMME and SIDE EVENTS tables row by row with their day bands, the footnotes, the notice
 * and the colophon that dates the printout. Every renderer draws the same value, so the three
 * prints cannot drift apart.
 */

/** A run of text and whether it prints in italics (descriptions, "(continued)"). */
export interface PrintRun {
  text: string;
  italic: boolean;
}

/** A paragraph of a cell: runs printed one after the other. */
export type PrintParagraph = PrintRun[];

/** A table cell: its paragraphs, none for an empty cell. */
export type PrintCell = PrintParagraph[];

/** A full-width band that opens a day: "MONDAY, 15 OCTOBER". */
export interface DayBand {
  kind: 'day';
  date: string;
  text: string;
}

/** A row of the PROGRAMME table; `time` only on a slot's first row. */
export interface MeetingRow {
  kind: 'meeting';
  time: string | null;
  plenary: PrintCell;
  parallel: PrintCell;
  /** An entry on this row changed since the revision being compared with. */
  changed: boolean;
}

/** A row of the SIDE EVENTS table; `time` only on a slot's first row. */
export interface SideEventRow {
  kind: 'side-event';
  time: string | null;
  venue: string;
  event: PrintCell;
  description: PrintCell;
  changed: boolean;
}

export interface PrintTable<Row> {
  /** "PROGRAMME", "SIDE EVENTS". */
  heading: string;
  /** The header row: "Time", "Plenary", … (printed in italics). */
  columns: readonly string[];
  rows: (DayBand | Row)[];
}

export interface PrintCover {
  organiserShort: string | null;
  organiser: string | null;
  /** The body's name, a line per part: "Conference of the Parties", "United Nations Convention …". */
  body: string[];
  /** The word "Programme". */
  programme: string;
  session: string | null;
  /** "15–19 October 2012, Vienna". */
  dates: string | null;
  theme: string | null;
}

/** What lets a reader tell an old printout: the revision, when it was printed, where the live one is. */
export interface Colophon {
  revision: number;
  /** When it was printed, on the conference's clock: "12 October 2012, 09:30 CEST". */
  printedAt: string;
  /** The same instant as ISO 8601, for document metadata. */
  generatedAt: string;
  /** The live programme's address for the QR code, or null when no base URL is configured. */
  liveUrl: string | null;
  /** The revision that changed entries are marked against, or null when none are marked. */
  changedSince: number | null;
}

export interface PrintedProgramme {
  /** The document's title (PDF and Word metadata, the page's title). */
  title: string;
  cover: PrintCover;
  meetings: PrintTable<MeetingRow> | null;
  sideEvents: PrintTable<SideEventRow> | null;
  /** The notes side events refer to, with markers in first-use order. */
  footnotes: { marker: string; text: string }[];
  notice: string | null;
  colophon: Colophon;
}
