/** The cover page as Word paragraphs: centred, as the example's cover is laid out. */
import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { PrintCover } from '../print/index.ts';
import { ACCENT } from './docx-style.ts';

interface CoverLine {
  text: string | null;
  /** Half-points. */
  size: number;
  /** Space before, in twips. */
  before: number;
  bold?: boolean;
  accent?: boolean;
}

export function coverParagraphs(cover: PrintCover): Paragraph[] {
  const lines: CoverLine[] = [
    { text: cover.organiserShort, size: 60, before: 800, bold: true, accent: true },
    { text: cover.organiser, size: 24, before: 80 },
    ...cover.body.map((text, index): CoverLine => ({ text, size: index === 0 ? 36 : 28, before: index === 0 ? 1800 : 80, bold: index === 0 })),
    { text: cover.programme, size: 68, before: 1200, bold: true, accent: true },
    { text: cover.session, size: 26, before: 800 },
    { text: cover.dates, size: 26, before: 120, bold: true },
    { text: cover.theme, size: 44, before: 1400, bold: true, accent: true },
  ];
  return lines
    .filter((line): line is CoverLine & { text: string } => line.text !== null)
    .map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: line.before },
          children: [new TextRun({ text: line.text, size: line.size, bold: line.bold, color: line.accent ? ACCENT : undefined })],
        }),
    );
}
