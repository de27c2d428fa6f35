/** The printed programme's layout, shared by the PDF, the Word document and the print page. */
export { buildPrintedProgramme } from './build-printed-programme.ts';
export { markChangedSince, NO_MARKS, type PrintOptions } from './print-options.ts';
export { PRINT_WORDS } from './print-words.ts';
export * from './printed-programme.ts';
