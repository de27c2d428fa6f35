/**
 * The programme as data: a conference, its venues, its footnotes and its entries.
 *
 * These are plain values (no classes, no I/O) so that every format, the store and the
 * pages can share them. Dates are `YYYY-MM-DD`, times are 24-hour wall-clock `HH:MM` in the
 * conference's own time zone. Facts a source does not give are `null`, never invented.
 */

export type EntryKind = 'plenary' | 'parallel' | 'side-event';
export const ENTRY_KINDS: readonly EntryKind[] = ['plenary', 'parallel', 'side-event'];

export type EntryStatus = 'scheduled' | 'cancelled';
export const ENTRY_STATUSES: readonly EntryStatus[] = ['scheduled', 'cancelled'];

export interface Conference {
  title: string | null;
  session: string | null;
  organizer: string | null;
  organizerShort: string | null;
  city: string | null;
  /** IANA zone, e.g. `Europe/Vienna`; `null` when the source does not say and it cannot be derived. */
  timeZone: string | null;
  startDate: string | null;
  endDate: string | null;
  theme: string | null;
  notice: string | null;
}

/** When a venue can be used: on `date`, or on every day when `date` is null. */
export interface OpeningHours {
  date: string | null;
  start: string;
  end: string;
}

export interface Venue {
  id: string;
  name: string;
  building: string | null;
  capacity: number | null;
  openingHours: OpeningHours[];
}

/** A conference footnote, printed with a marker (`*`, `**`, …) that is assigned at print time. */
export interface Note {
  id: string;
  text: string;
}

/** One panel of a split panel. */
export interface Part {
  label: string;
  sponsors: string[];
  title: string;
  description: string | null;
}

export interface Entry {
  id: string;
  kind: EntryKind;
  date: string | null;
  start: string | null;
  end: string | null;
  /** The venue's name, or null where none is named (plenary and parallel meetings in the example). */
  venue: string | null;
  /** Plenary only: "1 (a)", "2", … */
  agendaItem: string | null;
  title: string;
  /** Carried on from an earlier slot: printed "(continued)". */
  continued: boolean;
  sponsors: string[];
  description: string | null;
  /** Ids of {@link Note}s. */
  notes: string[];
  parts: Part[];
  status: EntryStatus;
  expectedAttendance: number | null;
}

export interface Programme {
  conference: Conference;
  venues: Venue[];
  notes: Note[];
  /** In programme order: the order of the source document, new entries last. */
  entries: Entry[];
}

/** An entry as the store holds it: with the revision of the change that last wrote it. */
export interface StoredEntry extends Entry {
  revision: number;
}

export function emptyConference(): Conference {
  return {
    title: null,
    session: null,
    organizer: null,
    organizerShort: null,
    city: null,
    timeZone: null,
    startDate: null,
    endDate: null,
    theme: null,
    notice: null,
  };
}

/** An entry with every optional fact unknown; `fields` fills in what is known. */
export function createEntry(fields: Partial<Entry> & Pick<Entry, 'id' | 'kind' | 'title'>): Entry {
  return {
    date: null,
    start: null,
    end: null,
    venue: null,
    agendaItem: null,
    continued: false,
    sponsors: [],
    description: null,
    notes: [],
    parts: [],
    status: 'scheduled',
    expectedAttendance: null,
    ...fields,
  };
}

/** The sponsors of an entry, including those of its split-panel parts, each once, in order. */
export function allSponsors(entry: Entry): string[] {
  const seen = new Set<string>(entry.sponsors);
  for (const part of entry.parts) for (const sponsor of part.sponsors) seen.add(sponsor);
  return [...seen];
}

/** A one-line name for an entry that a clerk recognises: "Item 2 (b). Trafficking in Persons Protocol". */
export function entryLabel(entry: Entry): string {
  if (entry.kind === 'plenary' && entry.agendaItem !== null) return `Item ${entry.agendaItem}. ${entry.title}`;
  if (entry.parts.length > 0) return `Split panel: ${entry.parts.map((part) => part.title).join(' / ')}`;
  return entry.title;
}
