/**
 * The printed programme as a pdfmake document: A4 portrait, a section for the cover, one for
 * the PROGRAMME table and one for the SIDE EVENTS table, each section with its own footer.
 */
import type { Content } from 'pdfmake';
import type { ContentSection, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { PRINT_WORDS, type PrintedProgramme } from '../print/index.ts';
import { colophonBlock } from './pdf-colophon.ts';
import { coverPage } from './pdf-cover.ts';
import { PRINT_FONT } from './pdf-fonts.ts';
import { pageFooter, sideEventNotes } from './pdf-footer.ts';
import { DayBreaks } from './pdf-page-breaks.ts';
import { BASE_STYLE, PAGE_SIDE, PAGE_TOP, STYLES } from './pdf-style.ts';
import { programmeTable, sideEventsTable } from './pdf-tables.ts';

/** Footnotes longer than this share of an A4 page print after the table instead of on every page. */
const MAX_FOOTER_HEIGHT = 0.35 * 841.89;

export function pdfDocument(printed: PrintedProgramme): TDocumentDefinitions {
  const breaks = new DayBreaks();
  const tables: { content: Content[]; notes: string[] }[] = [];
  if (printed.meetings !== null) tables.push({ content: programmeTable(printed.meetings, breaks), notes: [] });
  if (printed.sideEvents !== null) tables.push({ content: sideEventsTable(printed.sideEvents, breaks), notes: sideEventNotes(printed) });
  const cover = coverPage(printed.cover);
  const colophon = colophonBlock(printed.colophon);
  if (tables.length === 0) cover.push(colophon);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    language: PRINT_WORDS.locale,
    info: { title: printed.title, creator: 'Agora', producer: 'Agora', creationDate: new Date(printed.colophon.generatedAt) },
    defaultStyle: { font: PRINT_FONT, ...BASE_STYLE },
    styles: STYLES,
    pageBreakBefore: breaks.pageBreakBefore(),
    content: [
      { section: cover, pageMargins: [PAGE_SIDE, PAGE_TOP, PAGE_SIDE, PAGE_TOP], footer: null },
      ...tables.map(({ content, notes }, index) => tableSection(printed, content, notes, index === tables.length - 1 ? colophon : null)),
    ],
  };
}

/** A table's pages: its footer holds the notes unless they would crowd the page, then they follow the table. */
function tableSection(printed: PrintedProgramme, table: Content[], notes: string[], colophon: Content | null): ContentSection {
  const content = [...table];
  let footer = pageFooter(printed, notes);
  if (footer.height > MAX_FOOTER_HEIGHT) {
    footer = pageFooter(printed, []);
    content.push({ stack: notes.map((text) => ({ text, margin: [0, 4, 0, 0] })), style: 'footer', margin: [0, 6, 0, 0] });
  }
  if (colophon !== null) content.push(colophon);
  return { section: content, pageMargins: [PAGE_SIDE, PAGE_TOP, PAGE_SIDE, footer.height], footer: footer.footer };
}
