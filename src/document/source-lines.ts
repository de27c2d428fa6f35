/**
 * The printed-programme text as numbered lines and tab-separated cells.
 *
 * Line numbers are 1-based, as a clerk sees them in an editor, so that every refusal can
 * point at the line to correct.
 */

export interface SourceLine {
  /** 1-based line number in the source text. */
  number: number;
  /** The line without its line break, tabs kept. */
  text: string;
  /** The cells between tabs, each trimmed; a line without tabs has one cell. */
  cells: string[];
}

/** The lines of `text`, whatever its line breaks, without a leading byte-order mark. */
export function readLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .map((raw, index) => ({ number: index + 1, text: raw, cells: raw.split('\t').map((cell) => cell.trim()) }));
}

export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === '';
}

/** True for a line with at least one tab: a row of a table. */
export function isTableRow(line: SourceLine): boolean {
  return line.cells.length > 1;
}

/** The cell text with runs of white space made single spaces: cells never hold tabs or line breaks. */
export function cellText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A short quotation of a line for a message: its cells joined by " | ", cut at 60 characters. */
export function quoteLine(line: SourceLine): string {
  const text = line.cells.filter((cell) => cell !== '').join(' | ');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
