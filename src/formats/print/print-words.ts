/**
 * The words the printed programme writes itself (PDF, Word and the print page), besides the
 * programme's own text and the table headings of the printed-programme format. Kept in one
 * place so that they move to the message catalogue together (Principle 10); English for now.
 */

export const PRINT_WORDS = {
  /** BCP 47 tag for `Intl` and the document's language. */
  locale: 'en-GB',
  direction: 'ltr' as 'ltr' | 'rtl',
  /** The word under the body's name on the cover. */
  programme: 'Programme',
  continued: '(continued)',
  /** Beside an entry changed since the revision a reader last had. */
  changed: 'changed',
  /** Printed before "changed" where the font has the glyph (the PDF draws it instead). */
  changedMark: '◆',
  changedSince: (revision: number): string => `changed since revision ${revision}`,
  page: (page: number | string, pages: number | string): string => `Page ${page} of ${pages}`,
  revision: (revision: number): string => `Revision ${revision}`,
  printedAt: (revision: number, when: string): string => `Programme revision ${revision}, printed ${when}.`,
  liveProgramme: 'Live programme:',
  liveProgrammeScan: 'Scan for the live programme, always up to date:',
  noLiveProgramme: 'Live programme: ask the secretariat.',
  /** The window title of the print page. */
  printTitle: (name: string): string => `${name}: programme for printing`,
  /** The print page's links to the same programme as files. */
  downloads: 'Download',
  pdf: 'PDF',
  docx: 'Word document',
} as const;
