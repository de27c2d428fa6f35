/**
 * Split panels: "SPLIT PANEL: A) Sponsors: Title B) Sponsors: Title", one side event in
 * several panels. The colon after SPLIT PANEL and the case of the part letters vary.
 */
import type { Part } from '../model/programme.ts';
import { takeMarkers } from './footnote-markers.ts';
import { readFailed, readOk, type Reading } from './reading.ts';
import { readSponsoredTitle, writeSponsoredTitle } from './sponsored-title.ts';

const SPLIT_PANEL = /^SPLIT\s+PANEL\b\s*:?\s*/i;
const FIRST_LABEL = /^([A-Za-z])\)\s*/;
const HOW_TO_WRITE = 'write it like "SPLIT PANEL: A) Sponsor: Title B) Sponsor: Title"';

/** A part as the side-event cell gives it: everything but the description, plus its markers. */
export interface PartHead {
  label: string;
  sponsors: string[];
  title: string;
  markers: string[];
}

export function isSplitPanel(cell: string): boolean {
  return SPLIT_PANEL.test(cell);
}

/**
 * The parts of a split-panel cell, labels in upper case, in order.
 *
 * Part letters run A, B, C …; each part ends where the next letter's label begins.
 *
 * Examples: "SPLIT PANEL A) X / Y: One b) Z: Two" → A (X, Y: "One"), B (Z: "Two").
 */
export function readSplitPanel(cell: string): Reading<PartHead[]> {
  const rest = cell.replace(SPLIT_PANEL, '');
  const first = FIRST_LABEL.exec(rest);
  if (first === null) return readFailed(`"${cell}" does not begin its first part with a letter such as "A)"; ${HOW_TO_WRITE}`);
  const texts = partTexts(rest, (first[1] ?? 'A').toUpperCase());
  if (texts.length < 2) return readFailed(`"${cell}" has only one part; a split panel has two or more, ${HOW_TO_WRITE}`);
  const parts: PartHead[] = [];
  for (const { label, text } of texts) {
    const { text: withoutMarkers, markers } = takeMarkers(text);
    const reading = readSponsoredTitle(withoutMarkers);
    if (!reading.ok) return reading;
    if (reading.value.title === '') return readFailed(`part ${label}) of "${cell}" has no title; ${HOW_TO_WRITE}`);
    parts.push({ label, ...reading.value, markers });
  }
  return readOk(parts);
}

/** "SPLIT PANEL: A) Sponsors: Title B) Sponsors: Title", followed by `suffix` (footnote markers). */
export function writeSplitPanel(parts: Part[], suffix: string): string {
  return `${SPLIT_PANEL_HEADING} ${parts.map(writePartHead).join(' ')}${suffix}`;
}

/** How a split-panel cell begins. */
export const SPLIT_PANEL_HEADING = 'SPLIT PANEL:';

/** One part as the cell writes it: "A) Sponsor / Sponsor: Title". */
export function writePartHead(part: Part): string {
  return `${part.label.toUpperCase()}) ${writeSponsoredTitle(part.sponsors, part.title)}`;
}

/** The text of each part, found by looking for the next letter's label after the previous one. */
function partTexts(rest: string, firstLabel: string): { label: string; text: string }[] {
  const texts: { label: string; text: string }[] = [];
  let label = firstLabel;
  let remaining = rest.replace(FIRST_LABEL, '');
  for (;;) {
    const next = String.fromCharCode(label.charCodeAt(0) + 1);
    const boundary = next > 'Z' ? null : new RegExp(String.raw`\s${next}\)\s*`, 'i').exec(remaining);
    if (boundary === null) {
      texts.push({ label, text: remaining.trim() });
      return texts;
    }
    texts.push({ label, text: remaining.slice(0, boundary.index).trim() });
    remaining = remaining.slice(boundary.index + boundary[0].length);
    label = next;
  }
}
