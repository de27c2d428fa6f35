/** The print page as an HTML document. */
import { render } from 'preact-render-to-string';
import type { PrintedProgramme } from '../../formats/print/index.ts';
import { PrintPage } from './print-page.tsx';

/**
 * The printed programme as a standalone HTML page that prints the example's layout.
 *
 * Examples: `renderPrintPage(buildPrintedProgramme(programme, context, NO_MARKS), { pdf: 'programme.pdf', docx: 'programme.docx' })`.
 */
export function renderPrintPage(printed: PrintedProgramme, links: { pdf: string; docx: string }): string {
  return `<!doctype html>\n${render(PrintPage({ printed, links }))}`;
}
