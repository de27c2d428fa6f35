/**
 * A document Agora cannot read is refused whole, with every problem named by its line and
 * said in words a secretariat clerk can act on.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LAGOONS, lineOf, POLAR_SHIPPING, problemAt, readDocumentFixture, refused, withChange, withLine } from './support/documents.ts';

const lagoons = (): string => readDocumentFixture(LAGOONS);

describe('refusing a document', () => {
  test('an unknown time form is refused with its line and how to write it', () => {
    const { text, line } = withChange(lagoons(), '3–6 p.m.', '3 to 6 pm');
    const problem = problemAt(refused(text), line);
    assert.equal(
      problem.message,
      '"3 to 6 pm" is not a time range Agora knows; write it like "3 - 6 p.m." or "10 a.m. - 1 p.m."',
    );
  });

  test('a weekday that disagrees with its date is refused with its line', () => {
    const { text, line } = withChange(lagoons(), 'FRIDAY, 31 OCTOBER', 'SATURDAY, 31 OCTOBER');
    const problem = problemAt(refused(text), line);
    assert.match(problem.message, /31 October 2031 is a Friday, not a Saturday/);
  });

  test('a side event without a venue is refused with its line', () => {
    const { text, line } = withChange(lagoons(), '\tKOE12\t', '\t\t');
    assert.match(problemAt(refused(text), line).message, /has no venue; write its room/);
  });

  test('a footnote marker without a footnote line on its page is refused with the row\'s line', () => {
    const { text } = withLine(lagoons(), '*** Registration at the door is required.', '');
    const row = lineOf(text, 'Island lagoons');
    const problems = refused(text);
    assert.match(problemAt(problems, row).message, /the marker \*\*\* has no footnote line/);
    assert.equal(problems.length, 1);
  });

  test('a marker is read against its own page: a footnote on another page does not count', () => {
    const text = lagoons().replace('Sediment cores *', 'Sediment cores **');
    assert.match(problemAt(refused(text), lineOf(text, 'Sediment cores')).message, /the marker \*\* has no footnote line/);
  });

  test('a row with the wrong number of cells is refused saying how many were found and expected', () => {
    const programmeRow = withChange(lagoons(), 'Item 4. Financial and budgetary matters\t', 'Item 4. Financial and budgetary matters');
    assert.match(problemAt(refused(programmeRow.text), programmeRow.line).message, /this row has 2 cells but a row of the PROGRAMME table has 3 \(time, plenary, parallel meeting\)/);
    const sideEventRow = withChange(lagoons(), '\tKOE12\t', '\tKOE12\t\t');
    assert.match(problemAt(refused(sideEventRow.text), sideEventRow.line).message, /this row has 5 cells but a row of the SIDE EVENTS table has 4/);
    const lostTabs = withLine(lagoons(), '11 a.m. - 12 p.m.', '11 a.m. - 12 p.m. KOE12 Chile: Salmon farms and coastal water quality');
    assert.match(problemAt(refused(lostTabs.text), lostTabs.line).message, /this row has 1 cell but a row of the SIDE EVENTS table has 4/);
  });

  test('a split panel whose description cell has another number of italic runs than parts is refused with its line', () => {
    const { text, line } = withChange(lagoons(), ' <i>Replanting creeks with communities.</i>', '');
    assert.match(
      problemAt(refused(text), line).message,
      /the split panel has 3 parts \(A, B, C\) but its description cell has 2 italic runs; give one <i>…<\/i> per part/,
    );
  });

  test('a split panel with one part is refused with its line', () => {
    const { text, line } = withChange(lagoons(), ' b) Egypt / Delta Institute: Nile delta wetlands', '');
    assert.match(problemAt(refused(text), line).message, /has only one part; a split panel has two or more/);
  });

  test('a table row before any day row is refused with its line', () => {
    const { text, line } = withLine(lagoons(), 'THURSDAY, 30 OCTOBER\t\t', '9 - 10 a.m.\tItem 0. Welcome\t');
    const problems = refused(text);
    assert.match(problemAt(problems, line).message, /comes before any day row of the PROGRAMME table/);
    assert.equal(problems.length, 1, 'the rows under the missing day are not refused again');
  });

  test('an empty time cell with no row above it on its day is refused with its line', () => {
    const { text, line } = withChange(lagoons(), '11 a.m. - 12 p.m.\t', '\t');
    assert.match(problemAt(refused(text), line).message, /the time cell is empty but no row above it on this day has a time/);
  });

  test('an unknown heading where a table was expected is refused with its line', () => {
    const { text, line } = withLine(lagoons(), 'SIDE EVENTS', 'SIDE-EVENTS');
    const problems = refused(text);
    assert.match(problemAt(problems, line).message, /"SIDE-EVENTS" is neither a heading Agora knows \("PROGRAMME", "SIDE EVENTS"\) nor a table row/);
    assert.match(problemAt(problems, line + 2).message, /the header row of the SIDE EVENTS table, but the heading "SIDE EVENTS" is missing/);
  });

  test('a heading without its header row is refused with the line found instead', () => {
    const { text } = withLine(lagoons(), '<i>Time</i>\t<i>Plenary</i>', '');
    const day = lineOf(text, 'THURSDAY, 30 OCTOBER');
    assert.match(problemAt(refused(text), day).message, /the PROGRAMME heading must be followed by its header row/);
  });

  test('an agenda item Agora cannot read is refused with its line', () => {
    const { text, line } = withChange(lagoons(), 'Item 4. Financial', 'Item 4b. Financial');
    assert.match(problemAt(refused(text), line).message, /is not an agenda item Agora can read; write it like "Item 2 \(b\). Title"/);
  });

  test('a cover without a dates line is refused at the heading that ends it', () => {
    const { text } = withLine(readDocumentFixture(POLAR_SHIPPING), '30 December 2031 - 2 January 2032, Lisbon', '');
    const heading = lineOf(text, 'PROGRAMME');
    assert.match(problemAt(refused(text), heading).message, /the cover above has no dates line/);
  });

  test('a text without tables is refused', () => {
    const problems = refused('Minutes of a meeting\nNothing was decided.\n');
    assert.match(problems[0]?.message ?? '', /no "PROGRAMME" or "SIDE EVENTS" heading/);
  });

  test('an unknown time zone in the options is refused, naming the option', () => {
    const problems = refused(lagoons(), { timeZone: 'Europe/Atlantis' });
    assert.deepEqual(problems.map((problem) => problem.where), ['timeZone']);
  });

  test('every problem is reported at once, each with its own line, and no programme is given', () => {
    const time = withChange(lagoons(), '1.15 - 2.45 p.m.', '1.15 till 2.45');
    const weekday = withChange(time.text, 'MONDAY, 3 NOVEMBER\t\t\t', 'TUESDAY, 3 NOVEMBER\t\t\t');
    const venue = withChange(weekday.text, '\tKOE12\t', '\t\t');
    const problems = refused(venue.text);
    assert.deepEqual(
      problems.map((problem) => problem.where),
      [`line ${time.line}`, `line ${venue.line}`, `line ${weekday.line}`],
    );
  });
});
