/**
 * "Sponsor / Sponsor: Title": who holds a side event, and what it is called.
 */
import { readFailed, readOk, type Reading } from './reading.ts';
import { cellText } from './source-lines.ts';

export interface SponsoredTitle {
  sponsors: string[];
  title: string;
}

const END_OF_SPONSORS = /:(?:\s|$)/;

/**
 * Splits the sponsors from the title at the first ": "; the title keeps any later colons.
 * Sponsors are separated by "/" with or without spaces. Text without ": " is a title alone.
 *
 * Examples: "Mexico / ACUNS: Arms: Three components" → ["Mexico", "ACUNS"], "Arms: Three components".
 */
export function readSponsoredTitle(text: string): Reading<SponsoredTitle> {
  const at = text.search(END_OF_SPONSORS);
  if (at < 0) return readOk({ sponsors: [], title: text.trim() });
  const sponsors = text
    .slice(0, at)
    .split('/')
    .map((sponsor) => sponsor.trim())
    .filter((sponsor) => sponsor !== '');
  const title = text.slice(at + 1).trim();
  if (title === '') return readFailed(`"${text}" names its sponsors but no title; write it like "Sponsor / Sponsor: Title"`);
  return readOk({ sponsors, title });
}

/** "Sponsor / Sponsor: Title", or the title alone when there are no sponsors. */
export function writeSponsoredTitle(sponsors: string[], title: string): string {
  const names = sponsors.map(cellText).filter((sponsor) => sponsor !== '');
  return names.length === 0 ? cellText(title) : `${names.join(' / ')}: ${cellText(title)}`;
}
