/** What reading one cell or line gives: its value, or the reason a clerk can act on. */

export type Reading<T> = { ok: true; value: T } | { ok: false; message: string };

export function readOk<T>(value: T): Reading<T> {
  return { ok: true, value };
}

export function readFailed<T>(message: string): Reading<T> {
  return { ok: false, message };
}
