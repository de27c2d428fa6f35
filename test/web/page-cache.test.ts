import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cancelEntry, moveEntry } from '../../src/app/entry-commands.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { elementWithClass, tableRows, visibleText } from './html.ts';
import { webProgramme } from './web-programme.ts';
import { getPage, startWebServer } from './web-server.ts';
import { testActor } from '../support/test-actor.ts';

describe('pages are rendered once per revision and follow every change', () => {
  let server: TestServer;
  before(async () => {
    server = await startWebServer();
  });
  after(() => server.close());

  test('a page answers 304 to If-None-Match with its ETag, and carries the revision it was rendered at', async () => {
    for (const url of ['/', '/days/2031-05-12', '/entries/salt-marsh', '/agenda', '/search?q=dune', '/c/cws3/days/2031-05-12']) {
      const first = await getPage(server, url);
      assert.equal(first.statusCode, 200, url);
      const etag = String(first.headers.etag);
      assert.match(etag, /^"\d+-/, `${url} has an ETag naming its revision`);
      assert.match(first.body, new RegExp(`<body data-revision="${server.record.revision}" data-live="(/c/cws3)?/api/live\\?view=public"`));
      const again = await getPage(server, url, { 'if-none-match': etag });
      assert.equal(again.statusCode, 304, url);
      assert.equal(again.body, '');
    }
  });

  test('the stylesheet and the client script are served with ETags', async () => {
    for (const url of ['/assets/agora.css', '/assets/agora.js']) {
      const first = await getPage(server, url);
      assert.equal(first.statusCode, 200, url);
      assert.ok(first.body.length > 500);
      const again = await getPage(server, url, { 'if-none-match': String(first.headers.etag) });
      assert.equal(again.statusCode, 304, url);
    }
    assert.match(String((await getPage(server, '/assets/agora.css')).headers['content-type']), /^text\/css/);
    assert.match(String((await getPage(server, '/assets/agora.js')).headers['content-type']), /^text\/javascript/);
  });

  test('a day page after a move shows the new time and venue, under a new ETag', async () => {
    const before = await getPage(server, '/days/2031-05-12');
    await moveEntry(server.temp.store, server.record, 'eel-routes', { start: '16:00', venue: 'R2' }, { actor: testActor('test:clerk') });
    await server.bus.poke();
    const after = await getPage(server, '/days/2031-05-12', { 'if-none-match': String(before.headers.etag) });
    assert.equal(after.statusCode, 200, 'the old ETag no longer matches');
    assert.notEqual(after.headers.etag, before.headers.etag);
    const rows = tableRows(elementWithClass(after.body, 'table', 'side-events'));
    assert.ok(rows.some((row) => row[0] === '16:00–17:00' && row[1] === 'R2' && row[2] === 'Morocco: Eel migration routes'), JSON.stringify(rows));
    assert.ok(!rows.some((row) => row[0] === '14:00–15:00'));
    const entry = visibleText((await getPage(server, '/entries/eel-routes')).body);
    assert.ok(entry.includes('Time 16:00–17:00'));
  });

  test('a cancelled entry shows as cancelled at once', async () => {
    await cancelEntry(server.temp.store, server.record, 'dune-law', { actor: testActor('test:clerk') });
    await server.bus.poke();
    const { body } = await getPage(server, '/days/2031-05-13');
    assert.match(body, /<s><a href="\/entries\/dune-law">Dune protection in national law<\/a><\/s> <strong class="badge badge-cancelled">Cancelled<\/strong>/);
  });
});

describe('where the live feed needs a token', () => {
  test('pages do not point the client script at it, and still render', async () => {
    const server = await startTestServer({ programme: webProgramme(), server: { requireDisplayToken: true } });
    try {
      const response = await getPage(server, '/days/2031-05-12');
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /<body data-revision="\d+" data-conference="cws3">/);
      assert.doesNotMatch(response.body, /data-live=/);
    } finally {
      await server.close();
    }
  });
});
