/**
 * Whole numbers that come in as text (a revision in a form or a query string, an id in a path),
 * read so that one too big for a database integer is refused as bad input: sent on, PostgreSQL
 * would fail the query (error 22003) and the caller would see a server error instead of a 400.
 */

/** The largest value an integer column holds (PostgreSQL's `integer`). */
export const LARGEST_WHOLE_NUMBER = 2_147_483_647;

/**
 * The number `text` writes, or null when it is not a whole number from `min` to
 * {@link LARGEST_WHOLE_NUMBER} written in plain digits.
 *
 * Examples: `readWholeNumber('120')` → 120; `readWholeNumber('0', 1)` → null;
 * `readWholeNumber('9999999999')` → null; `readWholeNumber('12a')` → null.
 */
export function readWholeNumber(text: string, min = 0): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= LARGEST_WHOLE_NUMBER ? value : null;
}
