/**
 * Dropping an accepted side-event request on the grid: drag a request from the grid's list of
 * requests to place onto a venue at a time, and its schedule form opens filled with that day,
 * time (its wished length kept) and venue, for the clerk to confirm; conflicts are checked there
 * when it is sent. A click (no drag) just opens the form, which is also the way without a pointer.
 */
import { clock, GridGeometry } from './grid-geometry.ts';

/** How far the pointer moves before a press becomes a drag (a shorter one is a click). */
const DRAG_THRESHOLD_PX = 5;

export function startRequestDrop(root: Document, grid: HTMLElement): void {
  const day = grid.dataset.day ?? '';
  let pressed: { link: HTMLAnchorElement; x: number; y: number } | null = null;
  let ghost: HTMLElement | null = null;

  function stop(): void {
    pressed = null;
    ghost?.remove();
    ghost = null;
    delete root.body.dataset.gridDragging;
  }

  grid.addEventListener('pointerdown', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-request-drag]');
    if (!link || event.button !== 0) return;
    event.preventDefault();
    pressed = { link, x: event.clientX, y: event.clientY };
  });

  root.addEventListener('pointermove', (event) => {
    if (!pressed) return;
    if (!ghost && Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) < DRAG_THRESHOLD_PX) return;
    event.preventDefault();
    if (!ghost) {
      ghost = root.createElement('div');
      ghost.className = 'grid-request-ghost';
      ghost.textContent = pressed.link.textContent;
      ghost.setAttribute('aria-hidden', 'true');
      root.body.append(ghost);
      root.body.dataset.gridDragging = 'true';
    }
    // The pointer's position is physical, whatever the writing direction.
    ghost.style.left = `${event.clientX + 8}px`;
    ghost.style.top = `${event.clientY + 8}px`;
  });

  root.addEventListener('pointerup', (event) => {
    if (!pressed) return;
    const { link } = pressed;
    const dragged = ghost !== null;
    stop();
    // A press without a drag is a click, which opens the link by itself.
    if (!dragged) return;
    const board = grid.querySelector<HTMLElement>('[data-grid-board]');
    if (!board) return;
    const box = board.getBoundingClientRect();
    if (event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom) return;
    const geometry = new GridGeometry(board);
    const column = geometry.columnAt(event.clientX);
    if (!column) return;
    const minutes = Number(link.dataset.minutes) || 60;
    const start = geometry.clampStart(geometry.minuteAt(event.clientY), minutes);
    const query = new URLSearchParams({ date: day, start: clock(start), end: clock(start + minutes), venue: column.venue ?? '' });
    root.defaultView?.location.assign(`${link.dataset.requestDrag}?${query.toString()}#schedule`);
  });

  root.addEventListener('pointercancel', stop);
}
