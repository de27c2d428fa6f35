/** The printed programme as PDF bytes. */
import type { Programme } from '../../model/programme.ts';
import type { ExportContext } from '../export-context.ts';
import { buildPrintedProgramme, NO_MARKS, type PrintOptions } from '../print/index.ts';
import { pdfDocument } from './pdf-document.ts';
import { preparedPdfmake } from './pdf-fonts.ts';

/**
 * The programme printed as the example is printed, A4 portrait: cover, PROGRAMME, SIDE EVENTS
 * with footnotes and notice on each of their pages, page numbers, and on the last page a QR code
 * to the live programme with the revision and the time of printing.
 *
 * A pure function of its arguments but for the PDF's own file identifier; it never touches the
 * network, and reads only the font files.
 *
 * Examples: `await renderPdf(programme, exportContext(snapshot, baseUrl))` → `%PDF-1.3 …`.
 */
export async function renderPdf(programme: Programme, context: ExportContext, options: PrintOptions = NO_MARKS): Promise<Buffer> {
  const document = pdfDocument(buildPrintedProgramme(programme, context, options));
  return preparedPdfmake().createPdf(document).getBuffer();
}
