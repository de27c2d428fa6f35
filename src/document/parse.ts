/**
 * Reading a printed-programme document into a programme: cover, PROGRAMME table, SIDE EVENTS
 * pages with their footnotes and notice.
 */
import type { Problem } from '../errors.ts';
import type { Programme } from '../model/programme.ts';
import { isTimeZone, zoneForCity } from '../model/wall-clock.ts';
import { readCover } from './cover.ts';
import { withEntryIds } from './entry-ids.ts';
import { LineProblems } from './line-problems.ts';
import { NoteBook } from './notes.ts';
import { ProgrammeTableReader } from './programme-table.ts';
import { SideEventTableReader } from './side-event-table.ts';
import { isBlank, quoteLine, readLines, type SourceLine } from './source-lines.ts';
import { describeHeaderRow, isHeaderRow, tableOfHeaderRow, tableOfHeading, type TableLayout } from './table-layout.ts';
import { venuesOf } from './venues.ts';

export type ParseResult = { ok: true; programme: Programme; warnings: Problem[] } | { ok: false; errors: Problem[] };

export interface ParseOptions {
  /** The conference's IANA zone, when the city on the cover does not name one. */
  timeZone?: string;
}

/**
 * The programme a printed-programme document describes, or every problem that stops it
 * being read, each naming its line.
 *
 * Entries come in document order: the PROGRAMME table's rows (plenary before parallel in a
 * row), then the side events. The time zone is `options.timeZone`, else the zone named after
 * the cover's city, else null.
 *
 * Examples: `parseDocument(text)` → `{ ok: true, programme, warnings: [] }`;
 * a time cell "3 to 6 pm" on line 34 → `{ ok: false, errors: [{ where: 'line 34', message: … }] }`.
 */
export function parseDocument(text: string, options: ParseOptions = {}): ParseResult {
  const problems = new LineProblems();
  const lines = readLines(text);
  const start = lines.findIndex((line) => tableOfHeading(line) !== null);
  if (start < 0) {
    const last = [...lines].reverse().find((line) => !isBlank(line));
    problems.error(last?.number ?? 1, 'the document has no "PROGRAMME" or "SIDE EVENTS" heading; Agora reads the programme from the tables under them');
    return { ok: false, errors: problems.errors };
  }
  const cover = readCover(lines.slice(0, start), lines[start]?.number ?? 1, problems);
  const notes = new NoteBook();
  const programmeTable = new ProgrammeTableReader(cover.dates, problems);
  const sideEvents = new SideEventTableReader(cover.dates, problems, notes);
  readTables(lines.slice(start), problems, programmeTable, sideEvents);

  const conference = cover.conference;
  conference.notice = sideEvents.notice?.text ?? null;
  conference.timeZone = timeZoneOf(options, conference.city, problems);
  if (problems.errors.length > 0) return { ok: false, errors: problems.errors };
  const entries = withEntryIds([...programmeTable.entries, ...sideEvents.entries]);
  return { ok: true, programme: { conference, venues: venuesOf(entries), notes: notes.notes, entries }, warnings: problems.warnings };
}

/** Hands each line after the cover to the table it belongs to. */
function readTables(lines: SourceLine[], problems: LineProblems, programmeTable: ProgrammeTableReader, sideEvents: SideEventTableReader): void {
  let table: TableLayout | null = null;
  let awaitingHeader = false;
  for (const line of lines) {
    const heading = tableOfHeading(line);
    if (heading !== null) {
      if (table?.kind === 'side-events') sideEvents.endPage();
      table = heading;
      awaitingHeader = true;
      continue;
    }
    if (isBlank(line) || table === null) continue;
    if (awaitingHeader) {
      awaitingHeader = false;
      if (isHeaderRow(line, table)) continue;
      problems.error(line.number, `the ${table.heading} heading must be followed by its header row "${describeHeaderRow(table)}"; found "${quoteLine(line)}"`);
    }
    const headerOf = tableOfHeaderRow(line);
    if (headerOf !== null) {
      if (headerOf !== table) {
        problems.error(line.number, `this is the header row of the ${headerOf.heading} table, but the heading "${headerOf.heading}" is missing above it`);
        if (table.kind === 'side-events') sideEvents.endPage();
        table = headerOf;
      }
      continue;
    }
    if (table.kind === 'programme') programmeTable.readLine(line);
    else sideEvents.readLine(line);
  }
  if (table?.kind === 'side-events') sideEvents.endPage();
}

function timeZoneOf(options: ParseOptions, city: string | null, problems: LineProblems): string | null {
  if (options.timeZone !== undefined) {
    if (isTimeZone(options.timeZone)) return options.timeZone;
    problems.errorIn('timeZone', `"${options.timeZone}" is not an IANA time zone; write it like "Europe/Vienna"`);
    return null;
  }
  return city === null ? null : zoneForCity(city);
}
