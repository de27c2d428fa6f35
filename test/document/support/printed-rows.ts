/**
 * The rows of a printed-programme text as a reader compares them, independently of the parser:
 * table rows in order, footnote and notice lines as a set.
 *
 * Only presentation the format leaves open is normalised: spacing around "-", "–" and "/",
 * and the punctuation and letter case of SPLIT PANEL labels.
 */

const HEADINGS = new Set(['PROGRAMME', 'SIDE EVENTS']);

export interface PrintedRows {
  /** Day rows and entry rows of both tables, in document order. */
  rows: string[];
  /** Footnote lines and notices after side-event tables, each once, sorted. */
  footer: string[];
  /** Free lines inside the programme table: there should be none. */
  stray: string[];
}

export function printedRows(text: string): PrintedRows {
  const rows: string[] = [];
  const footer = new Set<string>();
  const stray: string[] = [];
  let section: 'cover' | 'PROGRAMME' | 'SIDE EVENTS' = 'cover';
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (HEADINGS.has(trimmed)) {
      section = trimmed === 'PROGRAMME' ? 'PROGRAMME' : 'SIDE EVENTS';
      continue;
    }
    if (section === 'cover' || trimmed === '' || line.startsWith('<i>Time</i>\t')) continue;
    if (line.includes('\t')) rows.push(normaliseRow(line));
    else if (section === 'SIDE EVENTS') footer.add(normaliseSpacing(trimmed));
    else stray.push(line);
  }
  return { rows, footer: [...footer].sort(), stray };
}

function normaliseRow(line: string): string {
  return line
    .split('\t')
    .map((cell) => normaliseSplitPanel(normaliseSpacing(cell.trim())))
    .join('\t');
}

function normaliseSpacing(text: string): string {
  return text.replace(/ *([-–/]) */g, ' $1 ');
}

function normaliseSplitPanel(cell: string): string {
  if (!/^split panel\b/i.test(cell)) return cell;
  return cell.replace(/^split panel\s*:?\s*/i, 'SPLIT PANEL: ').replace(/(^|\s)([a-z])\)(?=\s)/g, (_match, space: string, letter: string) => `${space}${letter.toUpperCase()})`);
}
