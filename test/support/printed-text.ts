/**
 * What a printout of a programme must say, in the order it must say it, and a way to look for
 * it in text read back from a PDF or a Word document, whatever the line breaks.
 */
import type { Entry, Programme } from '../../src/model/programme.ts';
import { parseDocument } from '../../src/document/index.ts';
import { readExample } from './shared-fixture.ts';

/** The shared example, read with the project's own reader. */
export function exampleProgramme(): Programme {
  const result = parseDocument(readExample());
  if (!result.ok) throw new Error(`the example does not parse: ${JSON.stringify(result.errors)}`);
  return result.programme;
}

/** How an entry reads in print: "Item 2 (b). Title", a meeting's name, "Sponsor / Sponsor: Title", a part per panel. */
export function printedLabels(entry: Entry): string[] {
  if (entry.kind === 'plenary') return [entry.agendaItem === null ? entry.title : `Item ${entry.agendaItem}. ${entry.title}`];
  if (entry.kind === 'parallel') return [entry.title];
  const sponsored = (sponsors: string[], title: string) => (sponsors.length === 0 ? title : `${sponsors.join(' / ')}: ${title}`);
  if (entry.parts.length === 0) return [sponsored(entry.sponsors, entry.title)];
  return entry.parts.map((part) => `${part.label}) ${sponsored(part.sponsors, part.title)}`);
}

/**
 * White space made single spaces and hyphens dropped: pdftotext joins a word broken after its
 * hyphen at a line's end without the hyphen ("Open-" + "ended" → "Openended"), so both the text
 * and what is looked for in it lose their hyphens.
 */
export function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/-\s*/g, '').trim();
}

/**
 * The first of `expected` that is not found in `text` after the one before it, or null when all
 * are there in that order.
 */
export function firstOutOfOrder(text: string, expected: string[]): string | null {
  const haystack = normalised(text);
  let from = 0;
  for (const item of expected) {
    const at = haystack.indexOf(normalised(item), from);
    if (at < 0) return item;
    from = at + 1;
  }
  return null;
}
