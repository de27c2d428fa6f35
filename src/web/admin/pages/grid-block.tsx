/**
 * One entry on the grid: its time, title (a link to its form), sponsors and status, placed in
 * its rows and lane by CSS grid. Its data attributes are what the client script moves it by:
 * the entry's id, the revision it was read at (sent as If-Match), its date, times and column.
 */
import { allSponsors, entryLabel, type StoredEntry } from '../../../model/programme.ts';
import type { GridBlock as Block } from '../grid-layout.ts';

/** The grid line of a row: line 1 is the header row. */
export function rowLine(row: number): number {
  return row + 2;
}

/** The grid line of a lane: line 1 is the time column. */
export function laneLine(lane: number): number {
  return lane + 2;
}

export function timeText(entry: Pick<StoredEntry, 'start' | 'end'>): string {
  if (entry.start === null) return 'No time';
  return entry.end === null ? entry.start : `${entry.start}–${entry.end}`;
}

export function GridBlock({ block, link }: { block: Block<StoredEntry>; link: (path: string) => string }) {
  const { entry } = block;
  const label = entryLabel(entry);
  const sponsors = allSponsors(entry);
  const cancelled = entry.status === 'cancelled';
  return (
    <article
      class={`grid-entry grid-entry-${entry.kind}${cancelled ? ' grid-entry-cancelled' : ''}`}
      style={{ gridRow: `${rowLine(block.row)} / span ${block.span}`, gridColumn: `${laneLine(block.lane)}` }}
      data-entry={entry.id}
      data-revision={String(entry.revision)}
      data-kind={entry.kind}
      data-date={entry.date ?? ''}
      data-start={entry.start ?? ''}
      data-end={entry.end ?? ''}
      data-venue={entry.venue ?? ''}
      data-column={block.column}
      data-status={entry.status}
      data-title={label}
      aria-label={`${label}, ${timeText(entry)}${entry.venue ? ` in ${entry.venue}` : ''}${cancelled ? ', cancelled' : ''}`}
    >
      <p class="grid-entry-time" data-entry-time>
        {timeText(entry)}
        {cancelled ? <span class="grid-entry-status"> Cancelled</span> : null}
      </p>
      <p class="grid-entry-title">
        <a href={link(`/admin/entries/${encodeURIComponent(entry.id)}`)} title={label}>
          {cancelled ? <s>{label}</s> : label}
        </a>
      </p>
      {sponsors.length > 0 ? <p class="grid-entry-sponsors">{sponsors.join(', ')}</p> : null}
    </article>
  );
}
