/** The printed programme as a Word document (.docx). */
import { Document, Packer, PageOrientation, type ISectionOptions } from 'docx';
import type { Programme } from '../../model/programme.ts';
import type { ExportContext } from '../export-context.ts';
import { buildPrintedProgramme, NO_MARKS, PRINT_WORDS, type PrintOptions } from '../print/index.ts';
import { coverParagraphs } from './docx-cover.ts';
import { colophonParagraphs, footnoteParagraphs, pageFooter } from './docx-notes.ts';
import { A4, DOCX_FONT, MARGIN, SIZE } from './docx-style.ts';
import { programmeTable, sideEventsTable } from './docx-tables.ts';

/**
 * The programme as a Word document a secretariat can edit: the cover, then the PROGRAMME and
 * SIDE EVENTS tables as real Word tables (merged day rows, repeating header rows, descriptions
 * and "(continued)" in italics), the footnotes and notice, and the revision and time of printing.
 *
 * Examples: `await renderDocx(programme, exportContext(snapshot, baseUrl))` → the bytes of a .docx (a zip).
 */
export async function renderDocx(programme: Programme, context: ExportContext, options: PrintOptions = NO_MARKS): Promise<Buffer> {
  const printed = buildPrintedProgramme(programme, context, options);
  const page = { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } };
  const footers = { default: pageFooter(printed.colophon.revision) };
  const sections: ISectionOptions[] = [{ properties: { page }, children: coverParagraphs(printed.cover) }];
  if (printed.meetings !== null) sections.push({ properties: { page }, footers, children: [programmeTable(printed.meetings)] });
  if (printed.sideEvents !== null) {
    sections.push({ properties: { page }, footers, children: [sideEventsTable(printed.sideEvents), ...footnoteParagraphs(printed)] });
  }
  const last = sections[sections.length - 1];
  if (last !== undefined) sections[sections.length - 1] = { ...last, children: [...last.children, ...colophonParagraphs(printed.colophon)] };
  const document = new Document({
    title: printed.title,
    creator: 'Agora',
    description: PRINT_WORDS.printedAt(printed.colophon.revision, printed.colophon.printedAt),
    styles: { default: { document: { run: { font: DOCX_FONT, size: SIZE.programme } } } },
    sections,
  });
  return Packer.toBuffer(document);
}
