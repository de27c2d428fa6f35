/**
 * Where a table row sits in time: the day of the day row above it and the slot of the last
 * time cell, which an empty time cell carries on.
 */
import type { CoverDates } from './cover-dates.ts';
import { isDayCell, readDayCell } from './day-row.ts';
import type { LineProblems } from './line-problems.ts';
import type { SourceLine } from './source-lines.ts';
import { describeColumns, type TableLayout } from './table-layout.ts';
import { readTimeCell, type TimeRange } from './time-cell.ts';

export interface Slot {
  date: string;
  start: string;
  end: string;
}

/** True for a row whose first cell is shaped like a day ("MONDAY, 15 OCTOBER"). */
export function isDayRow(line: SourceLine): boolean {
  return isDayCell(line.cells[0] ?? '');
}

/**
 * Follows the days and slots of one table, page after page.
 *
 * A day or slot that could not be read has already been refused; the rows under it are
 * not refused again for it.
 */
export class TableCursor {
  /** undefined before the first day row; null after a day row that could not be read. */
  private date: string | null | undefined = undefined;
  private slot: TimeRange | 'unreadable' | null = null;

  constructor(
    private readonly layout: TableLayout,
    private readonly cover: CoverDates | null,
    private readonly problems: LineProblems,
  ) {}

  /** Reads a day row: its day cell, and nothing in its other cells. */
  readDayRow(line: SourceLine): void {
    this.slot = null;
    this.date = null;
    const width = this.layout.columns.length;
    if (line.cells.length > width) {
      this.problems.error(line.number, `this day row has ${line.cells.length} cells but a row of the ${this.layout.heading} table has ${width}; check for an extra tab`);
    } else if (line.cells.slice(1).some((cell) => cell !== '')) {
      this.problems.error(line.number, 'a day row has only the day in its first cell; move the rest of this row to a row of its own');
    }
    if (this.cover === null) return;
    const reading = readDayCell(line.cells[0] ?? '', this.cover);
    if (!reading.ok) {
      this.problems.error(line.number, reading.message);
      return;
    }
    this.date = reading.value.date;
    if (reading.value.outsideConference) {
      this.problems.warn(line.number, `${reading.value.date} lies outside the conference dates on the cover (${this.cover.startDate} to ${this.cover.endDate})`);
    }
  }

  /** The slot of a row from its time cell, or the slot of the row above when the cell is empty. */
  slotOf(line: SourceLine, timeCell: string): Slot | null {
    if (this.date === undefined) {
      this.problems.error(line.number, `this row comes before any day row of the ${this.layout.heading} table; add a day row such as "MONDAY, 15 OCTOBER" above it`);
      this.date = null;
      return null;
    }
    if (timeCell === '') {
      if (this.slot === null) {
        this.problems.error(line.number, 'the time cell is empty but no row above it on this day has a time; write the time range, like "3 - 6 p.m."');
        this.slot = 'unreadable';
      }
    } else {
      const reading = readTimeCell(timeCell);
      if (reading.ok) this.slot = reading.value;
      else {
        this.problems.error(line.number, reading.message);
        this.slot = 'unreadable';
      }
    }
    if (this.date === null || this.slot === 'unreadable' || this.slot === null) return null;
    return { date: this.date, ...this.slot };
  }

  /** Refuses a row with the wrong number of cells for this table; true when the count is right. */
  checkWidth(line: SourceLine): boolean {
    const width = this.layout.columns.length;
    if (line.cells.length === width) return true;
    const found = line.cells.length === 1 ? '1 cell' : `${line.cells.length} cells`;
    this.problems.error(
      line.number,
      `this row has ${found} but a row of the ${this.layout.heading} table has ${width} (${describeColumns(this.layout)}); check for a missing or extra tab`,
    );
    return false;
  }
}
