/**
 * The cover page: organiser, body, "Programme", session, dates and city, theme; centred, as the
 * example's cover is laid out.
 */
import type { Content } from 'pdfmake';
import type { PrintCover } from '../print/index.ts';
import { ACCENT } from './pdf-style.ts';

export function coverPage(cover: PrintCover): Content[] {
  const content: Content[] = [];
  const line = (text: string | null, fontSize: number, extra: Record<string, unknown> = {}, gapBefore = 0): void => {
    if (text !== null) content.push({ text, fontSize, alignment: 'center', margin: [0, gapBefore, 0, 0], ...extra });
  };
  line(cover.organiserShort, 30, { bold: true, color: ACCENT }, 40);
  line(cover.organiser, 12, {}, 4);
  cover.body.forEach((text, index) => line(text, index === 0 ? 18 : 14, { bold: index === 0 }, index === 0 ? 90 : 4));
  line(cover.programme, 34, { bold: true, color: ACCENT }, 60);
  line(cover.session, 13, {}, 40);
  line(cover.dates, 13, { bold: true }, 6);
  if (cover.theme !== null) {
    // A narrow column breaks the theme over several lines, as the cover does.
    content.push({
      columns: [{ width: '*', text: '' }, { width: 230, text: cover.theme, fontSize: 22, bold: true, color: ACCENT, alignment: 'center' }, { width: '*', text: '' }],
      margin: [0, 70, 0, 0],
    });
  }
  return content;
}
