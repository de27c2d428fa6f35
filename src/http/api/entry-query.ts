/**
 * `GET /api/entries?day=…&venue=…&sponsor=…&kind=…&status=…&q=…`: the filters, and the entries
 * they keep. Matching is the programme search's (`web/search.ts`), so the API and the search
 * page find the same entries for the same words.
 */
import { Type, type Static } from 'typebox';
import { AgoraError } from '../../errors.ts';
import type { Programme, StoredEntry } from '../../model/programme.ts';
import { foldText, searchEntries, venueNames, type SearchFilters } from '../../web/search.ts';
import { DateText, EntryKindSchema, EntryStatusSchema } from './entry-schemas.ts';

export const EntryQuery = Type.Object(
  {
    day: Type.Optional(DateText('Only entries on this day')),
    venue: Type.Optional(Type.String({ description: 'Only entries in this venue (its name, any case)', examples: ['M3'] })),
    sponsor: Type.Optional(Type.String({ description: 'Only entries with a sponsor whose name contains this, any case or accents', examples: ['Italy'] })),
    kind: Type.Optional(EntryKindSchema),
    status: Type.Optional(EntryStatusSchema),
    q: Type.Optional(
      Type.String({
        maxLength: 200,
        description: 'Words that must all appear in the title, sponsors, description or parts, whatever their case and accents',
        examples: ['cote ivoire'],
      }),
    ),
  },
  { additionalProperties: false },
);

export type EntryQuery = Static<typeof EntryQuery>;

/** The venue a filter names, as the programme spells it; an unknown venue is refused by name. */
function venueFilter(programme: Programme, wanted: string): string {
  const names = venueNames(programme);
  const found = names.find((name) => foldText(name) === foldText(wanted));
  if (found !== undefined) return found;
  throw new AgoraError('AGORA_BAD_INPUT', `The request was refused: there is no venue "${wanted}".`, {
    problems: [{ where: 'venue', message: `there is no venue "${wanted}"; the venues are ${names.join(', ') || 'none yet'}` }],
  });
}

/** The entries the query keeps, in programme order. Empty text filters keep everything. */
export function queryEntries(programme: Programme, entries: readonly StoredEntry[], query: EntryQuery): StoredEntry[] {
  const text = (value: string | undefined) => (value === undefined || value.trim() === '' ? null : value.trim());
  const venue = text(query.venue);
  const sponsor = text(query.sponsor);
  const filters: SearchFilters = {
    words: foldText(query.q ?? '').split(' ').filter((word) => word !== ''),
    day: query.day ?? null,
    venue: venue === null ? null : venueFilter(programme, venue),
    sponsor: sponsor === null ? null : foldText(sponsor),
    kind: query.kind ?? null,
  };
  const found = searchEntries(entries, filters);
  return query.status === undefined ? found : found.filter((entry) => entry.status === query.status);
}
