/** The programme as a PDF, laid out as the printed programme. */
export { renderPdf } from './render-pdf.ts';
export { PDF_CONTENT_TYPE } from '../print/media-types.ts';
