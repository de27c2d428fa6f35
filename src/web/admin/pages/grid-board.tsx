/**
 * The grid of one day and the list of entries it cannot place: the part of the page that the
 * client script fetches again (`/admin/grid-fragment`) when the live feed says the programme
 * changed, so a clerk sees another clerk's move without reloading.
 */
import type { StoredEntry } from '../../../model/programme.ts';
import { formatClock } from '../../../model/wall-clock.ts';
import { ROW_MINUTES, type GridDay } from '../grid-layout.ts';
import type { UndoOffer } from '../../../app/undo-change.ts';
import { GridBlock, laneLine, rowLine, timeText } from './grid-block.tsx';
import { UndoForm } from './undo-form.tsx';
import type { WaitingRequest } from '../../../app/requests/review-requests.ts';

interface GridBoardProps {
  day: GridDay<StoredEntry>;
  link: (path: string) => string;
  /** The undo button, with the session's form token; inside the board so that it follows the live feed too. */
  undo?: { offer: UndoOffer; csrf: string } | null;
  /** Accepted side-event requests waiting for a place, each linked to its schedule form. */
  requests?: WaitingRequest[];
}

function WaitingRequests({ requests, link }: { requests: WaitingRequest[]; link: (path: string) => string }) {
  return (
    <section class="grid-requests" aria-labelledby="grid-requests-heading">
      <h2 id="grid-requests-heading">Requests to place</h2>
      <ul>
        {requests.map((request) => (
          <li key={request.id} class={request.wantsDay ? 'grid-request-wants-day' : undefined}>
            <a href={link(`/admin/requests/${request.id}`)} data-request-drag={link(`/admin/requests/${request.id}`)} data-minutes={String(request.minutes)} draggable={false}>
              {request.title}
            </a>
            <span class="grid-unplaced-facts"> (wants {request.wanted.map((choice) => `${request.wantsDay ? '' : `${choice.date} `}${choice.start}–${choice.end}`).join(' or ')})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function UnplacedEntry({ entry, link }: { entry: StoredEntry; link: (path: string) => string }) {
  const missing = [entry.date === null ? 'no date' : null, entry.start === null ? 'no time' : null, entry.venue === null && entry.kind === 'side-event' ? 'no venue' : null].filter(Boolean);
  return (
    <li data-unplaced={entry.id} class={entry.status === 'cancelled' ? 'grid-entry-cancelled' : undefined}>
      <a href={link(`/admin/entries/${encodeURIComponent(entry.id)}`)}>{entry.status === 'cancelled' ? <s>{entry.title}</s> : entry.title}</a>
      <span class="grid-unplaced-facts">
        {' '}
        ({[entry.date ?? null, entry.start !== null ? timeText(entry) : null, entry.venue].filter(Boolean).join(', ') || 'nothing yet'}; {missing.join(', ')})
      </span>
    </li>
  );
}

export function GridBoard({ day, link, undo, requests }: GridBoardProps) {
  const hours: number[] = [];
  for (let minute = day.firstMinute; minute < day.lastMinute; minute += ROW_MINUTES) hours.push(minute);
  return (
    <>
      <div class="grid-scroll" tabIndex={0} role="region" aria-label="Programme grid">
        <div
          class="grid-board"
          data-grid-board
          data-first-minute={String(day.firstMinute)}
          data-row-minutes={String(ROW_MINUTES)}
          style={{
            gridTemplateColumns: `4rem repeat(${day.lanes}, minmax(9.5rem, 1fr))`,
            gridTemplateRows: `auto repeat(${day.rows}, var(--grid-row))`,
            minInlineSize: `calc(4rem + ${day.lanes} * 9.5rem)`,
          }}
        >
          <div class="grid-corner" style={{ gridRow: '1', gridColumn: '1' }}>
            Time
          </div>
          {day.columns.map((column) => (
            <div
              key={column.key}
              class={`grid-column-head${column.kind ? ' grid-column-kind' : ''}${column.unknown ? ' grid-column-unknown' : ''}`}
              style={{ gridRow: '1', gridColumn: `${laneLine(column.firstLane)} / span ${column.lanes}` }}
              data-column={column.key}
              data-venue={column.venue ?? ''}
              data-kind={column.kind ?? ''}
              data-label={column.label}
              data-first-lane={String(column.firstLane)}
              data-lanes={String(column.lanes)}
            >
              {column.label}
              {column.unknown ? <span class="grid-column-note"> (not a listed venue)</span> : null}
            </div>
          ))}
          {day.columns.map((column) => (
            <div key={`lane-${column.key}`} class="grid-column-back" aria-hidden="true" style={{ gridRow: `2 / span ${day.rows}`, gridColumn: `${laneLine(column.firstLane)} / span ${column.lanes}` }} />
          ))}
          {hours.map((minute, row) => (
            <div
              key={minute}
              class={`grid-time${minute % 60 === 0 ? ' grid-time-hour' : ''}`}
              style={{ gridRow: `${rowLine(row)}`, gridColumn: '1' }}
              data-minute={String(minute)}
              data-row={String(row)}
            >
              {minute % 60 === 0 ? formatClock(minute) : ''}
            </div>
          ))}
          {hours
            .filter((minute) => minute % 60 === 0)
            .map((minute) => (
              <div key={`line-${minute}`} class="grid-hour-line" aria-hidden="true" style={{ gridRow: `${rowLine((minute - day.firstMinute) / ROW_MINUTES)}`, gridColumn: `2 / span ${day.lanes}` }} />
            ))}
          {day.blocks.map((block) => (
            <GridBlock key={block.entry.id} block={block} link={link} />
          ))}
          <div class="grid-target" data-grid-target hidden aria-hidden="true" />
        </div>
      </div>
      <aside class="grid-unplaced" aria-labelledby="grid-unplaced-heading">
        <h2 id="grid-unplaced-heading">Not on the grid</h2>
        {day.unplaced.length === 0 ? (
          <p>Every entry of this day has a time and a place.</p>
        ) : (
          <>
            <p>Entries of this day, or of no day, without a time or (side events) a venue:</p>
            <ul data-unplaced-list>
              {day.unplaced.map((entry) => (
                <UnplacedEntry key={entry.id} entry={entry} link={link} />
              ))}
            </ul>
          </>
        )}
        {requests && requests.length > 0 ? <WaitingRequests requests={requests} link={link} /> : null}
        {undo ? <UndoForm page={{ link, csrf: undo.csrf }} undo={undo.offer} next={link(`/admin?day=${day.date}`)} /> : null}
      </aside>
    </>
  );
}
