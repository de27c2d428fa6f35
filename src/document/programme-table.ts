/**
 * Reading the PROGRAMME table: plenary items beside parallel meetings, slot by slot.
 */
import type { CoverDates } from './cover-dates.ts';
import { draftEntry, type DraftEntry } from './entry-ids.ts';
import type { LineProblems } from './line-problems.ts';
import { readParallelCell, readPlenaryCell, type MeetingCell } from './programme-cells.ts';
import { isTableRow, quoteLine, type SourceLine } from './source-lines.ts';
import { isDayRow, TableCursor, type Slot } from './table-cursor.ts';
import { PROGRAMME_TABLE } from './table-layout.ts';

/** Gathers the plenary and parallel entries of the PROGRAMME table, in document order. */
export class ProgrammeTableReader {
  readonly entries: DraftEntry[] = [];
  private readonly cursor: TableCursor;

  constructor(
    cover: CoverDates | null,
    private readonly problems: LineProblems,
  ) {
    this.cursor = new TableCursor(PROGRAMME_TABLE, cover, problems);
  }

  /** Reads one non-blank line of the table that is neither its heading nor its header row. */
  readLine(line: SourceLine): void {
    if (isDayRow(line)) {
      this.cursor.readDayRow(line);
      return;
    }
    if (!isTableRow(line)) {
      this.problems.error(
        line.number,
        `"${quoteLine(line)}" is neither a heading Agora knows ("PROGRAMME", "SIDE EVENTS") nor a table row (cells separated by tabs)`,
      );
      return;
    }
    if (!this.cursor.checkWidth(line)) return;
    const [time = '', plenary = '', parallel = ''] = line.cells;
    if (plenary === '' && parallel === '') {
      this.problems.error(line.number, 'this row has neither a plenary item nor a parallel meeting; fill one in or delete the row');
      return;
    }
    const slot = this.cursor.slotOf(line, time);
    const plenaryCell = plenary === '' ? null : readPlenaryCell(plenary);
    const parallelCell = parallel === '' ? null : readParallelCell(parallel);
    for (const cell of [plenaryCell, parallelCell]) if (cell !== null && !cell.ok) this.problems.error(line.number, cell.message);
    if (slot === null) return;
    if (plenaryCell !== null && plenaryCell.ok) this.entries.push(meetingEntry('plenary', plenaryCell.value, slot));
    if (parallelCell !== null && parallelCell.ok) this.entries.push(meetingEntry('parallel', parallelCell.value, slot));
  }
}

function meetingEntry(kind: 'plenary' | 'parallel', cell: MeetingCell, slot: Slot): DraftEntry {
  const { date, start, end } = slot;
  return draftEntry({ kind, title: cell.title, date, start, end, agendaItem: cell.agendaItem, continued: cell.continued });
}
