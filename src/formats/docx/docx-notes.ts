/**
 * What follows the tables and what sits at the foot of each page: the footnotes and the notice
 * after the SIDE EVENTS table, the colophon (live programme, revision, time of printing), and a
 * footer with the revision and "Page n of m".
 */
import { AlignmentType, ExternalHyperlink, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { PRINT_WORDS, type Colophon, type PrintedProgramme } from '../print/index.ts';
import { docxText } from './docx-cells.ts';
import { ACCENT, SIZE } from './docx-style.ts';

export function footnoteParagraphs(printed: PrintedProgramme): Paragraph[] {
  const lines = printed.footnotes.map((footnote) => `${footnote.marker} ${footnote.text}`);
  if (printed.notice !== null) lines.push(printed.notice);
  return lines.map((text, index) => new Paragraph({ spacing: { before: index === 0 ? 200 : 60 }, children: [new TextRun({ text, size: SIZE.footer })] }));
}

export function colophonParagraphs(colophon: Colophon): Paragraph[] {
  const size = SIZE.programme;
  const paragraphs: Paragraph[] = [];
  if (colophon.liveUrl === null) {
    paragraphs.push(new Paragraph({ spacing: { before: 360 }, children: [new TextRun({ text: PRINT_WORDS.noLiveProgramme, bold: true, size })] }));
  } else {
    paragraphs.push(
      new Paragraph({
        spacing: { before: 360 },
        children: [
          new TextRun({ text: `${PRINT_WORDS.liveProgramme} `, size }),
          new ExternalHyperlink({ link: colophon.liveUrl, children: [new TextRun({ text: colophon.liveUrl, size, color: ACCENT, underline: {} })] }),
        ],
      }),
    );
  }
  paragraphs.push(docxText(PRINT_WORDS.printedAt(colophon.revision, colophon.printedAt), { size }));
  if (colophon.changedSince !== null) {
    paragraphs.push(docxText(`${PRINT_WORDS.changedMark} ${PRINT_WORDS.changedSince(colophon.changedSince)}`, { size, bold: true }));
  }
  return paragraphs;
}

const PAGE = '\u0001';
const PAGES = '\u0002';

/** "Revision 12 · Page 3 of 5", with Word's page fields where the catalogue's sentence has the numbers. */
export function pageFooter(revision: number): Footer {
  const size = SIZE.footer;
  const sentence = PRINT_WORDS.page(PAGE, PAGES);
  const children = sentence.split(/([\u0001\u0002])/).map((piece) => {
    if (piece === PAGE) return PageNumber.CURRENT;
    if (piece === PAGES) return PageNumber.TOTAL_PAGES;
    return piece;
  });
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: `${PRINT_WORDS.revision(revision)} · `, size }), new TextRun({ children, size })],
      }),
    ],
  });
}
