import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readCoverDates, writeCoverDates } from '../../src/document/cover-dates.ts';

describe('the cover dates line', () => {
  test('is read with a hyphen or an en dash across days, months and years', () => {
    const cases: [string, string, string, string | null][] = [
      ['15–19 October 2012, Vienna', '2012-10-15', '2012-10-19', 'Vienna'],
      ['15-19 October 2012, Vienna', '2012-10-15', '2012-10-19', 'Vienna'],
      ['29 October – 2 November 2012, Geneva', '2012-10-29', '2012-11-02', 'Geneva'],
      ['29 October-2 November 2012, Geneva', '2012-10-29', '2012-11-02', 'Geneva'],
      ['30 December 2012 – 3 January 2013, Lisbon', '2012-12-30', '2013-01-03', 'Lisbon'],
      ['4 May 2030, Nairobi', '2030-05-04', '2030-05-04', 'Nairobi'],
      ['4–6 May 2030', '2030-05-04', '2030-05-06', null],
    ];
    for (const [text, startDate, endDate, city] of cases) {
      assert.deepEqual(readCoverDates(text), { ok: true, value: { startDate, endDate, city } }, text);
    }
  });

  test('is not found in other cover lines, and is refused when its month or date does not exist', () => {
    assert.equal(readCoverDates('Sixth session of the Conference of the Parties'), null);
    assert.equal(readCoverDates('Transnational'), null);
    assert.equal(readCoverDates('15–19 Octobre 2012, Vienna')?.ok, false);
    assert.equal(readCoverDates('30–31 February 2012, Vienna')?.ok, false);
    assert.equal(readCoverDates('19–15 October 2012, Vienna')?.ok, false);
  });

  test('is written with an en dash, repeating only the month or year that changes', () => {
    assert.equal(writeCoverDates('2012-10-15', '2012-10-19', 'Vienna'), '15–19 October 2012, Vienna');
    assert.equal(writeCoverDates('2012-10-29', '2012-11-02', 'Geneva'), '29 October – 2 November 2012, Geneva');
    assert.equal(writeCoverDates('2012-12-30', '2013-01-03', 'Lisbon'), '30 December 2012 – 3 January 2013, Lisbon');
    assert.equal(writeCoverDates('2030-05-04', '2030-05-04', null), '4 May 2030');
  });
});
