/**
 * What a pointer into an Agora JSON document points at, in a clerk's words: "an entry",
 * "a venue", "the conference".
 */
import { pointerTokens } from './json-pointer.ts';

/** The object at `pointer`, with its article: `/entries/2` → "an entry". */
export function placeName(pointer: string): string {
  const tokens = pointerTokens(pointer);
  const section = tokens[0];
  const nested = tokens.length >= 4;
  if (section === undefined) return 'the document';
  if (section === 'conference') return 'the conference';
  if (section === 'venues') return nested ? 'an opening-hours line' : 'a venue';
  if (section === 'notes') return 'a note';
  if (section === 'entries') return nested ? 'a split-panel part' : 'an entry';
  return 'this object';
}
