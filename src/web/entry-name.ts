/** The name a reader knows an entry by, in the catalogue's words: "Item 2 (b). Trafficking in Persons Protocol". */
import type { Entry } from '../model/programme.ts';
import type { Messages } from './messages.ts';

export function entryName(entry: Pick<Entry, 'kind' | 'agendaItem' | 'title' | 'parts'>, messages: Messages): string {
  if (entry.kind === 'plenary' && entry.agendaItem !== null) return messages.entry.item(entry.agendaItem, entry.title);
  if (entry.parts.length > 0) return messages.entry.splitPanelNamed(entry.parts.map((part) => part.title));
  return entry.title;
}
