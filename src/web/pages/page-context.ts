/** What every page needs to know besides its own content: words, formats, links and the revision. */
import type { Conference, Programme, StoredEntry } from '../../model/programme.ts';
import { conferenceDays, noteMarkers, readingOrder } from '../day-view.ts';
import type { Messages } from '../messages.ts';
import type { WallClockFormat } from '../wall-clock-format.ts';

export interface AssetLinks {
  css: string;
  script: string;
}

export interface PageContext {
  messages: Messages;
  format: WallClockFormat;
  assets: AssetLinks;
  /** A path inside this conference's scope: `link('/days/2012-10-15')` → `/c/cop6/days/2012-10-15`. */
  link(path: string): string;
  /** The programme page this was rendered from, or null where there is none (an unknown conference). */
  programme: ProgrammeContext | null;
}

export interface ProgrammeContext {
  slug: string;
  revision: number;
  conference: Conference;
  programme: Programme;
  /** Every entry, in reading order: day by day, by time. */
  entries: StoredEntry[];
  byId: ReadonlyMap<string, StoredEntry>;
  days: string[];
  /** Footnote marker per note id. */
  markers: ReadonlyMap<string, string>;
  /** Where the client script listens for changes, or null when pages may not (a token is needed). */
  liveUrl: string | null;
  /** False while the conference publishes on release and has not released yet: the pages say so. */
  published: boolean;
}

export function programmeContext(
  snapshot: { record: { slug: string }; revision: number; programme: Programme; entries: StoredEntry[]; byId: ReadonlyMap<string, StoredEntry>; published?: boolean },
  liveUrl: string | null,
): ProgrammeContext {
  const days = conferenceDays(snapshot.programme);
  const entries = readingOrder(snapshot.entries, days);
  return {
    slug: snapshot.record.slug,
    revision: snapshot.revision,
    conference: snapshot.programme.conference,
    programme: snapshot.programme,
    entries,
    byId: snapshot.byId,
    days,
    markers: noteMarkers(snapshot.programme, entries),
    liveUrl,
    published: snapshot.published ?? true,
  };
}
