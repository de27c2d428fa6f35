/**
 * Searching the programme: words anywhere in an entry's title, sponsors, description and
 * split-panel parts, whatever their accents and capitals, narrowed by day, venue, sponsor and kind.
 */
import { ENTRY_KINDS, allSponsors, type Entry, type EntryKind, type Programme } from '../model/programme.ts';

export type SearchField = 'q' | 'day' | 'venue' | 'sponsor' | 'kind';
export const SEARCH_FIELDS: readonly SearchField[] = ['q', 'day', 'venue', 'sponsor', 'kind'];

export const MAX_QUERY_LENGTH = 200;

/** The search as typed, for showing back in the form. */
export type SearchInput = Record<SearchField, string>;

export interface SearchFilters {
  words: string[];
  day: string | null;
  venue: string | null;
  /** Folded sponsor text; an entry matches when one of its sponsors contains it. */
  sponsor: string | null;
  kind: EntryKind | null;
}

export type SearchProblem =
  | { field: 'q'; kind: 'too-long'; max: number }
  | { field: Exclude<SearchField, 'q'>; kind: 'unknown'; value: string }
  | { field: SearchField; kind: 'repeated' };

export interface SearchRequest {
  input: SearchInput;
  filters: SearchFilters;
  problems: SearchProblem[];
  /** False for the bare page: nothing asked yet, so no results are listed. */
  asked: boolean;
}

/** Lower case without accents or extra spaces: "Côte d’Ivoire" → "cote d’ivoire". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function haystack(entry: Entry): string {
  const parts = entry.parts.flatMap((part) => [part.title, ...part.sponsors, part.description ?? '']);
  return foldText([entry.title, ...entry.sponsors, entry.description ?? '', ...parts].join('\n'));
}

/** Reads the query string; a bad value becomes a problem naming its field and is not applied. */
export function readSearch(query: Record<string, unknown>, programme: Programme, days: readonly string[]): SearchRequest {
  const input: SearchInput = { q: '', day: '', venue: '', sponsor: '', kind: '' };
  const problems: SearchProblem[] = [];
  for (const field of SEARCH_FIELDS) {
    const value = query[field];
    if (Array.isArray(value)) problems.push({ field, kind: 'repeated' });
    else if (typeof value === 'string') input[field] = value.trim();
  }
  const filters: SearchFilters = { words: [], day: null, venue: null, sponsor: null, kind: null };

  if (input.q.length > MAX_QUERY_LENGTH) problems.push({ field: 'q', kind: 'too-long', max: MAX_QUERY_LENGTH });
  else filters.words = foldText(input.q).split(' ').filter((word) => word !== '');

  if (input.day !== '') {
    if (days.includes(input.day)) filters.day = input.day;
    else problems.push({ field: 'day', kind: 'unknown', value: input.day });
  }
  if (input.venue !== '') {
    const found = venueNames(programme).find((name) => foldText(name) === foldText(input.venue));
    if (found !== undefined) filters.venue = found;
    else problems.push({ field: 'venue', kind: 'unknown', value: input.venue });
  }
  if (input.sponsor !== '') {
    const wanted = foldText(input.sponsor);
    if (programme.entries.some((entry) => allSponsors(entry).some((sponsor) => foldText(sponsor).includes(wanted)))) filters.sponsor = wanted;
    else problems.push({ field: 'sponsor', kind: 'unknown', value: input.sponsor });
  }
  if (input.kind !== '') {
    const kind = ENTRY_KINDS.find((known) => known === input.kind);
    if (kind !== undefined) filters.kind = kind;
    else problems.push({ field: 'kind', kind: 'unknown', value: input.kind });
  }
  const asked = SEARCH_FIELDS.some((field) => query[field] !== undefined);
  return { input, filters, problems, asked };
}

/** The entries that match every filter and contain every word, in the order given. */
export function searchEntries<E extends Entry>(entries: readonly E[], filters: SearchFilters): E[] {
  return entries.filter((entry) => {
    if (filters.day !== null && entry.date !== filters.day) return false;
    if (filters.venue !== null && entry.venue !== filters.venue) return false;
    if (filters.kind !== null && entry.kind !== filters.kind) return false;
    const sponsor = filters.sponsor;
    if (sponsor !== null && !allSponsors(entry).some((name) => foldText(name).includes(sponsor))) return false;
    if (filters.words.length === 0) return true;
    const text = haystack(entry);
    return filters.words.every((word) => text.includes(word));
  });
}

/** Every sponsor named in the programme, once, alphabetically, for the form's suggestions. */
export function sponsorNames(programme: Programme, locale: string): string[] {
  const names = new Set(programme.entries.flatMap(allSponsors));
  return [...names].sort(new Intl.Collator(locale).compare);
}

/** Every venue an entry can be filtered by, as the programme lists them, then any others used. */
export function venueNames(programme: Programme): string[] {
  const names = programme.venues.map((venue) => venue.name);
  for (const entry of programme.entries) if (entry.venue !== null && !names.includes(entry.venue)) names.push(entry.venue);
  return names;
}
