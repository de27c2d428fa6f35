/**
 * Agenda-item numbers as a plenary prints them: "1 (a)", "2", "2 (b)", "10".
 *
 * Items order by number first, then by sub-letter, with the bare number before its
 * sub-items: "1 (a)" < "1 (f)" < "2" < "2 (a)" < "10".
 */

export interface AgendaItem {
  number: number;
  /** The sub-item letter(s), lower case, or null for a bare item. */
  sub: string | null;
}

const AGENDA_ITEM = /^\s*(\d+)\s*(?:\(\s*([a-z]+)\s*\))?\s*$/i;

/** Reads "2 (b)", "2(b)" or "10"; null when the text is not an agenda-item number. */
export function parseAgendaItem(text: string): AgendaItem | null {
  const match = AGENDA_ITEM.exec(text);
  if (!match) return null;
  return { number: Number(match[1]), sub: match[2] === undefined ? null : match[2].toLowerCase() };
}

/** Writes an item the way the programme prints it: "2 (b)". */
export function formatAgendaItem(item: AgendaItem): string {
  return item.sub === null ? String(item.number) : `${item.number} (${item.sub})`;
}

/** Orders two items; an unreadable number sorts after every readable one, then by its text. */
export function compareAgendaItems(a: string, b: string): number {
  const left = parseAgendaItem(a);
  const right = parseAgendaItem(b);
  if (left === null || right === null) {
    if (left !== null) return -1;
    if (right !== null) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (left.number !== right.number) return left.number - right.number;
  if (left.sub === right.sub) return 0;
  if (left.sub === null) return -1;
  if (right.sub === null) return 1;
  if (left.sub.length !== right.sub.length) return left.sub.length - right.sub.length;
  return left.sub < right.sub ? -1 : 1;
}
