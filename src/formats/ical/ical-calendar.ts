/**
 * Programme → iCalendar (RFC 5545): the whole programme, one entry, or a delegate's selection,
 * for calendar subscriptions and "add to my calendar" links.
 */
import ical, { escape, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { AgoraError } from '../../errors.ts';
import { entryLabel, type Entry, type Programme } from '../../model/programme.ts';
import { entryUrl, type ExportContext } from '../export-context.ts';
import { timedSlot, type TimedSlot } from '../schedule/timed-slot.ts';
import { eventDescription } from './event-description.ts';
import { vtimezoneComponent, type YearSpan } from './vtimezone.ts';

const PRODUCT_ID = '//Agora//Conference programme//EN';

/**
 * The whole programme as an iCalendar feed.
 *
 * Times are written on the conference's clock with its zone as TZID, and a VTIMEZONE for that
 * zone travels with them. Cancelled entries stay in with STATUS:CANCELLED so that subscribed
 * calendars drop them; entries without a date, start and end are left out. When the programme
 * names no zone, times are floating (local) rather than pinned to an invented one.
 *
 * Examples:
 *
 * ```ts
 * exportIcalProgramme(programme, context); // "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…"
 * ```
 */
export function exportIcalProgramme(programme: Programme, context: ExportContext): string {
  return calendarText(programme, context, programme.entries);
}

/**
 * One entry as an iCalendar file, for an "add to calendar" link.
 *
 * Refused with AGORA_NOT_FOUND when the programme has no entry with that id.
 */
export function exportIcalEntry(programme: Programme, context: ExportContext, entryId: string): string {
  const entry = programme.entries.find((candidate) => candidate.id === entryId);
  if (entry === undefined) throw new AgoraError('AGORA_NOT_FOUND', `There is no entry "${entryId}" in this programme.`);
  return calendarText(programme, context, [entry]);
}

/**
 * The entries with the given ids (a delegate's own selection) as an iCalendar file, in programme order.
 *
 * Ids the programme no longer has are passed over, so that a selection saved before an entry was
 * removed still gives a calendar of the rest.
 */
export function exportIcalEntries(programme: Programme, context: ExportContext, entryIds: Iterable<string>): string {
  const wanted = new Set(entryIds);
  return calendarText(programme, context, programme.entries.filter((entry) => wanted.has(entry.id)));
}

function calendarText(programme: Programme, context: ExportContext, entries: readonly Entry[]): string {
  const zone = programme.conference.timeZone;
  const slots = entries.map(timedSlot).filter((slot): slot is TimedSlot => slot !== null);
  const title = programme.conference.title ?? programme.conference.session ?? context.slug;
  // ical-generator writes NAME and X-WR-CALNAME as given, so the text is escaped here.
  const calendar = ical({ prodId: PRODUCT_ID, name: escape(title, false) });
  if (zone !== null && slots.length > 0) {
    // A zone generator without a calendar-wide name: events carry TZID=zone and the VTIMEZONE is
    // written, while DTSTAMP stays in UTC as RFC 5545 requires (a calendar-wide zone would make
    // ical-generator write DTSTAMP on that zone's clock).
    const years = yearSpan(slots);
    calendar.timezone({ name: null, generator: (tzid) => vtimezoneComponent(tzid, years) });
    calendar.x('X-WR-TIMEZONE', zone);
  }
  for (const slot of slots) addEvent(calendar, programme, context, slot, zone);
  return calendar.toString();
}

function addEvent(calendar: ICalCalendar, programme: Programme, context: ExportContext, slot: TimedSlot, zone: string | null): void {
  const { entry } = slot;
  const description = eventDescription(programme, entry);
  calendar.createEvent({
    id: `${entry.id}@${context.slug}.agora`,
    sequence: context.sequences.get(entry.id) ?? 0,
    stamp: new Date(context.generatedAt),
    start: Temporal.PlainDateTime.from(`${slot.date}T${slot.start}`),
    end: Temporal.PlainDateTime.from(`${slot.date}T${slot.end}`),
    ...(zone === null ? { floating: true } : { timezone: zone }),
    summary: entryLabel(entry),
    description: description === '' ? null : description,
    location: entry.venue,
    url: entryUrl(context, entry.id),
    status: entry.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

function yearSpan(slots: readonly TimedSlot[]): YearSpan {
  const years = slots.map((slot) => Number(slot.date.slice(0, 4)));
  return { first: Math.min(...years), last: Math.max(...years) };
}
