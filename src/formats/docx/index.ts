/** The programme as a Word document, laid out as the printed programme. */
export { renderDocx } from './render-docx.ts';
export { DOCX_CONTENT_TYPE } from '../print/media-types.ts';
