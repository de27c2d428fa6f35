/** Printed cells as pdfmake content: paragraphs of runs, italics where the print has them. */
import type { Content } from 'pdfmake';
import { PRINT_WORDS, type PrintCell, type PrintParagraph } from '../print/index.ts';

/** A cell's paragraphs; a split panel's parts get a little air between them. */
export function pdfCell(cell: PrintCell): Content {
  const paragraphs = cell.map(pdfParagraph);
  if (paragraphs.length === 0) return { text: '' };
  if (paragraphs.length === 1) return paragraphs[0] ?? { text: '' };
  return { stack: paragraphs.map((paragraph, index) => ({ ...paragraph, margin: [0, index === 0 ? 0 : 2, 0, 0] })) };
}

function pdfParagraph(paragraph: PrintParagraph): { text: Content[] } {
  return { text: paragraph.map((run) => (run.italic ? { text: run.text, italics: true } : { text: run.text })) };
}

/**
 * A small black diamond and the word "changed", drawn rather than typed: the diamond (U+25C6) is
 * not in Noto Sans, and a missing glyph must not print as a blank box.
 */
export function changedMark(label: string = PRINT_WORDS.changed, fontSize = 7): Content {
  return {
    columns: [
      {
        width: 7,
        canvas: [{ type: 'polyline', closePath: true, color: '#000000', lineWidth: 0, points: [{ x: 3, y: 1 }, { x: 6, y: 4 }, { x: 3, y: 7 }, { x: 0, y: 4 }] }],
      },
      { width: 'auto', text: label, bold: true, fontSize },
    ],
    columnGap: 2,
    margin: [0, 2, 0, 0],
  };
}

/**
 * The time cell: the slot's time (on its first row only) and the changed mark when the row
 * changed; `id` names the time so that page breaks can find it.
 */
export function timeCell(time: string | null, changed: boolean, id: string | null): Content {
  const text: Content = id === null ? { text: time ?? '' } : { text: time ?? '', id };
  return changed ? { stack: [text, changedMark()] } : text;
}
