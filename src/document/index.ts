/**
 * The printed-programme text format (see document-format.md): read it into a programme and
 * write a programme back in it.
 */
export { parseDocument, type ParseOptions, type ParseResult } from './parse.ts';
export { renderDocument } from './render.ts';
