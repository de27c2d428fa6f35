/**
 * Where on the grid a moving entry would land: read from the page the server rendered (column
 * heads, time rows, each block's data attributes), so the client never lays the grid out on its
 * own. A pointer position or an arrow key becomes a target; a target becomes the placement a
 * save sends, and the grid lines the target box is drawn at.
 */

export interface GridColumnInfo {
  key: string;
  label: string;
  venue: string | null;
  kind: string | null;
  firstLane: number;
  lanes: number;
  head: HTMLElement;
}

/** What the client knows of an entry from its block. */
export interface BlockInfo {
  id: string;
  title: string;
  kind: string;
  revision: number;
  date: string;
  start: string;
  end: string | null;
  venue: string | null;
  column: string;
}

/** A place on the grid: a column and a start, on this day. */
export interface GridTarget {
  column: GridColumnInfo;
  start: number;
}

/** The fields a move sets. */
export interface Placement {
  date: string;
  start: string;
  end: string | null;
  venue: string | null;
}

export function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (mins ?? 0);
}

export function blockInfo(block: HTMLElement): BlockInfo {
  const data = block.dataset;
  return {
    id: data.entry ?? '',
    title: data.title ?? data.entry ?? '',
    kind: data.kind ?? '',
    revision: Number(data.revision),
    date: data.date ?? '',
    start: data.start ?? '',
    end: data.end ? data.end : null,
    venue: data.venue ? data.venue : null,
    column: data.column ?? '',
  };
}

/** How long the entry lasts in minutes, or null when it has no end. */
export function durationOf(info: BlockInfo): number | null {
  if (info.end === null) return null;
  const length = minutes(info.end) - minutes(info.start);
  return length > 0 ? length : null;
}

export class GridGeometry {
  readonly board: HTMLElement;
  readonly columns: GridColumnInfo[];
  readonly rows: HTMLElement[];
  readonly firstMinute: number;
  readonly rowMinutes: number;

  constructor(board: HTMLElement) {
    this.board = board;
    this.firstMinute = Number(board.dataset.firstMinute);
    this.rowMinutes = Number(board.dataset.rowMinutes) || 15;
    this.rows = [...board.querySelectorAll<HTMLElement>('.grid-time[data-minute]')];
    this.columns = [...board.querySelectorAll<HTMLElement>('.grid-column-head[data-column]')].map((head) => ({
      key: head.dataset.column ?? '',
      label: head.dataset.label ?? '',
      venue: head.dataset.venue ? head.dataset.venue : null,
      kind: head.dataset.kind ? head.dataset.kind : null,
      firstLane: Number(head.dataset.firstLane),
      lanes: Number(head.dataset.lanes),
      head,
    }));
  }

  get lastMinute(): number {
    return this.firstMinute + this.rows.length * this.rowMinutes;
  }

  column(key: string): GridColumnInfo | undefined {
    return this.columns.find((column) => column.key === key);
  }

  /** Whether an entry of `kind` may be dropped in `column`: a venue takes any, the plenary and parallel columns their own kind. */
  accepts(column: GridColumnInfo, kind: string): boolean {
    return column.kind === null || column.kind === kind;
  }

  /** The start a target may have: on the grid, and (for an entry with an end) ending by the last row. */
  clampStart(start: number, duration: number | null): number {
    const latest = this.lastMinute - (duration ?? this.rowMinutes);
    const snapped = Math.round(start / this.rowMinutes) * this.rowMinutes;
    return Math.max(this.firstMinute, Math.min(snapped, Math.max(this.firstMinute, latest)));
  }

  /** The minute of the time row under `y` (the first or last row beyond the ends). */
  minuteAt(y: number): number {
    for (const row of this.rows) {
      const box = row.getBoundingClientRect();
      if (y < box.bottom) return Number(row.dataset.minute);
    }
    return this.lastMinute - this.rowMinutes;
  }

  /** The column under `x`, or the nearest one. */
  columnAt(x: number): GridColumnInfo | undefined {
    let nearest: GridColumnInfo | undefined;
    let distance = Infinity;
    for (const column of this.columns) {
      const box = column.head.getBoundingClientRect();
      if (x >= box.left && x < box.right) return column;
      const away = Math.min(Math.abs(x - box.left), Math.abs(x - box.right));
      if (away < distance) [nearest, distance] = [column, away];
    }
    return nearest;
  }

  /** The next column to the side (`step` ±1) that takes an entry of `kind`, or the same one at the edge. */
  sideways(from: GridColumnInfo, step: number, kind: string): GridColumnInfo {
    const index = this.columns.indexOf(from);
    for (let at = index + step; at >= 0 && at < this.columns.length; at += step) {
      const column = this.columns[at];
      if (column && this.accepts(column, kind)) return column;
    }
    return from;
  }

  /** The fields a move to `target` sets, keeping the entry's length. */
  placement(target: GridTarget, date: string, duration: number | null): Placement {
    return { date, start: clock(target.start), end: duration === null ? null : clock(target.start + duration), venue: target.column.venue };
  }

  /** The CSS grid lines of a box at `start` lasting `duration` in `column`: for the target box and a moved block. */
  lines(column: GridColumnInfo, start: number, duration: number | null, lanes = column.lanes): { gridRow: string; gridColumn: string } {
    const row = Math.floor((start - this.firstMinute) / this.rowMinutes);
    const span = Math.max(1, Math.ceil((duration ?? 30) / this.rowMinutes));
    return { gridRow: `${row + 2} / span ${span}`, gridColumn: `${column.firstLane + 2} / span ${lanes}` };
  }
}

/** "14:00–15:00 in R2": a placement as the clerk reads it. */
export function placementText(placement: Placement, column: GridColumnInfo): string {
  const time = placement.end === null ? placement.start : `${placement.start}–${placement.end}`;
  return `${time} in ${column.label}`;
}
