/** Printed cells as Word paragraphs and runs, italics where the print has them. */
import { Paragraph, TextRun } from 'docx';
import { PRINT_WORDS, type PrintCell } from '../print/index.ts';

export interface RunStyle {
  /** Half-points. */
  size: number;
  bold?: boolean;
  italics?: boolean;
}

/** A cell's paragraphs; Word wants at least one paragraph in every cell. */
export function docxParagraphs(cell: PrintCell, style: RunStyle): Paragraph[] {
  if (cell.length === 0) return [new Paragraph({ children: [] })];
  return cell.map(
    (paragraph, index) =>
      new Paragraph({
        spacing: { before: index === 0 ? 0 : 60 },
        children: paragraph.map((run) => new TextRun({ text: run.text, italics: run.italic, size: style.size })),
      }),
  );
}

/** One paragraph of plain text. */
export function docxText(text: string, style: RunStyle): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, size: style.size, bold: style.bold, italics: style.italics })] });
}

/** The time cell: the slot's time on its first row, and "◆ changed" when the row changed. */
export function docxTimeCell(time: string | null, changed: boolean, style: RunStyle): Paragraph[] {
  const paragraphs = [docxText(time ?? '', style)];
  if (changed) paragraphs.push(docxText(`${PRINT_WORDS.changedMark} ${PRINT_WORDS.changed}`, { size: style.size - 2, bold: true }));
  return paragraphs;
}
