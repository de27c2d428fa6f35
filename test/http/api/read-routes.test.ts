import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { StoredEntry } from '../../../src/model/programme.ts';
import { fieldsNamed, json, refusal, startApiServer, type ApiTestServer } from './api-test-kit.ts';

let server: ApiTestServer;
before(async () => {
  server = await startApiServer();
});
after(() => server.close());

async function entryIds(query: string): Promise<string[]> {
  const response = await server.request({ method: 'GET', url: `/api/entries${query}` });
  assert.equal(response.statusCode, 200, response.body);
  return json<{ entries: StoredEntry[] }>(response).entries.map((entry) => entry.id);
}

describe('reading the programme through the API', () => {
  test('GET /api/conference answers the conference with its slug and revision, no token needed', async () => {
    const response = await server.request({ method: 'GET', url: '/api/conference' });
    assert.equal(response.statusCode, 200);
    const body = json(response);
    assert.equal(body.slug, 'cws3');
    assert.equal(body.revision, 1);
    assert.equal(body.city, 'Lisbon');
    assert.equal(body.timeZone, 'Europe/Lisbon');
    assert.equal(body.startDate, '2031-05-12');
  });

  test('GET /api/venues and /api/notes answer them in programme order', async () => {
    const venues = json<{ venues: { name: string; capacity: number }[] }>(await server.request({ method: 'GET', url: '/api/venues' })).venues;
    assert.deepEqual(
      venues.map((venue) => [venue.name, venue.capacity]),
      [
        ['R1', 80],
        ['R2', 40],
      ],
    );
    const notes = json<{ notes: { id: string; text: string }[] }>(await server.request({ method: 'GET', url: '/api/notes' })).notes;
    assert.deepEqual(notes, [{ id: 'lunch-before', text: 'A light lunch is served before the event.' }]);
  });

  test('GET /api/entries answers every entry in programme order, each with its revision', async () => {
    const response = await server.request({ method: 'GET', url: '/api/entries' });
    const body = json<{ revision: number; entries: StoredEntry[] }>(response);
    assert.equal(body.revision, 1);
    assert.deepEqual(
      body.entries.map((entry) => entry.id),
      ['opening', 'agenda', 'wg-data', 'salt-marsh', 'eel-routes', 'dune-law', 'mangroves', 'split-panel'],
    );
    assert.ok(body.entries.every((entry) => entry.revision === 1));
    const saltMarsh = body.entries.find((entry) => entry.id === 'salt-marsh');
    assert.deepEqual(saltMarsh?.sponsors, ['Portugal', 'Tidal Trust']);
    assert.deepEqual(saltMarsh?.notes, ['lunch-before']);
  });

  test('the day, venue, sponsor, kind and status filters each narrow the entries', async () => {
    assert.deepEqual(await entryIds('?day=2031-05-13'), ['dune-law', 'mangroves', 'split-panel']);
    assert.deepEqual(await entryIds('?venue=r1'), ['salt-marsh', 'eel-routes', 'split-panel']);
    assert.deepEqual(await entryIds('?sponsor=morocco'), ['eel-routes']);
    assert.deepEqual(await entryIds('?sponsor=Chile'), ['split-panel'], "a part's sponsor counts");
    assert.deepEqual(await entryIds('?kind=plenary'), ['opening', 'agenda']);
    assert.deepEqual(await entryIds('?status=cancelled'), []);
    assert.deepEqual(await entryIds('?day=2031-05-12&kind=side-event&venue=R1'), ['salt-marsh', 'eel-routes']);
  });

  test('q finds words in title, sponsors, description and parts, whatever their case and accents', async () => {
    assert.deepEqual(await entryIds('?q=cote%20d%E2%80%99ivoire'), ['mangroves'], 'a sponsor, without its circumflex');
    assert.deepEqual(await entryIds('?q=RESTAURACAO%20estuarios'), ['mangroves'], 'words of the description, without accents, in capitals');
    assert.deepEqual(await entryIds(`?q=${encodeURIComponent('Côte')}`), ['mangroves'], 'with the accent typed');
    assert.deepEqual(await entryIds('?q=kelp'), ['split-panel'], "a part's title and description");
    assert.deepEqual(await entryIds('?q=carbon'), ['salt-marsh']);
    assert.deepEqual(await entryIds('?q=carbon%20eel'), [], 'every word must appear');
  });

  test('a bad filter value is refused with 400 naming each query field at fault', async () => {
    const body = refusal(await server.request({ method: 'GET', url: '/api/entries?day=2012-13-45&kind=keynote&status=gone' }), 400, 'AGORA_BAD_INPUT');
    assert.deepEqual(fieldsNamed(body).sort(), ['day', 'kind', 'status']);
    const day = body.problems?.find((problem) => problem.where === 'day');
    assert.match(day?.message ?? '', /^"2012-13-45" is not a date; write YYYY-MM-DD/);
    assert.match(body.problems?.find((problem) => problem.where === 'kind')?.message ?? '', /plenary, parallel, side-event/);
    assert.match(body.message, /day/);
  });

  test('an unknown query parameter or venue is refused by name rather than ignored', async () => {
    const typo = refusal(await server.request({ method: 'GET', url: '/api/entries?venu=R1' }), 400, 'AGORA_BAD_INPUT');
    assert.deepEqual(fieldsNamed(typo), ['venu']);
    assert.match(typo.problems?.[0]?.message ?? '', /venue/);
    const room = refusal(await server.request({ method: 'GET', url: '/api/entries?venue=Z9' }), 400, 'AGORA_BAD_INPUT');
    assert.deepEqual(fieldsNamed(room), ['venue']);
    assert.match(room.problems?.[0]?.message ?? '', /R1, R2/);
  });

  test('GET /api/entries/:id answers the entry with its revision as ETag, and 304 for a matching If-None-Match', async () => {
    const response = await server.request({ method: 'GET', url: '/api/entries/eel-routes' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers.etag, '"1"');
    const entry = json<StoredEntry>(response);
    assert.equal(entry.title, 'Eel migration routes');
    assert.equal(entry.revision, 1);
    const again = await server.request({ method: 'GET', url: '/api/entries/eel-routes', headers: { 'if-none-match': '"1"' } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    const stale = await server.request({ method: 'GET', url: '/api/entries/eel-routes', headers: { 'if-none-match': '"0"' } });
    assert.equal(stale.statusCode, 200);
  });

  test('lists carry the conference revision as ETag and answer 304 while it stands', async () => {
    for (const url of ['/api/conference', '/api/venues', '/api/notes', '/api/entries?kind=plenary']) {
      const first = await server.request({ method: 'GET', url });
      assert.equal(first.headers.etag, '"1"', url);
      const second = await server.request({ method: 'GET', url, headers: { 'if-none-match': '"1"' } });
      assert.equal(second.statusCode, 304, url);
    }
  });

  test('an unknown entry is a 404 that names it', async () => {
    const body = refusal(await server.request({ method: 'GET', url: '/api/entries/no-such-thing' }), 404, 'AGORA_NOT_FOUND');
    assert.match(body.message, /no-such-thing/);
  });

  test('reads at a standing revision are served from the programme cache, not read again from the database', async () => {
    await server.request({ method: 'GET', url: '/api/entries' });
    const store = server.temp.store;
    const reads: string[] = [];
    const { readProgramme, readEntry } = store;
    store.readProgramme = (id) => (reads.push('programme'), readProgramme.call(store, id));
    store.readEntry = (id, entryId) => (reads.push('entry'), readEntry.call(store, id, entryId));
    try {
      for (const url of ['/api/entries', '/api/entries/salt-marsh', '/api/venues', '/api/notes', '/api/conference', '/api/entries?q=kelp']) {
        assert.equal((await server.request({ method: 'GET', url })).statusCode, 200, url);
      }
    } finally {
      store.readProgramme = readProgramme;
      store.readEntry = readEntry;
    }
    assert.deepEqual(reads, []);
  });
});
