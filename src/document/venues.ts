/**
 * The venues a document names: the rooms of its side events.
 */
import type { Entry, Venue } from '../model/programme.ts';
import { slugify } from '../model/slug.ts';

const ROOM_CODE = /^([A-Z])[A-Z]{0,3}\d+$/;

/**
 * The building of a room whose name is a code: its first letter ("M3" → "M", "MOE79" → "M"),
 * else null ("Boardroom A").
 */
export function buildingOf(name: string): string | null {
  return ROOM_CODE.exec(name)?.[1] ?? null;
}

/** One venue per distinct venue name of the entries, in first-use order; capacity and hours unknown. */
export function venuesOf(entries: Entry[]): Venue[] {
  const venues = new Map<string, Venue>();
  for (const entry of entries) {
    if (entry.venue === null || venues.has(entry.venue)) continue;
    venues.set(entry.venue, { id: slugify(entry.venue), name: entry.venue, building: buildingOf(entry.venue), capacity: null, openingHours: [] });
  }
  return [...venues.values()];
}
