/**
 * Agora's own backup file, `agora-backup/1`: JSON Lines, one JSON value a line.
 *
 * - The first line is the header: `{"format":"agora-backup/1","schemaVersion":2,"takenAt":"…",
 *   "source":"postgres","tables":["conferences",…]}`.
 * - Then one line a row, `{"table":"entries","row":{…}}`, with the row's columns exactly as the
 *   database holds them (JSON columns such as a change's `before` stay the text they are stored
 *   as, so a restore gives back every byte). Conferences come first, then each conference's
 *   venues, notes, entries, changes and releases, then the API tokens.
 * - The last line counts the rows by table: `{"end":{"conferences":1,"venues":12,…}}`. A file
 *   without it, or whose counts differ, was cut short and is refused.
 *
 * A line a row keeps a long change log streaming both ways: neither writing nor reading holds
 * more than a page of rows in memory.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { AgoraError } from '../errors.ts';
import {
  BACKUP_COLUMNS,
  BACKUP_TABLES,
  isBackupTable,
  zeroCounts,
  type BackupTableName,
  type ColumnKind,
  type RowBatch,
  type TableCounts,
} from './backup-tables.ts';
import type { Flavour } from './migrations.ts';

export const BACKUP_FORMAT = 'agora-backup/1';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  /** The schema version of the database it was taken from. */
  schemaVersion: number;
  /** ISO 8601 instant at which the backup's snapshot was taken. */
  takenAt: string;
  source: Flavour;
  tables: BackupTableName[];
}

/** Bytes gathered before each write to the file. */
const CHUNK = 1 << 20;
/** Rows handed on at a time when reading. */
const BATCH = 500;

/**
 * Writes a backup file at `path` (which must not exist) from the header and the rows, and
 * returns how many rows of each table it holds.
 */
export async function writeJsonBackup(path: string, header: BackupHeader, batches: AsyncIterable<RowBatch>): Promise<TableCounts> {
  const file = await open(path, 'wx');
  try {
    const counts = zeroCounts();
    let pending = `${JSON.stringify(header)}\n`;
    for await (const batch of batches) {
      for (const row of batch.rows) {
        pending += `${JSON.stringify({ table: batch.table, row })}\n`;
        if (pending.length >= CHUNK) {
          await file.write(pending);
          pending = '';
        }
      }
      counts[batch.table] += batch.rows.length;
    }
    await file.write(`${pending}${JSON.stringify({ end: counts })}\n`);
    await file.sync();
    return counts;
  } finally {
    await file.close();
  }
}

function refusal(path: string, line: number | null, message: string): AgoraError {
  const where = line === null ? 'file' : `line ${line}`;
  return new AgoraError('AGORA_BAD_INPUT', `The backup ${path} cannot be restored: ${line === null ? '' : `line ${line}: `}${message}`, {
    problems: [{ where, message }],
  });
}

/** The file's lines, and `close` to stop reading (and close the file) early. */
function lines(path: string): { reader: AsyncIterable<string>; close(): void } {
  const input = createReadStream(path, { encoding: 'utf8' });
  const reader = createInterface({ input, crlfDelay: Infinity });
  return {
    reader,
    close() {
      reader.close();
      input.destroy();
    },
  };
}

function parseLine(path: string, number: number, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw refusal(path, number, 'is not JSON.');
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads and checks the first line of a backup file. */
export async function readJsonBackupHeader(path: string): Promise<BackupHeader> {
  const file = lines(path);
  try {
    for await (const text of file.reader) {
      const header = parseLine(path, 1, text);
      if (!isObject(header) || header.format !== BACKUP_FORMAT) throw refusal(path, 1, `is not the header of an Agora backup (${BACKUP_FORMAT}).`);
      const { schemaVersion, takenAt, source, tables } = header;
      if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) throw refusal(path, 1, 'has no valid schemaVersion.');
      if (typeof takenAt !== 'string') throw refusal(path, 1, 'has no takenAt.');
      if (source !== 'sqlite' && source !== 'postgres') throw refusal(path, 1, 'names no source database ("sqlite" or "postgres").');
      if (!Array.isArray(tables) || !tables.every(isBackupTable)) throw refusal(path, 1, `lists tables other than ${BACKUP_TABLES.join(', ')}.`);
      return { format: BACKUP_FORMAT, schemaVersion, takenAt, source, tables };
    }
    throw refusal(path, null, 'the file is empty.');
  } finally {
    file.close();
  }
}

/**
 * The rows of a backup file, checked line by line against the columns this Agora knows, in
 * batches of one table. Throws, naming the line, at the first row that does not fit, and at the
 * end when the closing counts are missing or differ.
 */
export async function* readJsonBackupRows(path: string): AsyncGenerator<RowBatch> {
  const file = lines(path);
  const counts = zeroCounts();
  let number = 0;
  let ended = false;
  let batch: { table: BackupTableName; rows: Record<string, unknown>[] } | null = null;
  try {
    for await (const text of file.reader) {
      number += 1;
      if (number === 1 || text.trim() === '') continue;
      if (ended) throw refusal(path, number, 'follows the closing line of counts.');
      const value = parseLine(path, number, text);
      if (isObject(value) && 'end' in value) {
        checkCounts(path, number, value.end, counts);
        ended = true;
        continue;
      }
      if (!isObject(value) || !isBackupTable(value.table) || !isObject(value.row)) {
        throw refusal(path, number, `is not a row: expected {"table": one of ${BACKUP_TABLES.join(', ')}, "row": {…}}.`);
      }
      checkRow(path, number, value.table, value.row);
      if (batch !== null && (batch.table !== value.table || batch.rows.length >= BATCH)) {
        yield checkedBatch(batch);
        batch = null;
      }
      batch ??= { table: value.table, rows: [] };
      batch.rows.push(value.row);
      counts[value.table] += 1;
    }
    if (batch !== null) yield checkedBatch(batch);
    if (!ended) throw refusal(path, null, `it ends at line ${number} without its closing line of counts, so it is incomplete.`);
  } finally {
    file.close();
  }
}

/** Every column of the table present with a value of its type, and no other. */
function checkRow(path: string, line: number, table: BackupTableName, row: Record<string, unknown>): void {
  const columns: Record<string, ColumnKind> = BACKUP_COLUMNS[table];
  for (const [column, kind] of Object.entries(columns)) {
    if (!(column in row)) throw refusal(path, line, `the ${table} row has no "${column}".`);
    if (!fits(row[column], kind)) throw refusal(path, line, `"${column}" of the ${table} row must be ${describeKind(kind)}.`);
  }
  const unknown = Object.keys(row).find((column) => !(column in columns));
  if (unknown !== undefined) throw refusal(path, line, `the ${table} row has a column "${unknown}" that this Agora does not know.`);
}

function fits(value: unknown, kind: ColumnKind): boolean {
  if (value === null) return kind.endsWith('?');
  return kind.startsWith('integer') ? Number.isSafeInteger(value) : typeof value === 'string';
}

function describeKind(kind: ColumnKind): string {
  const base = kind.startsWith('integer') ? 'a whole number' : 'a string';
  return kind.endsWith('?') ? `${base} or null` : base;
}

/** Its rows have been checked column by column against {@link BACKUP_COLUMNS}. */
function checkedBatch(batch: { table: BackupTableName; rows: Record<string, unknown>[] }): RowBatch {
  return batch as RowBatch;
}

function checkCounts(path: string, line: number, end: unknown, counts: TableCounts): void {
  if (!isObject(end)) throw refusal(path, line, 'the closing line must count the rows by table.');
  for (const table of BACKUP_TABLES) {
    const expected = end[table] ?? 0;
    if (expected !== counts[table]) {
      throw refusal(path, line, `the backup says it holds ${String(expected)} ${table} rows, but ${counts[table]} were read, so it is incomplete or was edited.`);
    }
  }
}
