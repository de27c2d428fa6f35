/**
 * What a monitor shows at a moment: today's entries on this screen, cut into Now, Next and
 * Later, each with the flags that tell a delegate what changed today.
 *
 * Pure and shared: the server cuts the rows it embeds in the page and sends in `state.json`, and
 * the page cuts them again every minute and after every change, with the same rules.
 */
import type { EntryKind } from '../../model/programme.ts';
import { clockMinutes } from '../../model/wall-clock.ts';
import { formatDay, MONITOR_MESSAGES as M } from './messages.ts';
import { onScreen, placementOf, type Flag, type MonitorEntry, type MonitorFilter, type MonitorRow, type Placement, type SectionName, type VenuePlace } from './monitor-model.ts';

export interface RowsInput {
  /** In programme order. */
  entries: readonly MonitorEntry[];
  /** Where each entry that changed today was at the start of the day; null for one added today. */
  dayStart: ReadonlyMap<string, Placement | null>;
  venues: readonly VenuePlace[];
  filter: MonitorFilter;
  /** The day shown, `YYYY-MM-DD`, and the wall-clock time now, `HH:MM`. */
  date: string;
  clock: string;
}

/** An entry without an end is taken to last this long, so it leaves "Now" at some point. */
const ASSUMED_MINUTES = 60;

/** The words for where an entry is; an entry with no venue is in the plenary hall, or a parallel meeting's room. */
export function venueLabel(kind: EntryKind, venue: string | null): string {
  if (venue !== null) return venue;
  if (kind === 'plenary') return M.plenary;
  return kind === 'parallel' ? M.parallelMeeting : M.venueToBeAnnounced;
}

function timeText(placement: Placement): string {
  return placement.start ?? '';
}

function rangeText(placement: Placement): string {
  return placement.start !== null && placement.end !== null ? M.timeRange(placement.start, placement.end) : timeText(placement);
}

function whenText(placement: Placement): string {
  return placement.date === null ? timeText(placement) : M.dayAndTime(formatDay(placement.date), timeText(placement)).trim();
}

/**
 * The flags of an entry shown on `date`: `was` is where it was at the start of the day, null
 * when it was added today, undefined when it has not changed today.
 */
export function flagsFor(entry: MonitorEntry, was: Placement | null | undefined, date: string): Flag[] {
  const cancelled: Flag = { kind: 'cancelled', text: M.cancelled };
  const isCancelled = entry.status === 'cancelled';
  if (was === undefined) return isCancelled ? [cancelled] : [];
  if (was === null) return isCancelled ? [{ kind: 'added', text: M.added }, cancelled] : [{ kind: 'added', text: M.added }];
  if (isCancelled) return [cancelled];
  const flags: Flag[] = [];
  if (was.status === 'cancelled') flags.push({ kind: 'restored', text: M.restored });
  const venueNow = venueLabel(entry.kind, entry.venue);
  const venueMoved = entry.venue !== was.venue;
  if (entry.date !== was.date && entry.date !== date) {
    const when = entry.date === null ? M.venueToBeAnnounced : whenText(entry);
    flags.push({ kind: 'moved-day', text: M.movedToDay(venueMoved ? M.timeInVenue(when, venueNow) : when) });
    return flags;
  }
  if (venueMoved) flags.push({ kind: 'moved', text: M.movedTo(venueNow, venueLabel(entry.kind, was.venue)) });
  if (entry.date !== was.date) flags.push({ kind: 'retimed', text: M.retimed(timeText(entry), whenText(was)) });
  else if (entry.start !== was.start) flags.push({ kind: 'retimed', text: M.retimed(timeText(entry), timeText(was)) });
  else if (entry.end !== was.end) flags.push({ kind: 'retimed', text: M.retimed(rangeText(entry), rangeText(was)) });
  return flags;
}

interface Candidate {
  row: Omit<MonitorRow, 'section'>;
  order: number;
  start: number | null;
  end: number | null;
}

function candidateOf(entry: MonitorEntry, was: Placement | null | undefined, input: RowsInput, order: number): Candidate | null {
  const current = placementOf(entry);
  const hereNow = current.date === input.date && onScreen(current, input.filter, input.venues);
  const wasHere = was !== undefined && was !== null && was.date === input.date && onScreen(was, input.filter, input.venues);
  if (!hereNow && !wasHere) return null;
  // An entry that has left today is shown where and when it was, so a delegate who comes for it learns where it went.
  const shown = current.date === input.date ? current : (was as Placement);
  const start = shown.start === null ? null : clockMinutes(shown.start);
  const written = shown.end === null ? null : clockMinutes(shown.end);
  const end = start === null ? null : written !== null && written > start ? written : start + ASSUMED_MINUTES;
  return {
    row: {
      id: entry.id,
      start: shown.start,
      end: shown.end,
      venue: venueLabel(entry.kind, shown.venue),
      label: entry.label,
      continued: entry.continued,
      sponsors: entry.sponsors,
      cancelled: entry.status === 'cancelled',
      left: !hereNow,
      flags: flagsFor(entry, was, input.date),
    },
    order,
    start,
    end,
  };
}

function byTime(a: Candidate, b: Candidate): number {
  if (a.start !== b.start) return a.start === null ? 1 : b.start === null ? -1 : a.start - b.start;
  return a.order - b.order;
}

/**
 * The rows of the screen at `input.clock`, in time order: what is on now, what starts next
 * (everything that starts at the next start time of an event that still takes place), and the
 * rest of the day. What has ended is left out.
 */
export function monitorRows(input: RowsInput): MonitorRow[] {
  const now = clockMinutes(input.clock) ?? 0;
  const candidates = input.entries
    .map((entry, order) => candidateOf(entry, input.dayStart.has(entry.id) ? input.dayStart.get(entry.id) : undefined, input, order))
    .filter((candidate): candidate is Candidate => candidate !== null && (candidate.end === null || candidate.end > now))
    .sort(byTime);
  const upcoming = candidates.filter((candidate) => candidate.start === null || candidate.start > now);
  const starts = (list: Candidate[]) => list.flatMap((candidate) => (candidate.start === null ? [] : [candidate.start]));
  const scheduledStarts = starts(upcoming.filter((candidate) => !candidate.row.cancelled));
  const nextStart = Math.min(...(scheduledStarts.length > 0 ? scheduledStarts : starts(upcoming)));
  const sectionOf = (candidate: Candidate): SectionName => {
    if (candidate.start !== null && candidate.start <= now) return 'now';
    return candidate.start !== null && candidate.start <= nextStart ? 'next' : 'later';
  };
  return candidates.map((candidate) => ({ ...candidate.row, section: sectionOf(candidate) }));
}
