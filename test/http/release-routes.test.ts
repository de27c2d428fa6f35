import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { addEntry, cancelEntry, moveEntry, restoreEntry, updateEntry } from '../../src/app/entry-commands.ts';
import { publishRelease } from '../../src/app/releases.ts';
import { stateTag } from '../../src/app/state-tag.ts';
import { updateVenue } from '../../src/app/venue-commands.ts';
import { pdfText, skipWithoutPoppler } from '../support/poppler.ts';
import { testActor } from '../support/test-actor.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { skipWithoutXmllint } from '../support/xmllint.ts';
import { visibleText } from '../web/html.ts';

const editor = testActor('test:editor', 'editor');
const options = { actor: editor };

/** xmllint's verdict on whether `xml` is well-formed, with what it printed. */
function wellFormed(xml: string): { ok: boolean; output: string } {
  const run = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

describe('releases for readers: the changes page, its feeds and /v/<release>/…', () => {
  let server: TestServer;
  /** What /v/1/… served before anything changed after release 1. */
  const asReleased = new Map<string, Buffer>();

  const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url, headers });

  before(async () => {
    server = await startTestServer();
    const { store } = server.temp;
    await publishRelease(store, server.record, editor, { name: 'Programme as printed', comment: 'The programme handed out at registration.' });
    await server.bus.poke();
    for (const path of ['/v/1/schedule.xml', '/v/1/programme.json', '/v/1/programme.ics']) {
      const response = await get(path);
      assert.equal(response.statusCode, 200, `${path}: ${response.body}`);
      asReleased.set(path, response.rawPayload);
    }
    await addEntry(store, server.record, { id: 'reef-night', kind: 'side-event', title: 'Reefs at night', date: '2031-05-13', start: '18:00', end: '19:00', venue: 'R1' }, options);
    await cancelEntry(store, server.record, 'dune-law', options);
    await moveEntry(store, server.record, 'eel-routes', { venue: 'R2', start: '15:00', end: '16:00' }, options);
    await updateEntry(store, server.record, 'salt-marsh', { title: 'Salt marshes store carbon', sponsors: ['Portugal'] }, options);
    await publishRelease(store, server.record, editor, { name: 'Update 2', comment: 'R1 closes early on Tuesday <really>.' });
    await updateEntry(store, server.record, 'opening', { title: 'Opening of the third session' }, options);
    await server.bus.poke();
  });
  after(() => server.close());

  test('the changes page lists the releases newest first, each with its comment, its changelog and its downloads', async () => {
    const response = await get('/changes');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    const page = response.body;
    assert.ok(page.indexOf('id="release-2"') < page.indexOf('id="release-1"'), 'Update 2 comes before the first release');
    const update = visibleText(page.slice(page.indexOf('id="release-2"'), page.indexOf('id="release-1"')));
    assert.match(update, /Update 2 Published \w+day,? \d+ \w+ \d{4} at \d\d:\d\d/);
    assert.match(update, /R1 closes early on Tuesday <really>\./);
    assert.match(update, /Changes since Programme as printed:/);
    assert.match(update, /New \(1\) Reefs at night \(Tuesday 13 May, 18:00–19:00, R1\)/);
    assert.match(update, /Cancelled \(1\) Dune protection in national law \(Tuesday 13 May, 13:00–14:00, R2\)/);
    assert.match(update, /Moved \(1\) Eel migration routes: was Monday 12 May, 14:00–15:00, R1, now Monday 12 May, 15:00–16:00, R2/);
    assert.match(update, /Changed \(1\) Salt marshes store carbon title: Salt marshes as carbon stores → Salt marshes store carbon sponsors: Portugal; Tidal Trust → Portugal/);
    assert.doesNotMatch(update, /third session/, 'a change after the last release is in no release');
    assert.match(page, /&lt;really>/, 'the comment is escaped');
    const first = visibleText(page.slice(page.indexOf('id="release-1"')));
    assert.match(first, /The first release: the programme as published, with 6 entries\./);
    assert.match(first, /The programme handed out at registration\./);
    for (const path of ['/programme.pdf', '/programme.ics', '/schedule.xml', '/programme.json', '/programme.csv']) {
      assert.ok(page.includes(`href="/v/2${path}"`), `links /v/2${path}`);
      assert.ok(page.includes(`href="/v/1${path}"`), `links /v/1${path}`);
    }
    assert.match(page, /<link rel="alternate" type="application\/atom\+xml" title="Atom feed" href="\/changes\.atom"/);
    assert.match(page, /<link rel="alternate" type="application\/rss\+xml" title="RSS feed" href="\/changes\.rss"/);
    assert.match(page, /<a href="\/changes" aria-current="page">Changes<\/a>/, 'the site navigation leads here');
  });

  test('every public page links to the changes page, and under /c/<slug>/ the links stay in the conference', async () => {
    assert.match((await get('/')).body, /<a href="\/changes">Changes<\/a>/);
    const scoped = await get('/c/cws3/changes');
    assert.equal(scoped.statusCode, 200);
    assert.ok(scoped.body.includes('href="/c/cws3/v/2/schedule.xml"'));
    assert.ok(scoped.body.includes('href="/c/cws3/changes.atom"'));
  });

  test('the Atom and RSS feeds are well-formed and list the releases newest first, linking each on the changes page', async (context) => {
    const skip = skipWithoutXmllint();
    if (skip) return context.skip(skip);
    const atom = await get('/changes.atom', { host: 'programme.example' });
    assert.equal(atom.statusCode, 200);
    assert.match(String(atom.headers['content-type']), /^application\/atom\+xml/);
    const atomCheck = wellFormed(atom.body);
    assert.ok(atomCheck.ok, atomCheck.output);
    assert.deepEqual([...atom.body.matchAll(/<entry>\s*<id>[^<]+<\/id>\s*<title>([^<]+)<\/title>/g)].map((match) => match[1]), ['Update 2', 'Programme as printed']);
    assert.match(atom.body, /<link rel="alternate" type="text\/html" href="http:\/\/programme\.example\/changes#release-2"\/>/);
    assert.match(atom.body, /<content type="html">[^<]*Reefs at night[^<]*<\/content>/);
    assert.match(atom.body, /&amp;lt;really/, 'the comment is escaped in the HTML, which is escaped again in the XML');

    const rss = await get('/changes.rss', { host: 'programme.example' });
    assert.equal(rss.statusCode, 200);
    assert.match(String(rss.headers['content-type']), /^application\/rss\+xml/);
    const rssCheck = wellFormed(rss.body);
    assert.ok(rssCheck.ok, rssCheck.output);
    assert.deepEqual([...rss.body.matchAll(/<item>\s*<title>([^<]+)<\/title>/g)].map((match) => match[1]), ['Update 2', 'Programme as printed']);
    assert.match(rss.body, /<link>http:\/\/programme\.example\/changes#release-1<\/link>/);

    // Ids stay the same whatever address the feed is read at, so readers do not see items twice.
    const ids = (body: string) => [...body.matchAll(/<id>(urn:uuid:[^<]+)<\/id>/g)].map((match) => match[1]);
    const elsewhere = await get('/changes.atom', { host: 'other.example' });
    assert.deepEqual(ids(elsewhere.body), ids(atom.body));
    assert.equal(ids(atom.body).length, 3);
  });

  test('a release’s exports stay as released after later edits and a later release, while the live ones follow', async () => {
    for (const [path, body] of asReleased) {
      const now = await get(path);
      assert.equal(now.statusCode, 200, path);
      assert.ok(now.rawPayload.equals(body), `${path} is as it was served when released`);
    }
    const live = (await get('/schedule.xml')).body;
    assert.match(live, /Opening of the third session/);
    assert.match(live, /Reefs at night/);
    const first = (await get('/v/1/schedule.xml')).body;
    assert.doesNotMatch(first, /Opening of the third session|Reefs at night/);
    assert.match(first, /Salt marshes as carbon stores/);
    const second = (await get('/v/2/programme.json')).json() as { entries: { id: string; title: string; status: string }[] };
    assert.equal(second.entries.find((entry) => entry.id === 'salt-marsh')?.title, 'Salt marshes store carbon');
    assert.equal(second.entries.find((entry) => entry.id === 'opening')?.title, 'Opening of the session');
    assert.equal(second.entries.find((entry) => entry.id === 'dune-law')?.status, 'cancelled');
  });

  test('a release’s calendar counts only the changes it holds, so calendar apps update when a later one is taken', async () => {
    const sequenceOf = (ics: string, id: string) => {
      const event = ics.split('BEGIN:VEVENT').find((block) => block.includes(`UID:${id}@`));
      return Number(/SEQUENCE:(\d+)/.exec(event ?? '')?.[1] ?? 0);
    };
    const first = (await get('/v/1/programme.ics')).body;
    const second = (await get('/v/2/programme.ics')).body;
    assert.equal(sequenceOf(first, 'eel-routes'), 0);
    assert.equal(sequenceOf(second, 'eel-routes'), 1);
    assert.equal(sequenceOf(second, 'opening'), 0);
    assert.equal(sequenceOf((await get('/programme.ics')).body, 'opening'), 1);
  });

  test('a release’s downloads are kept with an ETag: asking again with it answers 304', async () => {
    const first = await get('/v/1/schedule.xml');
    const etag = String(first.headers.etag);
    assert.match(etag, /^"v1-[\w-]+"$/);
    assert.equal(first.headers['access-control-allow-origin'], '*');
    const again = await get('/v/1/schedule.xml', { 'if-none-match': etag });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
  });

  test('a release’s PDF is the programme as released', async (context) => {
    const response = await get('/v/1/programme.pdf');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/pdf/);
    assert.equal(response.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(String(response.headers['content-disposition']), /filename="cws3-v1\.pdf"/);
    const skip = skipWithoutPoppler();
    if (skip) return context.skip(skip);
    const text = pdfText(response.rawPayload).replace(/\s+/g, ' ');
    assert.match(text, /Salt marshes as carbon stores/);
    assert.doesNotMatch(text, /Reefs at night/);
  });

  test('each release has a page naming it and linking its downloads; the print page links its own PDF', async () => {
    for (const path of ['/v/2/', '/v/2']) {
      const response = await get(path);
      assert.equal(response.statusCode, 200, path);
      const text = visibleText(response.body);
      assert.match(text, /Update 2 The programme exactly as it was published in Update 2/);
      assert.ok(response.body.includes('href="/v/2/programme.pdf"'));
      assert.ok(response.body.includes('href="/changes#release-2"'));
    }
    const print = await get('/v/1/print');
    assert.equal(print.statusCode, 200);
    assert.match(print.body, /href="programme\.pdf"/);
    assert.doesNotMatch(print.body, /Reefs at night/);
    const docx = await get('/c/cws3/v/1/programme.docx');
    assert.equal(docx.statusCode, 200);
  });

  test('an unknown, malformed or too large release number is not found, with a message saying so', async () => {
    const unknown = await get('/v/9/schedule.xml');
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().code, 'AGORA_NOT_FOUND');
    assert.match(unknown.json().message, /There is no release 9 of cws3; its releases run from 1 to 2\./);
    for (const path of ['/v/abc/programme.json', '/v/1e3/programme.json', '/v/2147483648/programme.json', '/v/99999999999999999999/programme.ics', '/v/0/programme.csv', '/v/-1/programme.txt']) {
      const response = await get(path);
      assert.equal(response.statusCode, 404, path);
      assert.equal(response.json().code, 'AGORA_NOT_FOUND', path);
    }
    const page = await get('/v/7/');
    assert.equal(page.statusCode, 404);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(visibleText(page.body), /There is no release 7 of cws3/);
    const print = await get('/v/x/print');
    assert.equal(print.statusCode, 404);
    assert.match(visibleText(print.body), /releases are numbered 1, 2, 3/);
  });
});

describe('the changes page before any release', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('says in a sentence that nothing has been published yet, and the feeds are empty but valid', async (context) => {
    const page = await server.app.inject({ method: 'GET', url: '/changes' });
    assert.equal(page.statusCode, 200);
    assert.match(visibleText(page.body), /No release of the programme has been published yet\./);
    const skip = skipWithoutXmllint();
    if (skip) return context.skip(skip);
    for (const url of ['/changes.atom', '/changes.rss']) {
      const feed = await server.app.inject({ method: 'GET', url });
      assert.equal(feed.statusCode, 200, url);
      const check = wellFormed(feed.body);
      assert.ok(check.ok, check.output);
      assert.doesNotMatch(feed.body, /<entry>|<item>/);
    }
  });

  test('an entry restored is back in the programme, and a venue changed is said in a sentence', async () => {
    const { store } = server.temp;
    await cancelEntry(store, server.record, 'dune-law', options);
    await publishRelease(store, server.record, editor, { name: 'Update 1' });
    await restoreEntry(store, server.record, 'dune-law', options);
    const { programme } = await store.readProgramme(server.record.id);
    const r2 = programme.venues.find((venue) => venue.id === 'r2');
    assert.ok(r2);
    await updateVenue(store, server.record, editor, 'r2', { name: 'R2', building: 'R', capacity: '30', hours: [] }, stateTag(r2));
    await publishRelease(store, server.record, editor, { name: 'Update 2' });
    await server.bus.poke();
    const text = visibleText((await server.app.inject({ method: 'GET', url: '/changes' })).body);
    assert.match(text, /Update 2 .*Back in the programme \(1\) Dune protection in national law \(Tuesday 13 May, 13:00–14:00, R2\) Also Details of venues changed/);
  });
});
