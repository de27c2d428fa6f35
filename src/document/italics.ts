/**
 * Italic runs, `<i>…</i>`: presentation in the printed programme, never stored.
 */
import { cellText } from './source-lines.ts';

const ITALIC_RUN = /<i>([\s\S]*?)<\/i>/gi;
const ITALIC_TAG = /<\/?i>/gi;
const CONTINUED = /\s*(?:<i>\s*\(continued\)\s*<\/i>|\(continued\))$/i;

/** The text of each italic run of a cell, tags removed, in order. */
export function italicRuns(cell: string): string[] {
  return [...cell.matchAll(ITALIC_RUN)].map((match) => cellText(match[1] ?? ''));
}

/** The cell's text with its italic tags removed. */
export function withoutItalics(cell: string): string {
  return cellText(cell.replace(ITALIC_TAG, ''));
}

export function italic(text: string): string {
  return `<i>${text}</i>`;
}

/** A cell's text without a trailing "(continued)" (italic or not), and whether it had one. */
export function splitContinued(cell: string): { text: string; continued: boolean } {
  const continued = CONTINUED.test(cell);
  return { text: withoutItalics(continued ? cell.replace(CONTINUED, '') : cell), continued };
}

/** The suffix that marks an entry carried on from an earlier slot. */
export function continuedSuffix(continued: boolean): string {
  return continued ? ` ${italic('(continued)')}` : '';
}
