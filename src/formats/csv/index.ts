/** The CSV export. */
export { CSV_COLUMNS, exportCsv, type CsvColumn } from './csv-export.ts';
export { csvField, csvRecord } from './csv-field.ts';
