/**
 * The plenary and parallel-meeting cells of the PROGRAMME table.
 */
import { formatAgendaItem, parseAgendaItem } from '../model/agenda-item.ts';
import type { Entry } from '../model/programme.ts';
import { continuedSuffix, splitContinued } from './italics.ts';
import { readFailed, readOk, type Reading } from './reading.ts';
import { cellText } from './source-lines.ts';

export interface MeetingCell {
  /** "2 (b)" for an agenda item, null for a plenary meeting without one or a parallel meeting. */
  agendaItem: string | null;
  title: string;
  continued: boolean;
}

const ITEM = /^Item\b/i;
const ITEM_CELL = /^Item\s+([^.]+?)\s*\.\s*(.*)$/i;

/**
 * A plenary cell: "Item 2 (b). Trafficking in Persons Protocol", possibly "(continued)".
 *
 * A cell that does not begin with "Item" is a plenary meeting without an agenda item.
 *
 * Examples: "Item 1 (a). Opening of the session" → item "1 (a)", title "Opening of the session".
 */
export function readPlenaryCell(cell: string): Reading<MeetingCell> {
  const { text, continued } = splitContinued(cell);
  if (text === '') return readFailed(`"${cellText(cell)}" names no meeting; write it like "Item 2 (b). Title"`);
  if (!ITEM.test(text)) return readOk({ agendaItem: null, title: text, continued });
  const match = ITEM_CELL.exec(text);
  const item = match === null ? null : parseAgendaItem(match[1] ?? '');
  if (match === null || item === null) {
    return readFailed(`"${cellText(cell)}" is not an agenda item Agora can read; write it like "Item 2 (b). Title"`);
  }
  const title = match[2] ?? '';
  if (title === '') return readFailed(`"${cellText(cell)}" has no title after the item number; write it like "Item 2 (b). Title"`);
  return readOk({ agendaItem: formatAgendaItem(item), title, continued });
}

/** A parallel-meeting cell: the meeting's name, possibly "(continued)". */
export function readParallelCell(cell: string): Reading<MeetingCell> {
  const { text, continued } = splitContinued(cell);
  if (text === '') return readFailed(`"${cellText(cell)}" names no meeting; write the meeting's name in the parallel-meeting cell`);
  return readOk({ agendaItem: null, title: text, continued });
}

/** "Item 2 (b). Title", with " <i>(continued)</i>" when carried on. */
export function writePlenaryCell(entry: Entry): string {
  return `${plenaryTitle(entry)}${continuedSuffix(entry.continued)}`;
}

/** "Item 2 (b). Title" without "(continued)"; the title alone for a plenary meeting without an item. */
export function plenaryTitle(entry: Entry): string {
  const title = cellText(entry.title);
  return entry.agendaItem === null ? title : `Item ${printedAgendaItem(entry.agendaItem)}. ${title}`;
}

export function writeParallelCell(entry: Entry): string {
  return `${cellText(entry.title)}${continuedSuffix(entry.continued)}`;
}

/** The item as the programme prints it ("2 (b)"), whatever spacing it was stored with. */
function printedAgendaItem(agendaItem: string): string {
  const item = parseAgendaItem(agendaItem);
  return item === null ? cellText(agendaItem) : formatAgendaItem(item);
}
