/** The programme as a PDF, laid out as the printed programme. */
export { renderPdf } from './render-pdf.ts';
export const PDF_CONTENT_TYPE = 'application/pdf';
