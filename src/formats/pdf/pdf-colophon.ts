/**
 * The end of the last page: a QR code to the live programme (or where to ask for it), the
 * revision and when it was printed, so that a reader can tell an old printout.
 */
import type { Content } from 'pdfmake';
import { PRINT_WORDS, type Colophon } from '../print/index.ts';
import { changedMark } from './pdf-cells.ts';

const QR_SIZE = 84;

export function colophonBlock(colophon: Colophon): Content {
  const lines: Content[] = [];
  if (colophon.liveUrl !== null) {
    lines.push({ text: PRINT_WORDS.liveProgrammeScan }, { text: colophon.liveUrl, link: colophon.liveUrl, color: '#1b4f8a', margin: [0, 2, 0, 0] });
  } else {
    lines.push({ text: PRINT_WORDS.noLiveProgramme, bold: true });
  }
  lines.push({ text: PRINT_WORDS.printedAt(colophon.revision, colophon.printedAt), margin: [0, 6, 0, 0] });
  if (colophon.changedSince !== null) lines.push(changedMark(PRINT_WORDS.changedSince(colophon.changedSince), 8.5));
  const text: Content = { stack: lines, fontSize: 8.5 };
  const body: Content =
    colophon.liveUrl === null
      ? text
      : { columns: [{ width: QR_SIZE, qr: colophon.liveUrl, fit: QR_SIZE, eccLevel: 'M' }, { width: '*', ...text, margin: [12, 4, 0, 0] }] };
  return { stack: [body], unbreakable: true, margin: [0, 18, 0, 0] };
}
