/**
 * Programme → CSV, one row an entry, for the secretariat's spreadsheets.
 */
import { allSponsors, type Entry, type Programme } from '../../model/programme.ts';
import type { ExportContext } from '../export-context.ts';
import { noteTexts } from '../schedule/entry-text.ts';
import { csvRecord } from './csv-field.ts';

/** Lets Excel read the file as UTF-8, so accents survive. */
const BYTE_ORDER_MARK = '\uFEFF';

export const CSV_COLUMNS = ['id', 'kind', 'status', 'date', 'start', 'end', 'venue', 'agenda_item', 'title', 'continued', 'sponsors', 'description', 'notes'] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * The programme as CSV: RFC 4180 (CRLF, quoted where needed), UTF-8 with a byte-order mark,
 * a header row, then every entry in programme order, cancelled ones included (see `status`).
 *
 * Sponsors (the entry's and its panels') are joined by " / ", notes by " | " as their texts;
 * an unknown fact is an empty field.
 *
 * Examples:
 *
 * ```ts
 * exportCsv(programme, context).split('\r\n')[0]; // "\uFEFFid,kind,status,date,start,end,venue,…"
 * ```
 */
export function exportCsv(programme: Programme, _context: ExportContext): string {
  const rows = programme.entries.map((entry) => {
    const cells = entryCells(programme, entry);
    return csvRecord(CSV_COLUMNS.map((column) => cells[column]));
  });
  return `${BYTE_ORDER_MARK}${csvRecord(CSV_COLUMNS)}${rows.join('')}`;
}

function entryCells(programme: Programme, entry: Entry): Record<CsvColumn, string> {
  return {
    id: entry.id,
    kind: entry.kind,
    status: entry.status,
    date: entry.date ?? '',
    start: entry.start ?? '',
    end: entry.end ?? '',
    venue: entry.venue ?? '',
    agenda_item: entry.agendaItem ?? '',
    title: entry.title,
    continued: entry.continued ? 'yes' : 'no',
    sponsors: allSponsors(entry).join(' / '),
    description: entry.description ?? '',
    notes: noteTexts(programme, entry).join(' | '),
  };
}
