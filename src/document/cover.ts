/**
 * The cover: organiser, body, session, dates and city, theme.
 *
 * The cover's line breaks are presentation; its blank lines separate groups. The first group
 * names the organiser (short name, then full name), the groups after it the body, then comes
 * the session with the dates line, then the theme. The word "Programme" is a marker, not data.
 */
import { emptyConference, type Conference } from '../model/programme.ts';
import { readCoverDates, writeCoverDates, type CoverDates } from './cover-dates.ts';
import type { LineProblems } from './line-problems.ts';
import { isBlank, isTableRow, type SourceLine } from './source-lines.ts';

const PROGRAMME_MARKER = 'programme';
const TITLE_JOIN = ' to the ';

/** The conference the cover describes (time zone and notice are not on it), and its dates. */
export interface CoverReading {
  conference: Conference;
  dates: CoverDates | null;
}

/**
 * Reads the cover lines (everything before the first table heading).
 *
 * `endLine` is the line that ends the cover, named when the cover has no dates line.
 */
export function readCover(lines: SourceLine[], endLine: number, problems: LineProblems): CoverReading {
  for (const line of lines) {
    if (isTableRow(line)) problems.error(line.number, 'this table row comes before the "PROGRAMME" or "SIDE EVENTS" heading; put it in its table');
  }
  const groups = coverGroups(lines);
  const anchor = findDatesLine(groups, problems);
  const conference = emptyConference();
  if (anchor === null) {
    problems.error(endLine, 'the cover above has no dates line such as "15–19 October 2012, Vienna"; Agora takes the year of every day from it');
    return { conference, dates: null };
  }
  const { group, index, dates } = anchor;
  const texts = groups.map((members) => members.map((line) => line.text));
  const before = texts.slice(0, group);
  const datesGroup = texts[group] ?? [];
  const organiser = before[0] ?? [];
  const body = before.slice(1).flat();
  const theme = [...datesGroup.slice(index + 1), ...texts.slice(group + 1).flat()];
  conference.organizerShort = organiser.length > 1 ? (organiser[0] ?? null) : null;
  conference.organizer = organiser.length > 1 ? joined(organiser.slice(1)) : joined(organiser);
  conference.title = titleOf(body);
  conference.session = joined(datesGroup.slice(0, index));
  conference.theme = joined(theme);
  conference.startDate = dates?.startDate ?? null;
  conference.endDate = dates?.endDate ?? null;
  conference.city = dates?.city ?? null;
  return { conference, dates };
}

/**
 * The cover lines for a conference; `dates` stands in for the conference's own dates when it has none.
 */
export function writeCover(conference: Conference, dates: { startDate: string; endDate: string } | null): string[] {
  const datesLine = coverDatesLine(conference, dates);
  const lines = ['', '', '', ''];
  const organiser = present([conference.organizerShort, conference.organizer]);
  if (organiser.length > 0) lines.push(...organiser, '', '', '');
  const body = coverBodyLines(conference.title);
  if (body.length > 0) lines.push(...body, '');
  lines.push('Programme', '');
  const session = present([conference.session, datesLine]);
  if (session.length > 0) lines.push(...session, '');
  if (conference.theme !== null && conference.theme.trim() !== '') lines.push(conference.theme, '');
  return lines;
}

interface CoverLine {
  number: number;
  text: string;
}

/** The cover's text lines in groups: blank lines and the "Programme" marker separate them. */
function coverGroups(lines: SourceLine[]): CoverLine[][] {
  const groups: CoverLine[][] = [];
  let group: CoverLine[] = [];
  for (const line of lines) {
    const text = line.text.replace(/\s+/g, ' ').trim();
    if (isBlank(line) || text.toLowerCase() === PROGRAMME_MARKER) {
      if (group.length > 0) groups.push(group);
      group = [];
    } else {
      group.push({ number: line.number, text });
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

interface DatesAnchor {
  group: number;
  index: number;
  dates: CoverDates | null;
}

function findDatesLine(groups: CoverLine[][], problems: LineProblems): DatesAnchor | null {
  for (const [group, lines] of groups.entries()) {
    for (const [index, line] of lines.entries()) {
      const reading = readCoverDates(line.text);
      if (reading === null) continue;
      if (reading.ok) return { group, index, dates: reading.value };
      problems.error(line.number, reading.message);
      return { group, index, dates: null };
    }
  }
  return null;
}

function titleOf(body: string[]): string | null {
  const [first, ...rest] = body;
  if (first === undefined) return null;
  return rest.length === 0 ? first : `${first}${TITLE_JOIN}${rest.join(' ')}`;
}

/**
 * The cover's dates line ("15–19 October 2012, Vienna"), or null without dates; `dates` stands in
 * for the conference's own dates when it has none.
 */
export function coverDatesLine(conference: Conference, dates: { startDate: string; endDate: string } | null): string | null {
  const startDate = conference.startDate ?? dates?.startDate ?? null;
  const endDate = conference.endDate ?? dates?.endDate ?? startDate;
  return startDate === null || endDate === null ? null : writeCoverDates(startDate, endDate, conference.city);
}

/** The body's lines on the cover: "Conference of the Parties", then what it is a conference to. */
export function coverBodyLines(title: string | null): string[] {
  if (title === null || title.trim() === '') return [];
  const at = title.indexOf(TITLE_JOIN);
  return at < 0 ? [title] : [title.slice(0, at), title.slice(at + TITLE_JOIN.length)];
}

function joined(lines: string[]): string | null {
  return lines.length === 0 ? null : lines.join(' ');
}

function present(values: (string | null)[]): string[] {
  return values.filter((value): value is string => value !== null && value.trim() !== '');
}
