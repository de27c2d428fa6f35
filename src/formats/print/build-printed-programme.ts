/**
 * From a programme to its printed layout, with the printed-programme format's own rules: which
 * entries print and in what order, slots and their continuation rows, footnote markers.
 */
import { coverBodyLines, coverDatesLine } from '../../document/cover.ts';
import { writeDayCell } from '../../document/day-row.ts';
import { assignMarkers, printedFootnotes } from '../../document/footnote-markers.ts';
import { printedDays, printedEntries, type PrintedEntry } from '../../document/printed-order.ts';
import { dateSpan } from '../../document/render.ts';
import { meetingRows } from '../../document/render-tables.ts';
import { cellText } from '../../document/source-lines.ts';
import { PROGRAMME_TABLE, SIDE_EVENTS_TABLE, type TableLayout } from '../../document/table-layout.ts';
import { writeTimeCell } from '../../document/time-cell.ts';
import type { Conference, Programme } from '../../model/programme.ts';
import type { ExportContext } from '../export-context.ts';
import { descriptionCell, parallelCell, plenaryCell, sideEventCell } from './print-cells.ts';
import type { PrintOptions } from './print-options.ts';
import { PRINT_WORDS } from './print-words.ts';
import { printedAt } from './printed-at.ts';
import type { DayBand, MeetingRow, PrintCover, PrintTable, PrintedProgramme, SideEventRow } from './printed-programme.ts';

/**
 * The printed layout of a programme.
 *
 * Cancelled entries and entries without a date or times are left out, as in the text format.
 * A table with nothing to print is null; the SIDE EVENTS table stays when there is a notice to
 * print under it.
 *
 * Examples: `buildPrintedProgramme(programme, context, NO_MARKS).sideEvents?.rows[0]` → the first day band.
 */
export function buildPrintedProgramme(programme: Programme, context: ExportContext, options: PrintOptions): PrintedProgramme {
  const { conference } = programme;
  const meetings = printedEntries(programme.entries, ['plenary', 'parallel']);
  const sideEvents = printedEntries(programme.entries, ['side-event']);
  const markers = assignMarkers(sideEvents, programme.notes);
  const changed = (entry: PrintedEntry | null) => entry !== null && options.markChanged !== null && options.markChanged.entryIds.has(entry.id);
  const notice = conference.notice === null || conference.notice.trim() === '' ? null : cellText(conference.notice);
  return {
    title: [conference.session, conference.title].filter((part): part is string => part !== null && part.trim() !== '').join(', ') || PRINT_WORDS.programme,
    cover: printCover(conference, dateSpan([...meetings, ...sideEvents])),
    meetings:
      meetings.length === 0
        ? null
        : printTable(PROGRAMME_TABLE, meetings, (slot, time) =>
            meetingRows(slot).map(({ plenary, parallel }, index) => ({
              kind: 'meeting',
              time: index === 0 ? time : null,
              plenary: plenaryCell(plenary),
              parallel: parallelCell(parallel),
              changed: changed(plenary) || changed(parallel),
            })),
          ),
    sideEvents:
      sideEvents.length === 0 && notice === null
        ? null
        : printTable(SIDE_EVENTS_TABLE, sideEvents, (slot, time) =>
            slot.map((entry, index) => ({
              kind: 'side-event',
              time: index === 0 ? time : null,
              venue: cellText(entry.venue ?? ''),
              event: sideEventCell(entry, markers),
              description: descriptionCell(entry),
              changed: changed(entry),
            })),
          ),
    footnotes: printedFootnotes(markers, programme.notes).map(({ marker, text }) => ({ marker, text: cellText(text) })),
    notice,
    colophon: {
      revision: context.revision,
      printedAt: printedAt(context.generatedAt, conference.timeZone, PRINT_WORDS.locale),
      generatedAt: context.generatedAt,
      liveUrl: context.baseUrl === null ? null : `${context.baseUrl.replace(/\/+$/, '')}/`,
      changedSince: options.markChanged?.since ?? null,
    },
  };
}

function printCover(conference: Conference, dates: { startDate: string; endDate: string } | null): PrintCover {
  const text = (value: string | null) => (value === null || value.trim() === '' ? null : cellText(value));
  return {
    organiserShort: text(conference.organizerShort),
    organiser: text(conference.organizer),
    body: coverBodyLines(conference.title),
    programme: PRINT_WORDS.programme,
    session: text(conference.session),
    dates: coverDatesLine(conference, dates),
    theme: text(conference.theme),
  };
}

/** A table: a day band for each day, then each slot's rows, the slot's time on its first row. */
function printTable<Row>(layout: TableLayout, entries: PrintedEntry[], slotRows: (slot: PrintedEntry[], time: string) => Row[]): PrintTable<Row> {
  const rows: (DayBand | Row)[] = [];
  for (const day of printedDays(entries)) {
    rows.push({ kind: 'day', date: day.date, text: writeDayCell(day.date) });
    for (const slot of day.slots) {
      const head = slot[0];
      if (head !== undefined) rows.push(...slotRows(slot, writeTimeCell(head.start, head.end)));
    }
  }
  return { heading: layout.heading, columns: layout.columns, rows };
}
