/**
 * Entry ids that a person can read and that stay the same when the same document is read
 * again: the date and the entry's label, made unique.
 */
import { createEntry, type Entry } from '../model/programme.ts';
import { slugify, uniqueIds } from '../model/slug.ts';

/** An entry as a table row gives it, before it has an id. */
export type DraftEntry = Omit<Entry, 'id'>;

/** A draft with every fact the row does not give unknown, as {@link createEntry} makes them. */
export function draftEntry(fields: Partial<DraftEntry> & Pick<DraftEntry, 'kind' | 'title'>): DraftEntry {
  const { id: _unassigned, ...draft } = createEntry({ ...fields, id: '' });
  return draft;
}

/**
 * The id an entry would have alone: `${date}-${slug of its label}`.
 *
 * Examples: plenary item 1 (a) "Opening of the session" on 2012-10-15 →
 * "2012-10-15-item-1-a-opening-of-the-session".
 */
export function entryIdBase(entry: DraftEntry): string {
  const label = entry.kind === 'plenary' && entry.agendaItem !== null ? `item-${entry.agendaItem} ${entry.title}` : entry.title;
  return `${entry.date ?? 'undated'}-${slugify(label, 48)}`;
}

/** The entries with ids, unique in document order (a second "…-2", a third "…-3"). */
export function withEntryIds(drafts: DraftEntry[]): Entry[] {
  const nextId = uniqueIds();
  return drafts.map((draft) => ({ id: nextId(entryIdBase(draft)), ...draft }));
}
