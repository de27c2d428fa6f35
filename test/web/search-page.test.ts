import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.ts';
import { elementWithClass, visibleText } from './html.ts';
import { getPage, isHtml, startWebServer } from './web-server.ts';

/** The ids of the entries a results page links, in order. */
function foundIds(body: string): string[] {
  if (!body.includes('class="results"')) return [];
  const results = body.slice(body.indexOf('class="results"'));
  return [...results.matchAll(/<p class="entry-name">(?:<s>)?<a href="\/entries\/([^"]+)"/g)].map((match) => match[1] as string);
}

describe('searching and filtering the programme', () => {
  let server: TestServer;
  before(async () => {
    server = await startWebServer();
  });
  after(() => server.close());

  test('the bare page is a GET form with a label for every control, and lists nothing yet', async () => {
    const response = await getPage(server, '/search');
    assert.equal(response.statusCode, 200);
    assert.ok(isHtml(response));
    const form = elementWithClass(response.body, 'form', 'search-form');
    assert.match(form, /method="get" action="\/search"/);
    for (const name of ['q', 'day', 'venue', 'sponsor', 'kind']) {
      assert.match(form, new RegExp(`<label for="search-${name}">`), `a label for ${name}`);
      assert.match(form, new RegExp(`id="search-${name}"[^>]*name="${name}"|name="${name}"[^>]*id="search-${name}"`), `a control named ${name}`);
    }
    assert.deepEqual(foundIds(response.body), []);
  });

  test('finds "Dune" by "dune", whatever the capitals', async () => {
    for (const q of ['dune', 'DUNE', 'dune protection']) {
      const response = await getPage(server, `/search?q=${encodeURIComponent(q)}`);
      assert.equal(response.statusCode, 200);
      assert.deepEqual(foundIds(response.body), ['dune-law'], `q=${q}`);
    }
    assert.ok(visibleText((await getPage(server, '/search?q=dune')).body).includes('1 entry found'));
  });

  test('finds an accented sponsor written without accents, by words or by the sponsor filter', async () => {
    assert.deepEqual(foundIds((await getPage(server, '/search?q=sao+tome')).body), ['mangrove-law']);
    assert.deepEqual(foundIds((await getPage(server, `/search?sponsor=${encodeURIComponent('SAO TOME AND PRINCIPE')}`)).body), ['mangrove-law']);
    assert.deepEqual(foundIds((await getPage(server, `/search?q=${encodeURIComponent('côte')}`)).body), ['mangrove-law']);
  });

  test('searches descriptions and split-panel parts, and narrows by day, venue and kind', async () => {
    assert.deepEqual(foundIds((await getPage(server, '/search?q=estuaries')).body), ['general-b', 'salt-marsh']);
    assert.deepEqual(foundIds((await getPage(server, '/search?q=venice')).body), ['lagoon-panel']);
    assert.deepEqual(foundIds((await getPage(server, '/search?q=&day=2031-05-13&venue=R2')).body), ['dune-law', 'cancelled-walk']);
    assert.deepEqual(foundIds((await getPage(server, '/search?kind=parallel')).body), ['wg-data', 'wg-data-cont']);
  });

  test('a bad filter answers 400 with a message naming the field, and the page still renders', async () => {
    const cases: [string, string][] = [
      ['/search?day=2031-13-01', 'Day: “2031-13-01” is not a day of this conference'],
      ['/search?venue=Ballroom', 'Venue: there is no venue called “Ballroom”'],
      ['/search?kind=party', 'Kind: “party” is not a kind of entry'],
      ['/search?sponsor=Atlantis', 'Sponsor: no sponsor is called “Atlantis”'],
      [`/search?q=${'x'.repeat(201)}`, 'Words: please use at most 200 characters.'],
      ['/search?day=2031-05-12&day=2031-05-13', 'Day: give it once.'],
    ];
    for (const [url, message] of cases) {
      const response = await getPage(server, url);
      assert.equal(response.statusCode, 400, url);
      assert.ok(isHtml(response));
      assert.ok(visibleText(response.body).includes(message), `${url} says "${message}"`);
      assert.match(response.body, /<form class="search-form"/);
      assert.match(response.body, /aria-invalid="true"/);
    }
  });

  test('good filters still apply beside a bad one', async () => {
    const response = await getPage(server, '/search?q=dune&kind=party');
    assert.equal(response.statusCode, 400);
    assert.deepEqual(foundIds(response.body), ['dune-law']);
  });
});
