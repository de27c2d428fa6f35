/**
 * The side-event cell: "Sponsor / Sponsor: Title *", or a split panel.
 */
import type { Entry } from '../model/programme.ts';
import { markerSuffix, takeMarkers } from './footnote-markers.ts';
import { readFailed, readOk, type Reading } from './reading.ts';
import { isSplitPanel, readSplitPanel, writeSplitPanel, type PartHead } from './split-panel.ts';
import { readSponsoredTitle, writeSponsoredTitle } from './sponsored-title.ts';

/** The title a split panel carries as an entry; its parts carry their own titles. */
export const SPLIT_PANEL_TITLE = 'Split panel';

export interface SideEventCell {
  title: string;
  sponsors: string[];
  /** Empty unless the cell is a split panel. */
  parts: PartHead[];
  /** The footnote markers the cell ends with (a split panel's gathered from all its parts). */
  markers: string[];
}

/**
 * What a side-event cell says: sponsors, title, parts and footnote markers.
 *
 * Examples: "Mexico: Mexico's security strategy *" → sponsors ["Mexico"], markers ["*"].
 */
export function readSideEventCell(cell: string): Reading<SideEventCell> {
  if (isSplitPanel(cell)) {
    const parts = readSplitPanel(cell);
    if (!parts.ok) return parts;
    const markers = [...new Set(parts.value.flatMap((part) => part.markers))];
    return readOk({ title: SPLIT_PANEL_TITLE, sponsors: [], parts: parts.value, markers });
  }
  const { text, markers } = takeMarkers(cell);
  if (text === '') return readFailed(`"${cell}" has no title; write it like "Sponsor / Sponsor: Title"`);
  const reading = readSponsoredTitle(text);
  if (!reading.ok) return reading;
  return readOk({ ...reading.value, parts: [], markers });
}

/** The side-event cell of an entry, with the markers of its notes appended. */
export function writeSideEventCell(entry: Entry, markers: Map<string, string>): string {
  const suffix = markerSuffix(entry.notes, markers);
  if (entry.parts.length > 0) return writeSplitPanel(entry.parts, suffix);
  return `${writeSponsoredTitle(entry.sponsors, entry.title)}${suffix}`;
}
