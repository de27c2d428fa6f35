/**
 * The conference's footnotes, read from the footnote lines of every page: the same text on
 * several pages is one note.
 */
import type { Note } from '../model/programme.ts';
import { slugify, uniqueIds } from '../model/slug.ts';

/** Words that say little about a note, left out of its id. */
const FILLER_WORDS = new Set(['will', 'be', 'the', 'a', 'an', 'of', 'to', 'is', 'are', 'and', 'for', 'provided', 'event', 'at']);

/**
 * A readable id for a note from its text, without filler words.
 *
 * Examples: "Refreshments will be provided before the event." → "refreshments-before".
 */
export function noteIdBase(text: string): string {
  const words = slugify(text, 1000).split('-');
  const telling = words.filter((word) => !FILLER_WORDS.has(word));
  const slug = slugify((telling.length > 0 ? telling : words).join(' '), 48);
  return slug === '' ? 'note' : slug;
}

/** Collects notes by their text, each text once, with ids unique among them. */
export class NoteBook {
  readonly notes: Note[] = [];
  private readonly byText = new Map<string, Note>();
  private readonly nextId = uniqueIds();

  noteFor(text: string): Note {
    const key = text.replace(/\s+/g, ' ').trim();
    const known = this.byText.get(key);
    if (known !== undefined) return known;
    const note = { id: this.nextId(noteIdBase(key)), text: key };
    this.byText.set(key, note);
    this.notes.push(note);
    return note;
  }
}
