import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.ts';
import { elementWithClass, tableRows, visibleText } from './html.ts';
import { getPage, isHtml, startWebServer } from './web-server.ts';

describe('a day page, laid out as the printed programme', () => {
  let server: TestServer;
  before(async () => {
    server = await startWebServer();
  });
  after(() => server.close());

  test('lists plenary and parallel meetings by slot: the time once per slot, rows in programme order', async () => {
    const response = await getPage(server, '/days/2031-05-12');
    assert.equal(response.statusCode, 200);
    assert.ok(isHtml(response));
    const rows = tableRows(elementWithClass(response.body, 'table', 'meetings'));
    assert.deepEqual(rows, [
      ['Time', 'Plenary', 'Parallel meeting'],
      ['10:00–13:00', 'Item 1 (a). Opening of the session', ''],
      ['Item 1 (b). Adoption of the agenda', ''],
      ['15:00–18:00', 'Item 2. General discussion', 'Working Group on Shared Data'],
      ['Item 2 (b). Shared estuaries', ''],
    ]);
    assert.match(response.body, /<th scope="rowgroup" rowspan="2" class="time">10:00–13:00<\/th>/);
  });

  test('marks an item and a meeting carried on from an earlier slot "(continued)" in italics', async () => {
    const { body } = await getPage(server, '/days/2031-05-13');
    const rows = tableRows(elementWithClass(body, 'table', 'meetings'));
    assert.deepEqual(rows[1], ['10:00–13:00', 'Item 2. General discussion (continued)', 'Working Group on Shared Data (continued)']);
    assert.equal(body.match(/<i class="continued">\(continued\)<\/i>/g)?.length, 2);
  });

  test('lists side events by time with venue, "sponsors: title" and the description in italics', async () => {
    const { body } = await getPage(server, '/days/2031-05-12');
    const rows = tableRows(elementWithClass(body, 'table', 'side-events'));
    assert.deepEqual(rows.slice(0, 3), [
      ['Time', 'Venue', 'Side event', 'Description'],
      ['13:00–14:00', 'R1', 'Portugal / Tidal Trust: Salt marshes as carbon stores *', 'Field results from three estuaries.'],
      ['14:00–15:00', 'R1', 'Morocco: Eel migration routes', 'Tracking data shared across borders.'],
    ]);
    assert.match(body, /<p class="description">Field results from three estuaries\.<\/p>/);
  });

  test('gives notes footnote markers in the order a reader meets them, with the notes below the table', async () => {
    const first = await getPage(server, '/days/2031-05-12');
    assert.match(first.body, /<a href="#note-lunch-before" aria-label="Note \*">\*<\/a>/);
    assert.match(visibleText(first.body), /\* A light lunch is served before the event\./);
    const second = await getPage(server, '/days/2031-05-13');
    assert.match(second.body, /<a href="#note-tea-after" aria-label="Note \*\*">\*\*<\/a>/);
    assert.match(second.body, /<li id="note-tea-after"><span class="note-marker">\*\*<\/span> Tea is served after the event\.<\/li>/);
    assert.doesNotMatch(visibleText(second.body), /light lunch/, 'a day lists only the notes its entries use');
  });

  test('shows a split panel as its parts, each "A) sponsors: title", with their descriptions', async () => {
    const { body } = await getPage(server, '/days/2031-05-13');
    const rows = tableRows(elementWithClass(body, 'table', 'side-events'));
    const panel = rows.find((row) => row.some((cell) => cell.startsWith('Split panel')));
    assert.ok(panel, 'the split panel is listed');
    assert.deepEqual(panel, [
      '14:00–15:00',
      'R1',
      'Split panel ** A) Tunisia / Lagoon Network: Lagoon fisheries B) Italy: Venice tides',
      'A) How fishers share a lagoon. B) Barriers and their costs.',
    ]);
  });

  test('shows a cancelled side event struck through and labelled "Cancelled", not hidden', async () => {
    const { body } = await getPage(server, '/days/2031-05-13');
    assert.match(body, /<s><a href="\/entries\/cancelled-walk">Guided walk on the marsh<\/a><\/s> <strong class="badge badge-cancelled">Cancelled<\/strong>/);
    const rows = tableRows(elementWithClass(body, 'table', 'side-events'));
    assert.deepEqual(rows.at(-1), ['R2', 'Tidal Trust: Guided walk on the marsh Cancelled', 'A walk at low tide.'], 'a second event of a slot has no time cell of its own');
  });

  test('links the previous and next days', async () => {
    const first = await getPage(server, '/days/2031-05-12');
    assert.match(first.body, /<a rel="next" href="\/days\/2031-05-13">Next day: Tuesday 13 May<\/a>/);
    assert.doesNotMatch(first.body, /rel="prev"/);
    const second = await getPage(server, '/days/2031-05-13');
    assert.match(second.body, /<a rel="prev" href="\/days\/2031-05-12">Previous day: Monday 12 May<\/a>/);
  });

  test('a day outside the programme answers 404 in the same layout', async () => {
    for (const date of ['2031-05-14', 'not-a-date']) {
      const response = await getPage(server, `/days/${date}`);
      assert.equal(response.statusCode, 404);
      assert.ok(isHtml(response));
      assert.match(response.body, /<nav class="site-nav"/);
      assert.ok(visibleText(response.body).includes(`There is no day “${date}” in this programme.`));
    }
  });
});
