/**
 * The cells of a printed row, from an entry: the printed-programme format's own wording
 * ("Item 2 (b). Title", "Sponsor / Sponsor: Title *", "SPLIT PANEL:" with its parts) with the
 * italics the print has: "(continued)" and descriptions.
 */
import { markerSuffix } from '../../document/footnote-markers.ts';
import { plenaryTitle } from '../../document/programme-cells.ts';
import { cellText } from '../../document/source-lines.ts';
import { SPLIT_PANEL_HEADING, writePartHead } from '../../document/split-panel.ts';
import { writeSponsoredTitle } from '../../document/sponsored-title.ts';
import type { Entry } from '../../model/programme.ts';
import type { PrintCell, PrintParagraph, PrintRun } from './printed-programme.ts';
import { PRINT_WORDS } from './print-words.ts';

const roman = (text: string): PrintRun => ({ text, italic: false });
const italic = (text: string): PrintRun => ({ text, italic: true });

/** "Item 2 (b). Title", then " (continued)" in italics when the item is carried on. */
export function plenaryCell(entry: Entry | null): PrintCell {
  return entry === null ? [] : [withContinued(plenaryTitle(entry), entry.continued)];
}

/** The meeting's name, then " (continued)" in italics when it is carried on. */
export function parallelCell(entry: Entry | null): PrintCell {
  return entry === null ? [] : [withContinued(cellText(entry.title), entry.continued)];
}

/**
 * "Sponsor / Sponsor: Title *"; a split panel prints "SPLIT PANEL:" and then each part on a line
 * of its own, the markers after the last part.
 */
export function sideEventCell(entry: Entry, markers: Map<string, string>): PrintCell {
  const suffix = markerSuffix(entry.notes, markers);
  if (entry.parts.length === 0) return [[roman(`${writeSponsoredTitle(entry.sponsors, entry.title)}${suffix}`)]];
  const parts = entry.parts.map((part, index) => [roman(`${writePartHead(part)}${index === entry.parts.length - 1 ? suffix : ''}`)]);
  return [[roman(SPLIT_PANEL_HEADING)], ...parts];
}

/** The description in italics; a split panel's as one paragraph per part, led by the part's letter. */
export function descriptionCell(entry: Entry): PrintCell {
  if (entry.parts.length === 0) {
    const text = entry.description === null ? '' : cellText(entry.description);
    return text === '' ? [] : [[italic(text)]];
  }
  const paragraphs: PrintParagraph[] = [];
  for (const part of entry.parts) {
    const text = part.description === null ? '' : cellText(part.description);
    if (text !== '') paragraphs.push([roman(`${part.label.toUpperCase()}) `), italic(text)]);
  }
  return paragraphs;
}

function withContinued(text: string, continued: boolean): PrintParagraph {
  return continued ? [roman(`${text} `), italic(PRINT_WORDS.continued)] : [roman(text)];
}
