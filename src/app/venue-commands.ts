/**
 * Venues as the secretariat keeps them: add, edit and remove a room, each one commit with a
 * `venue` change (before and after are the venue), so the revision moves and every page and
 * monitor reloads it at once.
 *
 * Entries name their venue by name, so renaming a venue renames it in its entries in the same
 * commit, and a venue that entries still use cannot be removed.
 */
import { AgoraError, type Problem } from '../errors.ts';
import { entryLabel, type Entry, type OpeningHours, type Venue } from '../model/programme.ts';
import { slugify } from '../model/slug.ts';
import { clockMinutes, isDate } from '../model/wall-clock.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';
import { withoutRevision } from '../store/rows.ts';
import { requireMay, type Actor } from './policy.ts';
import { stateTag } from './state-tag.ts';

/** A venue as a form sends it: text, as typed. Blank rows of opening hours are left out. */
export interface VenueForm {
  name: string;
  building: string;
  capacity: string;
  hours: { date: string; open: string; close: string }[];
}

export const MAX_VENUE_NAME = 80;

/** Where a problem with row `row` (1-based) of the opening hours is shown: `hours-2-open`. */
export function hoursField(row: number, part: 'date' | 'open' | 'close'): string {
  return `hours-${row}-${part}`;
}

/**
 * The venue a form describes, or AGORA_BAD_INPUT naming every field that is wrong.
 *
 * Examples: `readVenueForm({ name: 'M3', building: 'M', capacity: '120', hours: [{ date: '', open: '09:00', close: '18:00' }] }, [])`.
 */
export function readVenueForm(form: VenueForm, others: readonly Venue[]): Omit<Venue, 'id'> {
  const problems: Problem[] = [];
  const name = form.name.trim();
  if (name === '') problems.push({ where: 'name', message: 'give the venue a name, such as "M3" or "Boardroom A"' });
  else if (name.length > MAX_VENUE_NAME) problems.push({ where: 'name', message: `at most ${MAX_VENUE_NAME} characters` });
  else if (others.some((venue) => venue.name.toLowerCase() === name.toLowerCase())) problems.push({ where: 'name', message: `there is already a venue "${name}"` });
  const building = form.building.trim();
  if (building.length > MAX_VENUE_NAME) problems.push({ where: 'building', message: `at most ${MAX_VENUE_NAME} characters` });
  const capacityText = form.capacity.trim();
  let capacity: number | null = null;
  if (capacityText !== '') {
    if (!/^\d{1,6}$/.test(capacityText) || Number(capacityText) < 1) problems.push({ where: 'capacity', message: 'a whole number of seats, such as 120, or empty when not known' });
    else capacity = Number(capacityText);
  }
  const openingHours: OpeningHours[] = [];
  form.hours.forEach((row, index) => {
    const number = index + 1;
    const date = row.date.trim();
    const open = row.open.trim();
    const close = row.close.trim();
    if (date === '' && open === '' && close === '') return;
    const before = problems.length;
    if (date !== '' && !isDate(date)) problems.push({ where: hoursField(number, 'date'), message: 'a date written YYYY-MM-DD, or empty for every day' });
    const start = clockMinutes(open);
    const end = clockMinutes(close);
    if (start === null) problems.push({ where: hoursField(number, 'open'), message: 'a time written HH:MM, such as 09:00' });
    if (end === null) problems.push({ where: hoursField(number, 'close'), message: 'a time written HH:MM, such as 18:00' });
    else if (start !== null && end <= start) problems.push({ where: hoursField(number, 'close'), message: `must be after the opening time ${open}` });
    if (problems.length === before) openingHours.push({ date: date === '' ? null : date, start: open, end: close });
  });
  if (problems.length > 0) throw new AgoraError('AGORA_BAD_INPUT', 'The venue was not saved: correct the fields marked.', { problems });
  return { name, building: building === '' ? null : building, capacity, openingHours };
}

/** The entries that name the venue, as a clerk recognises them. */
function entriesIn(entries: readonly Entry[], venueName: string): Entry[] {
  return entries.filter((entry) => entry.venue === venueName);
}

function findVenue(venues: readonly Venue[], venueId: string, slug: string): Venue {
  const venue = venues.find((candidate) => candidate.id === venueId);
  if (!venue) throw new AgoraError('AGORA_NOT_FOUND', `There is no venue "${venueId}" in ${slug}.`, { problems: [{ where: 'venue', message: 'unknown id' }] });
  return venue;
}

function refuseIfChanged(venue: Venue, expectedTag: string): void {
  if (stateTag(venue) !== expectedTag) {
    throw new AgoraError(
      'AGORA_STALE_REVISION',
      `The venue ${venue.name} was changed by someone else since you opened it. Nothing was saved: look at it as it is now and make your change again.`,
      { details: { current: venue } },
    );
  }
}

export interface VenueResult {
  venue: Venue;
  revision: number;
}

export async function addVenue(store: Store, record: ConferenceRecord, actor: Actor, form: VenueForm): Promise<VenueResult> {
  requireMay(actor, 'manage-venues');
  const { revision, result } = await store.commit(record.id, async (tx) => {
    const { programme } = await tx.readProgramme();
    const fields = readVenueForm(form, programme.venues);
    const taken = new Set(programme.venues.map((venue) => venue.id));
    const base = slugify(fields.name, 40) || 'venue';
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    const venue: Venue = { id, ...fields };
    await tx.putVenue(venue);
    return { change: { actor: actor.name, kind: 'venue', entryId: null, before: null, after: venue, meta: { venueId: id } }, result: venue };
  });
  return { venue: result, revision };
}

/**
 * Saves a venue's new fields, refused when it changed since the form showed it (`expectedTag`
 * is {@link stateTag} of the venue as shown). A new name is carried into the entries held there.
 */
export async function updateVenue(store: Store, record: ConferenceRecord, actor: Actor, venueId: string, form: VenueForm, expectedTag: string): Promise<VenueResult & { renamedIn: string[] }> {
  requireMay(actor, 'manage-venues');
  const { revision, result } = await store.commit(record.id, async (tx) => {
    const { programme, entries } = await tx.readProgramme();
    const before = findVenue(programme.venues, venueId, record.slug);
    refuseIfChanged(before, expectedTag);
    const fields = readVenueForm(
      form,
      programme.venues.filter((venue) => venue.id !== venueId),
    );
    const venue: Venue = { id: venueId, ...fields };
    await tx.putVenue(venue);
    const renamedIn: string[] = [];
    if (venue.name !== before.name) {
      for (const entry of entries.filter((candidate) => candidate.venue === before.name)) {
        await tx.putEntry({ ...withoutRevision(entry), venue: venue.name });
        renamedIn.push(entry.id);
      }
    }
    return { change: { actor: actor.name, kind: 'venue', entryId: null, before, after: venue, meta: { venueId, ...(renamedIn.length > 0 ? { renamedIn } : {}) } }, result: { venue, renamedIn } };
  });
  return { ...result, revision };
}

/** Removes a venue no entry uses; one in use is refused with the entries named. */
export async function removeVenue(store: Store, record: ConferenceRecord, actor: Actor, venueId: string, expectedTag?: string): Promise<{ revision: number }> {
  requireMay(actor, 'manage-venues');
  const { revision } = await store.commit(record.id, async (tx) => {
    const { programme } = await tx.readProgramme();
    const venue = findVenue(programme.venues, venueId, record.slug);
    if (expectedTag !== undefined) refuseIfChanged(venue, expectedTag);
    const users = entriesIn(programme.entries, venue.name);
    if (users.length > 0) {
      const named = users.map((entry) => `"${entryLabel(entry)}"`).join(', ');
      throw new AgoraError(
        'AGORA_BAD_INPUT',
        `${venue.name} was not removed: ${users.length === 1 ? 'an entry is' : `${users.length} entries are`} held there (${named}). Move ${users.length === 1 ? 'it' : 'them'} to another venue first.`,
        { problems: [{ where: 'venue', message: `used by ${named}` }], details: { entries: users.map((entry) => entry.id) } },
      );
    }
    await tx.removeVenue(venueId);
    return { change: { actor: actor.name, kind: 'venue', entryId: null, before: venue, after: null, meta: { venueId } }, result: undefined };
  });
  return { revision };
}
