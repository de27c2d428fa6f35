/** The programme as a Word document, laid out as the printed programme. */
export { renderDocx } from './render-docx.ts';
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
