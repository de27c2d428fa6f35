/**
 * The programme grid, made movable: drag an entry with the pointer, or focus it and press Enter
 * (or Space) to pick it up, the arrow keys to move it (up and down by a quarter hour, left and
 * right by column), Enter to save and Escape to cancel. While it moves, the target is drawn on
 * the grid, said in the status line (a live region) and checked for conflicts (debounced
 * `POST /admin/preview`); the entries involved are outlined and the conflicts listed. The grid
 * follows the live feed, so another clerk's change shows within a second.
 *
 * Without this script the grid is a map of links to each entry's form.
 */
import type { ConflictFinding } from '../../../model/conflicts/conflict-finding.ts';
import { adminFetch } from './csrf.ts';
import { conflictCount, showConflicts } from './grid-conflicts.ts';
import { blockInfo, durationOf, GridGeometry, minutes, placementText, type BlockInfo, type GridTarget, type Placement } from './grid-geometry.ts';
import { followLiveFeed, gridRefresher } from './grid-live.ts';
import { saveMove } from './grid-save.ts';

const PREVIEW_DEBOUNCE_MS = 150;
/** How far the pointer moves before a press becomes a drag (a shorter one is a click). */
const DRAG_THRESHOLD_PX = 5;
/** Within this distance of the grid's side, a drag scrolls the grid by a step each pointer move. */
const EDGE_PX = 48;
const EDGE_STEP_PX = 24;

interface Move {
  block: HTMLElement;
  info: BlockInfo;
  from: Placement;
  duration: number | null;
  via: 'pointer' | 'keyboard';
  target: GridTarget;
  /** Pointer drags: how many minutes below the entry's start the pointer took hold of it. */
  grip: number;
  saving: boolean;
}

interface Preview {
  key: string;
  conflicts: ConflictFinding[];
}

export function startGrid(root: Document, grid: HTMLElement): void {
  const status = root.querySelector<HTMLElement>('[data-grid-status]');
  const help = root.querySelector<HTMLElement>('[data-grid-help]');
  const day = grid.dataset.day ?? '';
  const timeZone = grid.dataset.timeZone ?? 'UTC';
  const previewUrl = grid.dataset.preview ?? '/admin/preview';
  if (help) help.hidden = false;

  let geometry = new GridGeometry(board());
  let move: Move | null = null;
  let pressed: { block: HTMLElement; x: number; y: number; pointerId: number } | null = null;
  let preview: Preview | null = null;
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  let previewAsked = 0;
  let changedMeanwhile = false;

  function board(): HTMLElement {
    return grid.querySelector<HTMLElement>('[data-grid-board]') ?? grid;
  }

  function targetBox(): HTMLElement | null {
    return board().querySelector<HTMLElement>('[data-grid-target]');
  }

  function say(text: string): void {
    if (status) status.textContent = text;
  }

  function enhance(): void {
    geometry = new GridGeometry(board());
    for (const block of board().querySelectorAll<HTMLElement>('article[data-entry]')) {
      block.tabIndex = 0;
      block.dataset.movable = 'true';
      block.setAttribute('aria-roledescription', 'movable entry');
      block.setAttribute('aria-describedby', 'grid-help');
    }
    help?.setAttribute('id', 'grid-help');
  }

  // The entry last focused, so that the same entry has the focus again after the grid is refetched.
  let focusedId: string | null = null;
  grid.addEventListener('focusin', (event) => {
    focusedId = (event.target as Element).closest<HTMLElement>('article[data-entry]')?.dataset.entry ?? null;
  });
  const refresher = gridRefresher(grid, (focusWasInside) => {
    enhance();
    const active = root.activeElement;
    const lost = focusWasInside || active === null || active === root.body || !active.isConnected;
    if (lost && focusedId !== null) board().querySelector<HTMLElement>(`article[data-entry="${CSS.escape(focusedId)}"]`)?.focus({ preventScroll: true });
  });

  function refreshSoon(): void {
    if (move) {
      changedMeanwhile = true;
      return;
    }
    void refresher.refresh();
  }

  function placementOf(target: GridTarget): Placement {
    return geometry.placement(target, day, move?.duration ?? null);
  }

  function targetKey(target: GridTarget): string {
    return `${target.column.key}@${target.start}`;
  }

  function accepted(target: GridTarget): boolean {
    return move !== null && geometry.accepts(target.column, move.info.kind);
  }

  function drawTarget(): void {
    const box = targetBox();
    if (!move || !box) return;
    const { target } = move;
    const lines = geometry.lines(target.column, target.start, move.duration);
    box.style.gridRow = lines.gridRow;
    box.style.gridColumn = lines.gridColumn;
    box.hidden = false;
    const placement = placementOf(target);
    if (accepted(target)) {
      delete box.dataset.refused;
      box.textContent = `${placementText(placement, target.column)}: ${move.info.title}`;
    } else {
      box.dataset.refused = 'true';
      box.textContent = `A ${move.info.kind.replace('-', ' ')} cannot go in ${target.column.label}`;
    }
    for (const back of board().querySelectorAll<HTMLElement>('.grid-column-back')) back.classList.remove('grid-column-target');
  }

  function announce(): void {
    if (!move) return;
    const { target } = move;
    if (!accepted(target)) {
      say(`"${move.info.title}" cannot go in ${target.column.label}: only ${target.column.label.toLowerCase()} go there.`);
      return;
    }
    const where = placementText(placementOf(target), target.column);
    const checked = preview && preview.key === targetKey(target) ? ` ${conflictCount(preview.conflicts, true)}` : '';
    const keys = move.via === 'keyboard' ? ' Enter saves, Escape cancels.' : '';
    say(`"${move.info.title}" to ${where}.${checked}${keys}`);
  }

  async function askPreview(target: GridTarget): Promise<Preview | null> {
    if (!move || !accepted(target)) return null;
    const asked = (previewAsked += 1);
    const key = targetKey(target);
    const placement = placementOf(target);
    const patch: Record<string, string | null> = { date: placement.date, start: placement.start, venue: placement.venue };
    if (placement.end !== null) patch.end = placement.end;
    try {
      const response = await adminFetch(root, previewUrl, { method: 'POST', body: JSON.stringify({ id: move.info.id, patch }) });
      const body = (await response.json()) as { conflicts?: ConflictFinding[]; message?: string };
      if (!response.ok) {
        if (asked === previewAsked) say(body.message ?? 'The conflicts of this move could not be checked.');
        return null;
      }
      const found: Preview = { key, conflicts: body.conflicts ?? [] };
      if (move && targetKey(move.target) === key) {
        preview = found;
        showConflicts(root, board(), targetBox(), move.info.id, found.conflicts);
        announce();
      }
      return found;
    } catch {
      if (asked === previewAsked) say('The conflicts of this move could not be checked just now.');
      return null;
    }
  }

  function targetChanged(): void {
    drawTarget();
    announce();
    clearTimeout(previewTimer);
    if (!move) return;
    if (preview?.key !== targetKey(move.target)) {
      showConflicts(root, board(), targetBox(), null, []);
      const target = move.target;
      previewTimer = setTimeout(() => void askPreview(target), PREVIEW_DEBOUNCE_MS);
    }
  }

  function begin(block: HTMLElement, via: Move['via'], grip = 0): void {
    const info = blockInfo(block);
    const column = geometry.column(info.column);
    if (!column || info.start === '') return;
    const from: Placement = { date: info.date, start: info.start, end: info.end, venue: info.venue };
    move = { block, info, from, duration: durationOf(info), via, target: { column, start: minutes(info.start) }, grip, saving: false };
    preview = null;
    block.dataset.moving = 'true';
    if (via === 'keyboard') block.dataset.picked = 'true';
    else root.body.dataset.gridDragging = 'true';
    targetChanged();
    if (via === 'keyboard') say(`Picked up "${info.title}", ${placementText(from, column)}. Arrow keys move it; Enter saves, Escape cancels.`);
  }

  function end(message: string | null): void {
    clearTimeout(previewTimer);
    previewAsked += 1;
    if (move) {
      delete move.block.dataset.moving;
      delete move.block.dataset.picked;
    }
    delete root.body.dataset.gridDragging;
    const box = targetBox();
    if (box) {
      box.hidden = true;
      delete box.dataset.conflict;
    }
    showConflicts(root, board(), null, null, []);
    move = null;
    preview = null;
    if (message !== null) say(message);
    if (changedMeanwhile) {
      changedMeanwhile = false;
      void refresher.refresh();
    }
  }

  function placeBlock(block: HTMLElement, entry: { revision: number; date: string | null; start: string | null; end: string | null; venue: string | null }, target: GridTarget): void {
    block.dataset.revision = String(entry.revision);
    block.dataset.date = entry.date ?? '';
    block.dataset.start = entry.start ?? '';
    block.dataset.end = entry.end ?? '';
    block.dataset.venue = entry.venue ?? '';
    block.dataset.column = target.column.key;
    const lines = geometry.lines(target.column, target.start, durationOf(blockInfo(block)), 1);
    block.style.gridRow = lines.gridRow;
    block.style.gridColumn = lines.gridColumn;
    const time = block.querySelector<HTMLElement>('[data-entry-time]');
    if (time?.firstChild) time.firstChild.textContent = entry.end ? `${entry.start}–${entry.end}` : (entry.start ?? '');
  }

  async function drop(): Promise<void> {
    if (!move || move.saving) return;
    const current = move;
    const { target } = current;
    if (!accepted(target)) return end(`"${current.info.title}" was not moved: only ${target.column.label.toLowerCase()} go in that column.`);
    const to = placementOf(target);
    const toText = placementText(to, target.column);
    current.saving = true;
    say(`Saving "${current.info.title}" at ${toText}…`);
    const checked = preview?.key === targetKey(target) ? preview : await askPreview(target);
    const outcome = await saveMove(root, timeZone, { id: current.info.id, title: current.info.title, revision: current.info.revision, from: current.from, to, toText }, checked?.conflicts ?? []);
    if (outcome.kind === 'saved') {
      placeBlock(current.block, outcome.entry, target);
      const left = outcome.conflicts.length > 0 ? ` ${conflictCount(outcome.conflicts, false)}` : '';
      end(`Saved: "${current.info.title}" is now ${toText} (revision ${outcome.entry.revision}).${left}`);
      current.block.focus({ preventScroll: true });
      changedMeanwhile = false;
      void refresher.refresh();
    } else {
      end(outcome.message);
      if (outcome.kind === 'kept-theirs') void refresher.refresh();
      current.block.focus({ preventScroll: true });
    }
  }

  /** Dragging near a side of the grid's scrolling area scrolls it, so a column out of view can be reached. */
  function scrollNearEdge(x: number): void {
    const scroller = grid.querySelector<HTMLElement>('.grid-scroll');
    if (!scroller || scroller.scrollWidth <= scroller.clientWidth) return;
    const box = scroller.getBoundingClientRect();
    if (x < box.left + EDGE_PX) scroller.scrollLeft -= EDGE_STEP_PX;
    else if (x > box.right - EDGE_PX) scroller.scrollLeft += EDGE_STEP_PX;
  }

  const swallowClick = (click: Event) => click.preventDefault();

  // Pointer: press on a block, move past the threshold to drag, release to drop.
  grid.addEventListener('pointerdown', (event) => {
    const block = (event.target as Element).closest<HTMLElement>('article[data-entry]');
    if (!block || event.button !== 0 || move) return;
    // Focus without the browser scrolling the block into view under the pointer, and no text selection.
    event.preventDefault();
    block.focus({ preventScroll: true });
    pressed = { block, x: event.clientX, y: event.clientY, pointerId: event.pointerId };
  });
  root.addEventListener('pointermove', (event) => {
    if (pressed && !move && Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) >= DRAG_THRESHOLD_PX) {
      const grip = geometry.minuteAt(pressed.y) - minutes(blockInfo(pressed.block).start);
      begin(pressed.block, 'pointer', Math.max(0, grip));
      pressed = null;
    }
    if (!move || move.via !== 'pointer' || move.saving) return;
    event.preventDefault();
    scrollNearEdge(event.clientX);
    const column = geometry.columnAt(event.clientX);
    if (!column) return;
    const start = geometry.clampStart(geometry.minuteAt(event.clientY) - move.grip, move.duration);
    if (column === move.target.column && start === move.target.start) return;
    move.target = { column, start };
    targetChanged();
  });
  root.addEventListener('pointerup', () => {
    pressed = null;
    if (move?.via === 'pointer' && !move.saving) {
      // The click that ends a drag must not open the entry's form.
      root.addEventListener('click', swallowClick, { capture: true, once: true });
      setTimeout(() => root.removeEventListener('click', swallowClick, { capture: true }), 0);
      void drop();
    }
  });
  root.addEventListener('pointercancel', () => {
    pressed = null;
    if (move?.via === 'pointer' && !move.saving) end('The move was cancelled.');
  });
  // Links inside a block would otherwise start the browser's own drag of the link.
  grid.addEventListener('dragstart', (event) => event.preventDefault());

  // Keyboard: on a focused block (not its link).
  grid.addEventListener('keydown', (event) => {
    const block = event.target as HTMLElement;
    if (!block.matches('article[data-entry]')) return;
    if (!move) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        begin(block, 'keyboard');
      }
      return;
    }
    if (move.block !== block || move.saving) return;
    const { target, info, duration } = move;
    const step = geometry.rowMinutes;
    let next: GridTarget | null = null;
    if (event.key === 'ArrowUp') next = { column: target.column, start: geometry.clampStart(target.start - step, duration) };
    else if (event.key === 'ArrowDown') next = { column: target.column, start: geometry.clampStart(target.start + step, duration) };
    else if (event.key === 'ArrowLeft') next = { column: geometry.sideways(target.column, -1, info.kind), start: target.start };
    else if (event.key === 'ArrowRight') next = { column: geometry.sideways(target.column, 1, info.kind), start: target.start };
    else if (event.key === 'Enter') {
      event.preventDefault();
      void drop();
      return;
    } else if (event.key === 'Escape') {
      event.preventDefault();
      end(`"${info.title}" was not moved.`);
      return;
    } else if (event.key === ' ') {
      event.preventDefault();
      return;
    }
    if (next) {
      event.preventDefault();
      move.target = next;
      targetChanged();
    }
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && move?.via === 'pointer' && !move.saving) end('The move was cancelled.');
  });
  grid.addEventListener('focusout', (event) => {
    if (!move || move.via !== 'keyboard' || move.saving) return;
    if (event.target === move.block && !move.block.contains(event.relatedTarget as Node | null)) end(`"${move.info.title}" was not moved.`);
  });

  enhance();
  followLiveFeed(root.body, refreshSoon);
}
