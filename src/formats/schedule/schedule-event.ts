/**
 * One programme entry as a schedule event: its ids, room, times and texts.
 */
import { allSponsors, entryLabel, type Entry, type Programme } from '../../model/programme.ts';
import { slugify } from '../../model/slug.ts';
import { entryUrl, type ExportContext } from '../export-context.ts';
import { entryGuid } from './entry-guid.ts';
import { noteTexts, paragraphs, partBlock } from './entry-text.ts';
import { EXPORT_WORDS } from './export-words.ts';
import type { ScheduleEvent, SchedulePerson } from './schedule.ts';
import { dateTimeText, elapsedMinutes, formatDuration, type TimedSlot } from './timed-slot.ts';

/** Every entry is held in English until the model records a language per entry. */
const PROGRAMME_LANGUAGE = 'en';

/** The numbers handed out for a whole programme, so that every event draws from the same ones. */
export interface ScheduleNumbers {
  events: ReadonlyMap<string, number>;
  persons: ReadonlyMap<string, number>;
}

/** The room an entry is held in: its venue, or "Plenary" when it names none. */
function roomOf(entry: Entry): string {
  const venue = entry.venue?.trim() ?? '';
  return venue === '' ? EXPORT_WORDS.unnamedVenue : venue;
}

/** The event of a timed entry, numbered from the programme-wide `numbers`. */
export function scheduleEvent(programme: Programme, context: ExportContext, slot: TimedSlot, numbers: ScheduleNumbers): ScheduleEvent {
  const { entry } = slot;
  const zone = programme.conference.timeZone;
  const id = numberFor(numbers.events, entry.id);
  const title = eventTitle(entry);
  return {
    entryId: entry.id,
    id,
    guid: entryGuid(context.slug, entry.id),
    slug: [context.slug, String(id), slugify(title)].filter((part) => part !== '').join('-'),
    room: roomOf(entry),
    date: slot.date,
    startsAt: dateTimeText(slot.date, slot.start, zone),
    start: slot.start,
    duration: formatDuration(elapsedMinutes(slot, zone)),
    title,
    subtitle: eventSubtitle(entry),
    kind: entry.kind,
    language: PROGRAMME_LANGUAGE,
    abstract: entry.description ?? '',
    description: paragraphs([...entry.parts.map(partBlock), ...noteTexts(programme, entry)]),
    persons: allSponsors(entry).map((name): SchedulePerson => ({ id: numberFor(numbers.persons, name), name })),
    url: entryUrl(context, entry.id),
  };
}

/** A plenary keeps its own title (the item goes in the subtitle); others read as the programme labels them. */
function eventTitle(entry: Entry): string {
  return entry.kind === 'plenary' && entry.agendaItem !== null ? entry.title : entryLabel(entry);
}

/** "Item 2 (b)", "Item 2 (b) (continued)", "(continued)" or "". */
function eventSubtitle(entry: Entry): string {
  const item = entry.kind === 'plenary' && entry.agendaItem !== null ? EXPORT_WORDS.agendaItem(entry.agendaItem) : null;
  return [item, entry.continued ? EXPORT_WORDS.continued : null].filter((part) => part !== null).join(' ');
}

function numberFor(numbers: ReadonlyMap<string, number>, key: string): number {
  const number = numbers.get(key);
  if (number === undefined) throw new Error(`no schedule number was handed out for "${key}"`);
  return number;
}
