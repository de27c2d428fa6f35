/** The media types of the printed programme's files, apart from their renderers (which are heavy to load). */
export const PDF_CONTENT_TYPE = 'application/pdf';
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
