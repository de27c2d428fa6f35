/**
 * Plain-text pieces of an entry that several exports put in a description: its sponsors, its
 * split-panel parts and the texts of the footnotes it refers to.
 */
import type { Entry, Part, Programme } from '../../model/programme.ts';
import { EXPORT_WORDS } from './export-words.ts';

/** "Sponsors: Portugal, Tidal Trust", or null when there are none. */
export function sponsorLine(sponsors: readonly string[]): string | null {
  return sponsors.length === 0 ? null : EXPORT_WORDS.sponsors(sponsors);
}

/** One panel of a split panel: "A. Title", its sponsors and its description, one per line. */
export function partBlock(part: Part): string {
  return [`${part.label}. ${part.title}`, sponsorLine(part.sponsors), part.description].filter((line) => line !== null && line !== '').join('\n');
}

/** The texts of the notes the entry refers to, in its order; an id with no note is skipped. */
export function noteTexts(programme: Programme, entry: Entry): string[] {
  const texts = new Map(programme.notes.map((note) => [note.id, note.text]));
  return entry.notes.flatMap((id) => {
    const text = texts.get(id);
    return text === undefined ? [] : [text];
  });
}

/** Paragraphs joined by a blank line, empty ones left out. */
export function paragraphs(blocks: ReadonlyArray<string | null>): string {
  return blocks.filter((block): block is string => block !== null && block.trim() !== '').join('\n\n');
}
