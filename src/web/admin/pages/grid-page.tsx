/**
 * The programme grid at /admin: one day, venues as columns and time as rows, a list of the
 * entries it cannot place, and links to every other day and to a new entry. Without script it is
 * a map of links to each entry's form; the client script (client/grid.ts) makes the blocks
 * movable, shows conflicts while moving, and follows the live feed. The dialogs and panels it
 * needs are rendered here, hidden, so that every word the clerk reads is in the page.
 */
import type { StoredEntry } from '../../../model/programme.ts';
import type { AdminPageContext } from '../admin-page.ts';
import type { GridDay } from '../grid-layout.ts';
import type { UndoOffer } from '../../../app/undo-change.ts';
import { AdminLayout } from './admin-layout.tsx';
import { GridBoard } from './grid-board.tsx';
import type { WaitingRequest } from '../../../app/requests/review-requests.ts';

export interface GridPageProps {
  page: AdminPageContext;
  day: GridDay<StoredEntry>;
  days: readonly string[];
  /** The conference's IANA zone, for "Changed … at 14:02"; null when it has none. */
  timeZone: string | null;
  undo: { offer: UndoOffer; csrf: string } | null;
  /** The revision an undo just reversed (`?undone=`), to say so. */
  undone: string | null;
  /** Accepted side-event requests waiting for a place. */
  requests?: WaitingRequest[];
}

/** "Mon 12 May": the day as its tab says it. */
export function dayLabel(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

function longDay(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

export function GridPage({ page, day, days, timeZone, undo, undone, requests = [] }: GridPageProps) {
  const dayLink = (date: string) => page.link(`/admin?day=${date}`);
  return (
    <AdminLayout page={page} title={`Grid, ${dayLabel(day.date)}`} current="grid">
      <div class="grid-top">
        <h1>{longDay(day.date)}</h1>
        <p class="grid-actions">
          <a class="button-link" href={page.link(`/admin/entries/new?date=${day.date}`)}>
            New entry
          </a>
        </p>
      </div>
      {undone !== null && /^\d+$/.test(undone) ? (
        <p class="notice-ok" role="status">
          Undid revision {undone}: the undo is a change of its own in the history.
        </p>
      ) : null}
      <nav class="grid-days" aria-label="Days">
        <ul>
          {days.map((date) => (
            <li key={date}>
              <a href={dayLink(date)} aria-current={date === day.date ? 'date' : undefined}>
                {dayLabel(date)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p class="grid-help" data-grid-help hidden>
        Drag an entry to move it, or focus it and press Enter to pick it up, the arrow keys to move it (up and down by 15 minutes, left and right by column), Enter to save
        and Escape to cancel. Open an entry's title to edit every field.
      </p>
      <div
        class="grid-layout"
        data-grid
        data-day={day.date}
        data-time-zone={timeZone ?? 'UTC'}
        data-fragment={page.link(`/admin/grid-fragment?day=${day.date}`)}
        data-preview={page.link('/admin/preview')}
      >
        <GridBoard day={day} link={page.link} undo={undo} requests={requests} />
      </div>
      {/* Below the grid and stuck to the bottom of the window, so that nothing above the grid moves while an entry is dragged. */}
      <div class="grid-dock">
        <p class="grid-status" data-grid-status role="status" aria-live="polite" />
        <section class="grid-conflicts" data-grid-conflicts hidden aria-labelledby="grid-conflicts-heading">
          <h2 id="grid-conflicts-heading">Conflicts this move would create</h2>
          <ul data-grid-conflict-list />
        </section>
      </div>
      <dialog class="grid-dialog" data-grid-confirm aria-labelledby="grid-confirm-heading">
        <form method="dialog">
          <h2 id="grid-confirm-heading">Save with a conflict?</h2>
          <p data-grid-confirm-text />
          <ul data-grid-confirm-list />
          <p class="grid-dialog-buttons">
            <button type="submit" value="save-anyway" data-grid-save-anyway>
              Save anyway
            </button>
            <button type="submit" value="cancel" autofocus>
              Don't move it
            </button>
          </p>
        </form>
      </dialog>
      <dialog class="grid-dialog" data-grid-stale aria-labelledby="grid-stale-heading">
        <form method="dialog">
          <h2 id="grid-stale-heading" data-grid-stale-heading>
            Changed meanwhile
          </h2>
          <p>Nothing was saved. Their change:</p>
          <ul data-grid-stale-theirs />
          <p>Your change:</p>
          <ul data-grid-stale-yours />
          <p class="grid-dialog-buttons">
            <button type="submit" value="keep-theirs" autofocus>
              Keep theirs
            </button>
            <button type="submit" value="apply-mine" data-grid-apply-mine>
              Apply mine on top
            </button>
          </p>
        </form>
      </dialog>
    </AdminLayout>
  );
}
