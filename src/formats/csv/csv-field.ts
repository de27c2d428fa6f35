/**
 * One CSV field as RFC 4180 writes it, made safe to open in a spreadsheet.
 */

/** Characters that make a spreadsheet read a cell as a formula (CSV injection), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The field as it goes between commas.
 *
 * A value a spreadsheet would run as a formula gets a leading `'`; a value holding a comma, a
 * quote, CR or LF is quoted, with its quotes doubled.
 *
 * Examples:
 *
 * ```ts
 * csvField('Eels, "silver" ones'); // "\"Eels, \"\"silver\"\" ones\""
 * csvField('=1+1');                // "'=1+1"
 * ```
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A record: fields joined by commas, ended by CRLF. */
export function csvRecord(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
