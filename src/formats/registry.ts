/**
 * Every format Agora writes, in one declarative registry that the HTTP routes and the CLI both
 * read (like pretalx's exporters): a new format is one entry here and one folder beside this file.
 */
import { renderDocument } from '../document/index.ts';
import type { Programme } from '../model/programme.ts';
import { exportC3vocJson } from './c3voc-json/index.ts';
import { exportCsv } from './csv/index.ts';
import type { ExportContext } from './export-context.ts';
import { exportFrabXml } from './frab-xml/index.ts';
import { exportIcalProgramme } from './ical/index.ts';
import { writeProgrammeJson } from './json/index.ts';

export type FormatId = 'json' | 'frab' | 'c3voc' | 'ical' | 'csv' | 'text';

export interface ExportFormat {
  id: FormatId;
  /** What a person picking a format reads: "frab schedule XML". */
  label: string;
  /** What follows the conference slug in a download's file name: `cop6.ics`, `cop6.schedule.json`. */
  extension: string;
  /** The Content-Type of the bytes. */
  contentType: string;
  /** Served with `Access-Control-Allow-Origin: *`, for apps that fetch it from other sites. */
  cors: boolean;
  /** The programme in this format: a pure function, the same bytes for the same arguments. */
  render(programme: Programme, context: ExportContext): string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'json',
    label: 'Agora JSON',
    extension: '.json',
    contentType: 'application/json',
    cors: true,
    render: (programme) => writeProgrammeJson(programme),
  },
  {
    id: 'frab',
    label: 'frab schedule XML',
    extension: '.xml',
    contentType: 'application/xml',
    cors: true,
    render: exportFrabXml,
  },
  {
    id: 'c3voc',
    label: 'C3VOC schedule JSON',
    extension: '.schedule.json',
    contentType: 'application/json',
    cors: true,
    render: exportC3vocJson,
  },
  {
    id: 'ical',
    label: 'iCalendar',
    extension: '.ics',
    contentType: 'text/calendar; charset=utf-8',
    cors: true,
    render: exportIcalProgramme,
  },
  {
    id: 'csv',
    label: 'CSV spreadsheet',
    extension: '.csv',
    contentType: 'text/csv; charset=utf-8',
    cors: false,
    render: exportCsv,
  },
  {
    id: 'text',
    label: 'Programme document (text)',
    extension: '.txt',
    contentType: 'text/plain; charset=utf-8',
    cors: false,
    render: (programme) => renderDocument(programme),
  },
];

export const FORMAT_IDS: readonly FormatId[] = EXPORT_FORMATS.map((format) => format.id);

export function isFormatId(id: string): id is FormatId {
  return (FORMAT_IDS as readonly string[]).includes(id);
}

/**
 * The format with this id: always one for a {@link FormatId}, undefined for any other text
 * (a CLI argument or URL segment not yet checked).
 *
 * Examples:
 *
 * ```ts
 * findFormat('ical').contentType; // "text/calendar; charset=utf-8"
 * findFormat('pdf');              // undefined (not yet)
 * ```
 */
export function findFormat(id: FormatId): ExportFormat;
export function findFormat(id: string): ExportFormat | undefined;
export function findFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}
