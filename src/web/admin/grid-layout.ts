/**
 * One day of the programme laid out as the secretariat's grid: a column per venue (and one each
 * for plenary and parallel meetings, which the programme places in no venue), a row per quarter
 * hour, each entry a block spanning its rows. Entries that overlap in a column get lanes side
 * by side, so nothing is hidden under another. Entries the grid cannot place (no time, or a
 * side event without a venue) are listed apart, so a clerk can find them and give them a place.
 *
 * Pure: the page renders it and the tests read it; the client script reads the same numbers
 * back from the page's data attributes.
 */
import type { Entry, EntryKind, Programme } from '../../model/programme.ts';
import { clockMinutes } from '../../model/wall-clock.ts';

/** The grid's row height in minutes. */
export const ROW_MINUTES = 15;
/** An entry without an end (or ending before it starts) is drawn this long. */
const SHOWN_MINUTES_WITHOUT_END = 30;
/** The hours a grid always shows, so an empty day still has slots to drop an entry into. */
const DAY_START = 9 * 60;
const DAY_END = 18 * 60;

export interface GridColumn {
  /** `venue:<name>` or `kind:<plenary|parallel>`: what the client sends back as the target. */
  key: string;
  label: string;
  /** The venue an entry dropped here gets; null for the plenary and parallel columns. */
  venue: string | null;
  /** Set on the plenary and parallel columns: only entries of this kind may be dropped there. */
  kind: EntryKind | null;
  /** A venue an entry names but the conference does not list (an unknown-venue conflict). */
  unknown: boolean;
  /** The first lane of the column among all lanes (0-based), and how many lanes it has. */
  firstLane: number;
  lanes: number;
}

export interface GridBlock<E extends Entry = Entry> {
  entry: E;
  column: string;
  /** Lane among all lanes, 0-based. */
  lane: number;
  /** Row among the time rows, 0-based, and how many rows the block spans (at least one). */
  row: number;
  span: number;
}

export interface GridDay<E extends Entry = Entry> {
  date: string;
  /** The first and last minute of the day the rows cover, on whole hours. */
  firstMinute: number;
  lastMinute: number;
  rows: number;
  columns: GridColumn[];
  lanes: number;
  blocks: GridBlock<E>[];
  /** Entries of this day (or of no day) that the grid cannot place, in programme order. */
  unplaced: E[];
}

const KIND_COLUMNS: { kind: EntryKind; label: string }[] = [
  { kind: 'plenary', label: 'Plenary' },
  { kind: 'parallel', label: 'Parallel meetings' },
];

/** The key of the column an entry belongs in, or null when the grid cannot place it. */
export function columnKeyOf(entry: Entry): string | null {
  if (entry.venue !== null) return `venue:${entry.venue}`;
  if (entry.kind === 'side-event') return null;
  return `kind:${entry.kind}`;
}

function isPlaced(entry: Entry, date: string): boolean {
  return entry.date === date && entry.start !== null && clockMinutes(entry.start) !== null && columnKeyOf(entry) !== null;
}

/** Where an entry's block starts and ends, in minutes of the day. */
function minutesOf(entry: Entry): { start: number; end: number } {
  const start = clockMinutes(entry.start ?? '') ?? 0;
  const end = entry.end === null ? null : clockMinutes(entry.end);
  return { start, end: end !== null && end > start ? end : Math.min(start + SHOWN_MINUTES_WITHOUT_END, 24 * 60) };
}

/** Greedy lanes: each block takes the first lane free at its start; the column is as wide as its busiest moment. */
function assignLanes<E extends Entry>(entries: E[]): { lanes: number; laneOf: Map<E, number> } {
  const sorted = [...entries].sort((a, b) => minutesOf(a).start - minutesOf(b).start);
  const laneEnds: number[] = [];
  const laneOf = new Map<E, number>();
  for (const entry of sorted) {
    const { start, end } = minutesOf(entry);
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane === -1) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    laneOf.set(entry, lane);
  }
  return { lanes: Math.max(1, laneEnds.length), laneOf };
}

/**
 * The grid of `date`. Columns: plenary and parallel meetings (when the programme has any
 * without a venue), then the conference's venues in order, then any venue entries of the day
 * name that the conference does not list.
 *
 * Examples: `gridDay(programme, entries, '2031-05-12').blocks.find((block) => block.entry.id === 'eel-routes')`
 */
export function gridDay<E extends Entry>(programme: Pick<Programme, 'venues'>, entries: readonly E[], date: string): GridDay<E> {
  const placed = entries.filter((entry) => isPlaced(entry, date));
  const unplaced = entries.filter((entry) => (entry.date === date || entry.date === null) && !isPlaced(entry, date));

  const specs: Omit<GridColumn, 'firstLane' | 'lanes'>[] = [];
  for (const { kind, label } of KIND_COLUMNS) {
    if (entries.some((entry) => entry.kind === kind && entry.venue === null)) specs.push({ key: `kind:${kind}`, label, venue: null, kind, unknown: false });
  }
  const listed = new Set(programme.venues.map((venue) => venue.name));
  for (const venue of programme.venues) specs.push({ key: `venue:${venue.name}`, label: venue.name, venue: venue.name, kind: null, unknown: false });
  for (const entry of placed) {
    if (entry.venue !== null && !listed.has(entry.venue)) {
      listed.add(entry.venue);
      specs.push({ key: `venue:${entry.venue}`, label: entry.venue, venue: entry.venue, kind: null, unknown: true });
    }
  }

  let firstMinute = DAY_START;
  let lastMinute = DAY_END;
  for (const entry of placed) {
    const { start, end } = minutesOf(entry);
    firstMinute = Math.min(firstMinute, Math.floor(start / 60) * 60);
    lastMinute = Math.max(lastMinute, Math.min(24 * 60, Math.ceil(end / 60) * 60));
  }

  const columns: GridColumn[] = [];
  const blocks: GridBlock<E>[] = [];
  let nextLane = 0;
  for (const spec of specs) {
    const inColumn = placed.filter((entry) => columnKeyOf(entry) === spec.key);
    const { lanes, laneOf } = assignLanes(inColumn);
    columns.push({ ...spec, firstLane: nextLane, lanes });
    for (const entry of inColumn) {
      const { start, end } = minutesOf(entry);
      const row = Math.floor((start - firstMinute) / ROW_MINUTES);
      const span = Math.max(1, Math.ceil((end - firstMinute) / ROW_MINUTES) - row);
      blocks.push({ entry, column: spec.key, lane: nextLane + (laneOf.get(entry) ?? 0), row, span });
    }
    nextLane += lanes;
  }
  // Programme order, so the page reads (and tabs) as the programme does within each column.
  const order = new Map(entries.map((entry, index) => [entry, index]));
  blocks.sort((a, b) => a.lane - b.lane || a.row - b.row || (order.get(a.entry) ?? 0) - (order.get(b.entry) ?? 0));

  return { date, firstMinute, lastMinute, rows: (lastMinute - firstMinute) / ROW_MINUTES, columns, lanes: Math.max(1, nextLane), blocks, unplaced };
}
