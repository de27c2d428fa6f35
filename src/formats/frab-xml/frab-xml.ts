/**
 * Programme → frab schedule XML (the `schedule.xml` that schedule apps, C3VOC and pretalx
 * tooling read), valid against `frab-schedule.xsd`.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { Programme } from '../../model/programme.ts';
import type { ExportContext } from '../export-context.ts';
import { buildSchedule } from '../schedule/build-schedule.ts';
import type { Schedule, ScheduleDay, ScheduleEvent } from '../schedule/schedule.ts';
import { xmlText } from './xml-text.ts';

/** An element as fast-xml-parser's builder reads it: `@_` keys are attributes, `#text` is text. */
type XmlNode = { [name: string]: string | number | XmlNode | XmlNode[] };

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true });

/**
 * The programme as frab schedule XML.
 *
 * Elements come in frab's own order and every text is escaped by the builder. frab has no status,
 * so cancelled entries are left out, as are entries without a date, start and end (see
 * {@link buildSchedule}). The XSD's `conference` admits no time zone or base URL, so neither is
 * written there: the UTC offset of every `date` and day `start`/`end` carries the zone instead.
 * The XSD wants at least one `day`, so a programme with no dates at all (neither the conference's
 * nor any entry's) gives a document that does not validate; there is nothing true to put there.
 *
 * Examples:
 *
 * ```ts
 * const xml = exportFrabXml(programme, context);
 * xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'); // true
 * ```
 */
export function exportFrabXml(programme: Programme, context: ExportContext): string {
  const schedule = buildSchedule(programme, context);
  const document: XmlNode = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    schedule: { version: xmlText(schedule.version), conference: conferenceNode(schedule), day: schedule.days.map(dayNode) },
  };
  return builder.build(document);
}

function conferenceNode(schedule: Schedule): XmlNode {
  const node: XmlNode = { acronym: xmlText(schedule.acronym), title: xmlText(schedule.title) };
  if (schedule.start !== null) node.start = schedule.start;
  if (schedule.end !== null) node.end = schedule.end;
  node.days = schedule.days.length;
  node.timeslot_duration = schedule.timeslotDuration;
  return node;
}

function dayNode(day: ScheduleDay): XmlNode {
  return {
    '@_index': day.index,
    '@_date': day.date,
    '@_start': day.startsAt,
    '@_end': day.endsAt,
    room: day.rooms.map((room) => ({ '@_name': xmlText(room.name), event: room.events.map(eventNode) })),
  };
}

function eventNode(event: ScheduleEvent): XmlNode {
  return {
    '@_id': event.id,
    '@_guid': event.guid,
    date: event.startsAt,
    start: event.start,
    duration: event.duration,
    room: xmlText(event.room),
    slug: event.slug,
    title: xmlText(event.title),
    subtitle: xmlText(event.subtitle),
    track: event.kind,
    type: event.kind,
    language: event.language,
    abstract: xmlText(event.abstract),
    description: xmlText(event.description),
    persons: { person: event.persons.map((person) => ({ '@_id': person.id, '#text': xmlText(person.name) })) },
    links: { link: event.url === null ? [] : [{ '@_href': event.url, '#text': xmlText(event.title) }] },
  };
}
