import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { autumnProgramme } from '../support/autumn-programme.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

/** The page's text as a reader sees it: no style sheet, no tags, entities decoded, spaces collapsed. */
function readable(html: string): string {
  return html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '')
    .replace(/<(td|th|p|h\d|tr)\b/gi, ' <$1')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|[a-z]+);/gi, (whole, name: string) => ENTITIES[name] ?? whole)
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the print page', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ programme: autumnProgramme(), slug: 'tides3' });
  });
  after(() => server.close());

  const page = async (url = '/print') => {
    const response = await server.app.inject({ method: 'GET', url });
    assert.equal(response.statusCode, 200);
    return response.payload;
  };

  test('lays out the cover, both tables with their header rows, the footnotes and the notice', async () => {
    const html = await page();
    assert.match(html, /^<!doctype html>\n<html lang="en-GB" dir="ltr">/);
    const text = readable(html);
    const order = ['EAS', 'Estuaries Accord Secretariat', 'Programme', 'Third session of the Assembly', '25–26 October 2025, Lisbon', 'Where rivers meet the sea'];
    let from = 0;
    for (const part of [...order, 'PROGRAMME', 'Time Plenary Parallel meeting', 'SATURDAY, 25 OCTOBER', '10 a.m. - 1 p.m. Item 1 (a). Opening of the session']) {
      const at = text.indexOf(part, from);
      assert.ok(at >= 0, `${part} after ${text.slice(Math.max(0, from - 40), from)}`);
      from = at;
    }
    assert.ok(text.includes('Item 2 (b). Reports of the subsidiary bodies (continued)'));
    assert.ok(text.includes('SIDE EVENTS SIDE EVENTS Time Venue Side event Description'), 'a running heading repeats the table heading in print');
    assert.match(html, /<thead>[\s\S]*<th scope="col">Time<\/th>[\s\S]*<\/thead>/, 'the header row is a thead, which repeats on every printed page');
    assert.match(html, /<tfoot>[\s\S]*\* Coffee is served before the event\.[\s\S]*<\/tfoot>/, 'the footnotes are a tfoot, at the foot of every printed page');
    assert.match(html, /<th colspan="4" scope="rowgroup" class="day">SATURDAY, 25 OCTOBER<\/th>/);
    assert.match(html, /<i>\(continued\)<\/i>/);
    assert.match(html, /@media print/);
    assert.match(html, /@page \{ size: A4 portrait/);
  });

  test('escapes every text it prints', async () => {
    const html = await page();
    assert.ok(!html.includes('<live>') && !html.includes('<low water>'), 'no markup from the programme');
    assert.ok(html.includes('Tides &lt;live> &amp; &quot;salt&quot;'), 'the title is escaped');
    const text = readable(html);
    assert.ok(text.includes('Associação Rías & Marés / Portugal: Tides <live> & "salt" \'marsh\' — São Tomé, Açores * **'));
    assert.ok(text.includes('Field notes, 2024–2025: "high water" & <low water>; ½ of sites, naïve models.'));
  });

  test('leaves cancelled and untimed entries out', async () => {
    const text = readable(await page());
    assert.ok(!text.includes('Eel passage at weirs'));
    assert.ok(!text.includes('Reception (time to be announced)'));
  });

  test('without a base URL says where to ask for the live programme, and gives the revision', async () => {
    const text = readable(await page('/c/tides3/print'));
    assert.ok(text.includes('Live programme: ask the secretariat.'));
    assert.match(text, /Programme revision 1, printed \d{1,2} \w+ \d{4}, \d{2}:\d{2} (WEST|WET)\./);
  });
});
