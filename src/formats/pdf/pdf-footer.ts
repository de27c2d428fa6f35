/**
 * Page footers: the revision and "Page n of m" on every page after the cover, and on the side
 * events' pages the footnotes and the notice above them, as each side-events page of the
 * example ends.
 *
 * pdfmake draws a footer inside the page's bottom margin, so each section's bottom margin is
 * made tall enough for its footer, estimated from the length of the text.
 */
import type { Content } from 'pdfmake';
import type { DynamicContent } from 'pdfmake/interfaces.js';
import { PRINT_WORDS, type PrintedProgramme } from '../print/index.ts';
import { CONTENT_WIDTH, LINE_HEIGHT, PAGE_SIDE } from './pdf-style.ts';

const FOOTER_SIZE = 7.5;
const FOLIO_SIZE = 7;
const GAP_ABOVE = 8;
const GAP_BELOW = 18;
/** Noto Sans averages about half an em a character; a little more keeps the estimate safe. */
const AVERAGE_ADVANCE = 0.56;

export interface PageFooter {
  footer: DynamicContent;
  /** The bottom margin that holds it. */
  height: number;
}

/** The footer of a section: `notes` (footnotes and notice, possibly none) above the folio line. */
export function pageFooter(printed: PrintedProgramme, notes: string[]): PageFooter {
  const revision = PRINT_WORDS.revision(printed.colophon.revision);
  const noteLines = notes.reduce((lines, text) => lines + estimatedLines(text, FOOTER_SIZE), 0);
  const height = GAP_ABOVE + noteLines * FOOTER_SIZE * LINE_HEIGHT + (notes.length > 0 ? 4 : 0) + FOLIO_SIZE * LINE_HEIGHT + GAP_BELOW;
  const footer: DynamicContent = (page, pages) => {
    const stack: Content[] = notes.map((text) => ({ text, fontSize: FOOTER_SIZE }));
    stack.push({
      columns: [
        { text: revision, style: 'folio' },
        { text: PRINT_WORDS.page(page, pages), style: 'folio', alignment: 'right' },
      ],
      margin: [0, notes.length > 0 ? 4 : 0, 0, 0],
    });
    return { stack, margin: [PAGE_SIDE, GAP_ABOVE, PAGE_SIDE, 0] };
  };
  return { footer, height: Math.ceil(height) };
}

/** The footnote lines ("* Refreshments …") and the notice, in the order the page prints them. */
export function sideEventNotes(printed: PrintedProgramme): string[] {
  const lines = printed.footnotes.map((footnote) => `${footnote.marker} ${footnote.text}`);
  if (printed.notice !== null) lines.push(printed.notice);
  return lines;
}

function estimatedLines(text: string, fontSize: number): number {
  const perLine = Math.floor(CONTENT_WIDTH / (fontSize * AVERAGE_ADVANCE));
  return Math.max(1, Math.ceil(text.length / perLine));
}
