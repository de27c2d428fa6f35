/**
 * Footnote markers: `*`, `**`, `***` … at the end of a side event's title, and the footnote
 * lines that say what each marker means on its page.
 */
import type { Entry, Note } from '../model/programme.ts';

const TRAILING_MARKERS = /(?:\s*\*+)+$/;
const FOOTNOTE_LINE = /^(\*+)\s*(\S.*)$/;

/** The text without its trailing markers, and the markers in order ("title * **" → ["*", "**"]). */
export function takeMarkers(text: string): { text: string; markers: string[] } {
  const match = TRAILING_MARKERS.exec(text);
  if (match === null) return { text, markers: [] };
  return { text: text.slice(0, match.index).trim(), markers: match[0].trim().split(/\s+/) };
}

/** A footnote line's marker and text ("* Refreshments will be provided …"), or null for another line. */
export function readFootnoteLine(text: string): { marker: string; text: string } | null {
  const match = FOOTNOTE_LINE.exec(text.trim());
  if (match === null) return null;
  return { marker: match[1] ?? '', text: (match[2] ?? '').replace(/\s+/g, ' ') };
}

/** The marker printed for the note at `index` in first-use order: `*`, `**`, `***` … */
export function markerAt(index: number): string {
  return '*'.repeat(index + 1);
}

/** Markers for the notes that `entries` refer to, in first-use order; notes nobody refers to get none. */
export function assignMarkers(entries: Entry[], notes: Note[]): Map<string, string> {
  const known = new Set(notes.map((note) => note.id));
  const markers = new Map<string, string>();
  for (const entry of entries) {
    for (const id of entry.notes) {
      if (known.has(id) && !markers.has(id)) markers.set(id, markerAt(markers.size));
    }
  }
  return markers;
}

/** " *", " * **" … for the notes of an entry, or "" when it has none. */
export function markerSuffix(noteIds: string[], markers: Map<string, string>): string {
  const printed = noteIds.map((id) => markers.get(id)).filter((marker): marker is string => marker !== undefined);
  return printed.length === 0 ? '' : ` ${printed.join(' ')}`;
}

/** The footnotes a page prints: each marked note with its marker, in marker order; unknown ids are skipped. */
export function printedFootnotes(markers: Map<string, string>, notes: Note[]): { marker: string; text: string }[] {
  const footnotes: { marker: string; text: string }[] = [];
  for (const [id, marker] of markers) {
    const note = notes.find((candidate) => candidate.id === id);
    if (note !== undefined) footnotes.push({ marker, text: note.text });
  }
  return footnotes;
}
