/**
 * How long to wait before trying a failed delivery again: four times longer after each failure,
 * so that a receiver that is down for a minute gets its events soon and one down for a day is
 * not called every few seconds.
 */

export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 6 * 3600_000;

/**
 * The wait after the `failures`-th failure in a row: 30 s, 2 min, 8 min, 32 min, 2 h 8 min,
 * then 6 h at most.
 *
 * Examples: `retryDelay(1)` → `30_000`; `retryDelay(3)` → `480_000`.
 */
export function retryDelay(failures: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 4 ** Math.max(0, failures - 1));
}
