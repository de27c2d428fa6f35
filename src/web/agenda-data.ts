/**
 * The programme as the "my agenda" page embeds it for its client script: just what a starred
 * entry's line shows, in reading order.
 */
import type { Entry } from '../model/programme.ts';
import { entryName } from './entry-name.ts';
import type { Messages } from './messages.ts';

export interface AgendaEntry {
  id: string;
  name: string;
  date: string | null;
  start: string | null;
  end: string | null;
  venue: string | null;
  cancelled: boolean;
  href: string;
}

export function agendaEntries(entries: readonly Entry[], messages: Messages, link: (path: string) => string): AgendaEntry[] {
  return entries.map((entry) => ({
    id: entry.id,
    name: entryName(entry, messages),
    date: entry.date,
    start: entry.start,
    end: entry.end,
    venue: entry.venue,
    cancelled: entry.status === 'cancelled',
    href: link(`/entries/${encodeURIComponent(entry.id)}`),
  }));
}

/** Reads what {@link agendaEntries} wrote; an unreadable value gives no entries rather than an error. */
export function readAgendaEntries(json: string | undefined): AgendaEntry[] {
  if (json === undefined) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as AgendaEntry[]) : [];
  } catch {
    return [];
  }
}
