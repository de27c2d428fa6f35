/**
 * What a hall monitor knows: the entries it may show, where each of them was at the start of
 * the day, and which screen it is (a building, a room's door, or the whole programme).
 *
 * The server sends this as `state.json` and embeds it in the page; the page keeps it up to date
 * from change events and saves it for when the server is out of reach. It is plain JSON and
 * shared by server and browser code, so it imports nothing that needs Node.
 */
import { allSponsors, entryLabel, type Entry, type EntryKind, type EntryStatus } from '../../model/programme.ts';

/** Where and when an entry happens, and whether it still does. */
export interface Placement {
  date: string | null;
  start: string | null;
  end: string | null;
  venue: string | null;
  status: EntryStatus;
}

/** An entry as the monitor prints it: a placement and one line of text with its sponsors. */
export interface MonitorEntry extends Placement {
  id: string;
  kind: EntryKind;
  /** "Item 2 (b). Trafficking in Persons Protocol", or the title. */
  label: string;
  continued: boolean;
  sponsors: string[];
}

/** Which screen this is: a building's, a room's door sign, or (neither) the whole programme. */
export interface MonitorFilter {
  building: string | null;
  venue: string | null;
  /** Show entries that have no venue (the plenary) on a building's or the whole programme's screen. */
  plenary: boolean;
}

export interface VenuePlace {
  name: string;
  building: string | null;
}

/** An entry that changed today, and where it was before its first change of the day (null: added today). */
export interface DayStart {
  id: string;
  was: Placement | null;
}

export type SectionName = 'now' | 'next' | 'later';

export type FlagKind = 'cancelled' | 'added' | 'restored' | 'moved' | 'retimed' | 'moved-day';

export interface Flag {
  kind: FlagKind;
  text: string;
}

/** One line on the screen. */
export interface MonitorRow {
  id: string;
  section: SectionName;
  /** The times it is shown at today: its own, or where it has left today, the times it had. */
  start: string | null;
  end: string | null;
  venue: string;
  label: string;
  continued: boolean;
  sponsors: string[];
  cancelled: boolean;
  /** It was here today but has moved to another day or another building. */
  left: boolean;
  flags: Flag[];
}

export interface MonitorState {
  conference: { slug: string; title: string | null; session: string | null; timeZone: string };
  revision: number;
  filter: MonitorFilter;
  /** The day shown and the wall-clock time (`HH:MM`, in the conference's zone) the sections were cut at. */
  date: string;
  clock: string;
  /** Changes committed from this instant on are flagged. */
  flaggedSince: string;
  venues: VenuePlace[];
  /** Every entry this screen may show, on any day, in programme order. */
  entries: MonitorEntry[];
  /** The entries of the whole programme that changed today, with where each was at the start of the day. */
  dayStart: DayStart[];
  /** What the screen shows at `clock`, section by section. */
  rows: MonitorRow[];
}

export function placementOf(entry: Placement): Placement {
  return { date: entry.date, start: entry.start, end: entry.end, venue: entry.venue, status: entry.status };
}

export function monitorEntry(entry: Entry): MonitorEntry {
  return {
    id: entry.id,
    kind: entry.kind,
    label: entryLabel(entry),
    continued: entry.continued,
    sponsors: allSponsors(entry),
    ...placementOf(entry),
  };
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The building of a venue by its name, or null when the venue is unknown or has none. */
export function buildingOf(venues: readonly VenuePlace[], venue: string): string | null {
  return venues.find((place) => sameName(place.name, venue))?.building ?? null;
}

/** True when an entry placed so belongs on this screen (on whatever day). */
export function onScreen(placement: Placement, filter: MonitorFilter, venues: readonly VenuePlace[]): boolean {
  if (filter.venue !== null) return placement.venue !== null && sameName(placement.venue, filter.venue);
  if (placement.venue === null) return filter.plenary;
  if (filter.building === null) return true;
  const building = buildingOf(venues, placement.venue);
  return building !== null && sameName(building, filter.building);
}

/** The `?building=…&venue=…&plenary=0` of this screen, for links and storage keys. */
export function filterQuery(filter: MonitorFilter): string {
  const query = new URLSearchParams();
  if (filter.building !== null) query.set('building', filter.building);
  if (filter.venue !== null) query.set('venue', filter.venue);
  if (!filter.plenary) query.set('plenary', '0');
  return query.toString();
}

/** What the page's script is told at start, beside the state: where to fetch and listen, and how to save. */
export interface MonitorBoot {
  /** `state.json` of this screen, without token (the page adds its own). */
  stateUrl: string;
  /** The live change feed of this conference. */
  liveUrl: string;
  /** The fixed clock of a preview or test, `YYYY-MM-DDTHH:MM`, or null. */
  at: string | null;
  /** Where the page keeps its last good state: one key per conference and screen. */
  storageKey: string;
  state: MonitorState;
}
