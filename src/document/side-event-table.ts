/**
 * Reading the SIDE EVENTS table, page by page: rows, then the page's footnote lines and notice.
 *
 * A row's footnote markers mean what the footnote lines of its own page say, so they are
 * resolved when the page ends.
 */
import type { Part } from '../model/programme.ts';
import type { CoverDates } from './cover-dates.ts';
import { readPartDescriptions, readDescription } from './description-cell.ts';
import { draftEntry, type DraftEntry } from './entry-ids.ts';
import { readFootnoteLine } from './footnote-markers.ts';
import type { LineProblems } from './line-problems.ts';
import type { NoteBook } from './notes.ts';
import { readSideEventCell, type SideEventCell } from './side-event-cell.ts';
import { isTableRow, type SourceLine } from './source-lines.ts';
import { isDayRow, TableCursor, type Slot } from './table-cursor.ts';
import { SIDE_EVENTS_TABLE } from './table-layout.ts';
import { looksLikeTimeCell } from './time-cell.ts';

interface MarkedRow {
  line: number;
  entry: DraftEntry;
  markers: string[];
}

interface FooterLine {
  line: number;
  text: string;
}

/** Gathers the side events of every page, their notes and the notice. */
export class SideEventTableReader {
  readonly entries: DraftEntry[] = [];
  /** The notice of the first page that has one. */
  notice: FooterLine | null = null;
  private readonly cursor: TableCursor;
  private marked: MarkedRow[] = [];
  private footnotes = new Map<string, FooterLine & { noteId: string }>();
  private noticeLines: FooterLine[] = [];

  constructor(
    cover: CoverDates | null,
    private readonly problems: LineProblems,
    private readonly notes: NoteBook,
  ) {
    this.cursor = new TableCursor(SIDE_EVENTS_TABLE, cover, problems);
  }

  /** Reads one non-blank line of a page that is neither its heading nor its header row. */
  readLine(line: SourceLine): void {
    if (isDayRow(line)) {
      this.cursor.readDayRow(line);
    } else if (isTableRow(line) || looksLikeTimeCell(line.text)) {
      this.refuseStrayFooterLines();
      if (this.cursor.checkWidth(line)) this.readRow(line);
    } else {
      this.readFooterLine(line);
    }
  }

  /** Ends a page: gives each marked row the notes its page's footnotes name, and takes its notice. */
  endPage(): void {
    for (const row of this.marked) {
      for (const marker of row.markers) {
        const footnote = this.footnotes.get(marker);
        if (footnote === undefined) {
          this.problems.error(row.line, `the marker ${marker} has no footnote line "${marker} …" after the table on its page; add the footnote or remove the marker`);
        } else if (!row.entry.notes.includes(footnote.noteId)) {
          row.entry.notes.push(footnote.noteId);
        }
      }
    }
    this.takeNotice();
    this.marked = [];
    this.footnotes = new Map();
    this.noticeLines = [];
  }

  private readRow(line: SourceLine): void {
    const [time = '', venue = '', sideEvent = '', description = ''] = line.cells;
    if (sideEvent === '') {
      this.problems.error(line.number, 'this row has no side event; write "Sponsor / Sponsor: Title" in its side-event cell or delete the row');
      return;
    }
    const slot = this.cursor.slotOf(line, time);
    const cell = readSideEventCell(sideEvent);
    if (!cell.ok) this.problems.error(line.number, cell.message);
    if (venue === '') this.problems.error(line.number, 'this side event has no venue; write its room (e.g. M3) in the venue cell');
    if (!cell.ok || venue === '') return;
    const parts = this.partsOf(line, cell.value, description);
    if (slot === null || parts === null) return;
    const entry = sideEventEntry(slot, venue, cell.value, parts, cell.value.parts.length > 0 ? null : readDescription(description));
    this.entries.push(entry);
    if (cell.value.markers.length > 0) this.marked.push({ line: line.number, entry, markers: cell.value.markers });
  }

  private partsOf(line: SourceLine, cell: SideEventCell, description: string): Part[] | null {
    if (cell.parts.length === 0) return [];
    const descriptions = readPartDescriptions(description, cell.parts.map((part) => part.label));
    if (!descriptions.ok) {
      this.problems.error(line.number, descriptions.message);
      return null;
    }
    return cell.parts.map((part, index) => ({
      label: part.label,
      sponsors: part.sponsors,
      title: part.title,
      description: descriptions.value[index] ?? null,
    }));
  }

  private readFooterLine(line: SourceLine): void {
    const text = line.text.replace(/\s+/g, ' ').trim();
    const footnote = readFootnoteLine(text);
    if (footnote === null) {
      this.noticeLines.push({ line: line.number, text });
      return;
    }
    const known = this.footnotes.get(footnote.marker);
    if (known !== undefined && known.text !== footnote.text) {
      this.problems.error(line.number, `the marker ${footnote.marker} already has a footnote on this page (line ${known.line}); give this footnote another marker`);
      return;
    }
    const note = this.notes.noteFor(footnote.text);
    this.footnotes.set(footnote.marker, { line: line.number, text: footnote.text, noteId: note.id });
  }

  /** Free text between rows is a row that lost its tabs, not a notice. */
  private refuseStrayFooterLines(): void {
    for (const stray of this.noticeLines) {
      this.problems.error(
        stray.line,
        `"${stray.text.slice(0, 60)}" stands between rows of the SIDE EVENTS table; a row has its cells separated by tabs, and the notice goes after the table`,
      );
    }
    this.noticeLines = [];
  }

  private takeNotice(): void {
    if (this.noticeLines.length === 0) return;
    const first = this.noticeLines[0];
    if (first === undefined) return;
    const text = this.noticeLines.map((line) => line.text).join(' ');
    if (this.notice === null) this.notice = { line: first.line, text };
    else if (this.notice.text !== text) {
      this.problems.warn(first.line, `this notice differs from the one on line ${this.notice.line}; Agora keeps the first`);
    }
  }
}

function sideEventEntry(slot: Slot, venue: string, cell: SideEventCell, parts: Part[], description: string | null): DraftEntry {
  const { date, start, end } = slot;
  return draftEntry({ kind: 'side-event', title: cell.title, date, start, end, venue, sponsors: cell.sponsors, description, parts });
}
