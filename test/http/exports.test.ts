import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { moveEntry } from '../../src/app/entry-commands.ts';
import { skipWithoutShared } from '../support/shared-fixture.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { FRAB_XSD_PATH, skipWithoutXmllint, validateAgainstXsd } from '../support/xmllint.ts';
import { testActor } from '../support/test-actor.ts';

describe('exports over HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

  test('every export answers with its content type, an ETag and (for schedule apps) CORS', async () => {
    const expected: [string, RegExp, boolean][] = [
      ['/programme.json', /^application\/json/, true],
      ['/schedule.xml', /^application\/xml/, true],
      ['/schedule.json', /^application\/json/, true],
      ['/programme.ics', /^text\/calendar/, true],
      ['/programme.csv', /^text\/csv/, false],
      ['/programme.txt', /^text\/plain/, false],
    ];
    for (const [path, type, cors] of expected) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type') ?? '', type, path);
      assert.match(response.headers.get('etag') ?? '', /^"\d+-/, path);
      assert.equal(response.headers.get('access-control-allow-origin'), cors ? '*' : null, path);
      assert.ok((await response.text()).length > 100, path);
    }
  });

  test('the frab schedule XML served validates against the frab XSD', { skip: skipWithoutXmllint() || skipWithoutShared(FRAB_XSD_PATH) }, async () => {
    const xml = await (await get('/schedule.xml')).text();
    const verdict = validateAgainstXsd(xml, FRAB_XSD_PATH);
    assert.ok(verdict.valid, verdict.output);
    assert.match(xml, /<room name="Plenary"/);
  });

  test('the C3VOC schedule JSON has the fields schedule apps require on every event', async () => {
    const json = (await (await get('/schedule.json')).json()) as { schedule: { conference: { days: { rooms: Record<string, Record<string, unknown>[]> }[] } } };
    const events = json.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
    assert.equal(events.length, 6);
    for (const event of events) {
      for (const field of ['id', 'guid', 'date', 'start', 'duration', 'room', 'title', 'type', 'persons']) assert.ok(field in event, `${field} in ${JSON.stringify(event)}`);
    }
  });

  test('a matching If-None-Match gets 304 with no body; a change gives a new ETag and new content', async () => {
    const first = await get('/programme.ics');
    const etag = first.headers.get('etag') ?? '';
    await first.arrayBuffer();
    const again = await get('/programme.ics', { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    await moveEntry(server.temp.store, server.record, 'eel-routes', { venue: 'R2' }, { actor: testActor('test') });
    await server.bus.poke();
    const changed = await get('/programme.ics', { 'if-none-match': etag });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    const calendar = new ICAL.Component(ICAL.parse(await changed.text()));
    const eel = calendar.getAllSubcomponents('vevent').find((event) => event.getFirstPropertyValue('uid') === 'eel-routes@cws3.agora');
    assert.ok(eel);
    assert.equal(eel.getFirstPropertyValue('location'), 'R2');
    assert.equal(eel.getFirstPropertyValue('sequence'), 1, 'SEQUENCE rose with the change');
    assert.ok(calendar.getFirstSubcomponent('vtimezone'), 'the calendar carries its VTIMEZONE');
  });

  test('one entry as iCal, and an unknown entry is 404', async () => {
    const response = await get('/entries/dune-law.ics');
    assert.equal(response.status, 200);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    assert.equal(calendar.getAllSubcomponents('vevent').length, 1);
    assert.equal((await get('/entries/nothing-here.ics')).status, 404);
  });

  test('the same exports live under /c/<slug>/ for each conference, and an unknown slug is 404', async () => {
    const scoped = await get('/c/cws3/programme.json');
    assert.equal(scoped.status, 200);
    assert.equal(((await scoped.json()) as { conference: { city: string } }).conference.city, 'Lisbon');
    assert.equal((await get('/c/nowhere/programme.json')).status, 404);
  });
});
