/**
 * The description cell: one italic run, or one per split-panel part, in order.
 */
import type { Part } from '../model/programme.ts';
import { italic, italicRuns, withoutItalics } from './italics.ts';
import { readFailed, readOk, type Reading } from './reading.ts';
import { cellText } from './source-lines.ts';

/** The description's text without its italics, or null for an empty cell. */
export function readDescription(cell: string): string | null {
  const text = withoutItalics(cell);
  return text === '' ? null : text;
}

/**
 * One description per part from the cell's italic runs; an empty cell gives none to any part.
 *
 * Examples: "<i>One.</i> <i>Two.</i>" for parts A and B → ["One.", "Two."].
 */
export function readPartDescriptions(cell: string, labels: string[]): Reading<(string | null)[]> {
  if (withoutItalics(cell) === '') return readOk(labels.map(() => null));
  const runs = italicRuns(cell);
  if (runs.length !== labels.length) {
    return readFailed(
      `the split panel has ${labels.length} parts (${labels.join(', ')}) but its description cell has ${runs.length} italic ${runs.length === 1 ? 'run' : 'runs'}; give one <i>…</i> per part, in order`,
    );
  }
  return readOk(runs.map((run) => (run === '' ? null : run)));
}

export function writeDescription(description: string | null): string {
  const text = description === null ? '' : cellText(description);
  return text === '' ? '' : italic(text);
}

/** One italic run per part, an empty one for a part without a description; empty when no part has one. */
export function writePartDescriptions(parts: Part[]): string {
  const texts = parts.map((part) => (part.description === null ? '' : cellText(part.description)));
  return texts.every((text) => text === '') ? '' : texts.map(italic).join(' ');
}
