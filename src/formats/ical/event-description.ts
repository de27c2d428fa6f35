/**
 * The DESCRIPTION of an entry's calendar event: who holds it, what it is about, its panels and
 * its footnotes, as plain paragraphs.
 */
import type { Entry, Programme } from '../../model/programme.ts';
import { noteTexts, paragraphs, partBlock, sponsorLine } from '../schedule/entry-text.ts';
import { EXPORT_WORDS } from '../schedule/export-words.ts';

export function eventDescription(programme: Programme, entry: Entry): string {
  return paragraphs([
    entry.continued ? EXPORT_WORDS.continued : null,
    sponsorLine(entry.sponsors),
    entry.description,
    ...entry.parts.map(partBlock),
    ...noteTexts(programme, entry),
  ]);
}
