import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { readHistory } from '../../src/app/change-history.ts';
import { readSettings } from '../../src/app/conference-settings.ts';
import { moveEntry, updateEntry } from '../../src/app/entry-commands.ts';
import { publishRelease } from '../../src/app/releases.ts';
import { createToken } from '../../src/app/tokens.ts';
import type { Release } from '../../src/store/release.ts';
import type { Publication } from '../../src/model/publication.ts';
import { messagesFor } from '../../src/web/messages.ts';
import { loginAs, type LoggedIn } from '../support/login.ts';
import { setPublication } from '../support/set-publication.ts';
import { openSse, type SseClient } from '../support/sse-client.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { testActor } from '../support/test-actor.ts';
import { decodeEntities, visibleText } from '../web/html.ts';

const clerk = testActor('test:clerk', 'editor');
const DRAFT_TITLE = 'Eel routes, as redrafted';
const NOT_YET = messagesFor().publication.notYet;

let server: TestServer;
let admin: LoggedIn;
let editor: LoggedIn;
let editorToken: Record<string, string>;
let displayToken: Record<string, string>;
const open: SseClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  admin = await loginAs(server.temp.store, 'admin');
  editor = await loginAs(server.temp.store, 'editor');
  editorToken = { authorization: `Bearer ${(await createToken(server.temp.store, 'editor', 'desk-1')).token}` };
  displayToken = { authorization: `Bearer ${(await createToken(server.temp.store, 'display', 'foyer')).token}` };
});
afterEach(async () => {
  for (const client of open.splice(0)) client.close();
  await server.close();
});

async function switchTo(publication: Publication): Promise<void> {
  await setPublication(server.temp.store, server.record, publication);
  await server.bus.poke();
}

async function redraft(title = DRAFT_TITLE): Promise<number> {
  const { revision } = await updateEntry(server.temp.store, server.record, 'eel-routes', { title }, { actor: clerk });
  await server.bus.poke();
  return revision;
}

/** Publishes the programme as it is now, as an editor does. */
async function release(name: string): Promise<Release> {
  const published = await publishRelease(server.temp.store, server.record, clerk, { name });
  await server.bus.poke();
  return published;
}

function get(url: string, headers: Record<string, string> = {}) {
  return server.app.inject({ method: 'GET', url, headers });
}

/** The title of eel-routes in each public reading an anonymous reader can fetch, with the API's ETag. */
async function publicTitles(): Promise<{ json: boolean; xml: boolean; day: boolean; monitor: boolean; api: boolean }> {
  const has = (body: string) => decodeEntities(body).includes(DRAFT_TITLE);
  const [json, xml, day, monitor, api] = await Promise.all([
    get('/programme.json'),
    get('/schedule.xml'),
    get('/days/2031-05-12'),
    get('/monitor/state.json?at=2031-05-12T09:00'),
    get('/api/entries'),
  ]);
  for (const response of [json, xml, day, monitor, api]) assert.equal(response.statusCode, 200, response.body);
  return { json: has(json.body), xml: has(xml.body), day: has(day.body), monitor: has(monitor.body), api: has(api.body) };
}

const NOWHERE = { json: false, xml: false, day: false, monitor: false, api: false };
const EVERYWHERE = { json: true, xml: true, day: true, monitor: true, api: true };

async function entryTitle(headers: Record<string, string>): Promise<{ title: string; etag: string }> {
  const response = await get('/api/entries/eel-routes', headers);
  assert.equal(response.statusCode, 200, response.body);
  return { title: (JSON.parse(response.body) as { title: string }).title, etag: String(response.headers.etag) };
}

describe('publication mode "public on release"', () => {
  test('an edit is not public until a release publishes it, while editors see it at once through the API and the grid', async () => {
    await switchTo('release');
    const first = await release('Update 1');
    const drafted = await redraft();
    assert.deepEqual(await publicTitles(), NOWHERE, 'pages, exports, monitors and the anonymous API still show the release');

    const anonymous = await entryTitle({});
    const display = await entryTitle(displayToken);
    const token = await entryTitle(editorToken);
    const session = await entryTitle({ cookie: editor.cookie });
    assert.notEqual(anonymous.title, DRAFT_TITLE);
    assert.notEqual(display.title, DRAFT_TITLE, 'a display token reads what the public reads');
    assert.equal(token.title, DRAFT_TITLE, 'an editor token reads the draft');
    assert.equal(session.title, DRAFT_TITLE, 'an editor session reads the draft');
    assert.notEqual(anonymous.etag, token.etag, 'the draft and the public entry have different ETags');
    assert.equal(token.etag, `"${drafted}"`);
    const list = await get('/api/entries', editorToken);
    assert.ok(list.body.includes(DRAFT_TITLE));
    assert.notEqual(String(list.headers.etag), String((await get('/api/entries')).headers.etag));
    assert.equal((await get('/api/entries', { 'if-none-match': String(list.headers.etag) })).statusCode, 200, "the draft's ETag is not current for the public");
    assert.equal(JSON.parse((await get('/api/conference')).body).revision, first.revision);
    const grid = await get('/admin/grid-fragment?day=2031-05-12', { cookie: editor.cookie });
    assert.equal(grid.statusCode, 200);
    assert.ok(decodeEntities(grid.body).includes(DRAFT_TITLE), 'the grid shows the draft');

    await release('Update 2');
    assert.deepEqual(await publicTitles(), EVERYWHERE, 'the release makes it public everywhere');
  });

  test('before the first release the public pages say the programme is not published yet, and readings hold no entry', async () => {
    await switchTo('release');
    for (const url of ['/', '/days/2031-05-12', '/now', '/search?q=eel', '/agenda']) {
      const page = await get(url);
      assert.equal(page.statusCode, 200, url);
      assert.ok(visibleText(page.body).includes(NOT_YET), `${url} says the programme is not published yet`);
      assert.ok(!page.body.includes('Eel migration routes'), `${url} shows no entry`);
    }
    const json = JSON.parse((await get('/programme.json')).body) as { entries: unknown[]; conference: { title: string } };
    assert.deepEqual(json.entries, []);
    assert.equal(json.conference.title, server.record.conference.title, "the conference's own fields are public");
    assert.ok(!(await get('/schedule.xml')).body.includes('<event '));
    const api = JSON.parse((await get('/api/entries')).body) as { revision: number; entries: unknown[] };
    assert.deepEqual([api.revision, api.entries], [0, []]);
    assert.equal((await get('/entries/eel-routes')).statusCode, 404);

    const state = JSON.parse((await get('/monitor/state.json?building=R&at=2031-05-12T13:30')).body) as { revision: number; entries: unknown[]; rows: unknown[] };
    assert.deepEqual([state.revision, state.entries, state.rows], [0, [], []]);
    const monitor = await get('/monitor?building=R&at=2031-05-12T13:30');
    assert.equal(monitor.statusCode, 200, 'a monitor shows its "nothing now" state, not an error');

    const drafted = JSON.parse((await get('/api/entries', editorToken)).body) as { entries: unknown[] };
    assert.ok(drafted.entries.length > 0, 'an editor reads the draft');
    await release('Programme as printed');
    const home = await get('/');
    assert.ok(!visibleText(home.body).includes(NOT_YET));
    assert.ok(visibleText((await get('/days/2031-05-12')).body).includes('Eel migration routes'));
  });

  test('switching back to "every change is public at once" shows the draft at once', async () => {
    await switchTo('release');
    await release('Update 1');
    await redraft();
    assert.deepEqual(await publicTitles(), NOWHERE);
    await switchTo('live');
    assert.deepEqual(await publicTitles(), EVERYWHERE);
    await redraft(`${DRAFT_TITLE}!`);
    assert.ok(decodeEntities((await get('/programme.json')).body).includes(`${DRAFT_TITLE}!`), 'every later change is public at once');
  });

  test("calendar SEQUENCE and each entry's revision are those of the release, not of the draft", async () => {
    await switchTo('release');
    const first = await release('Update 1');
    await redraft();
    await redraft(`${DRAFT_TITLE}!`);
    const sequenceOf = (ics: string) => /UID:[^\r\n]*eel-routes[\s\S]*?SEQUENCE:(\d+)/.exec(ics)?.[1];
    assert.equal(sequenceOf((await get('/entries/eel-routes.ics')).body), '0');
    const entry = JSON.parse((await get('/api/entries/eel-routes')).body) as { revision: number };
    assert.ok(entry.revision < first.revision, 'the entry carries the revision that last wrote it as of the release');
    await release('Update 2');
    assert.equal(sequenceOf((await get('/entries/eel-routes.ics')).body), '2', 'calendars see both changes once released');
  });

  test('a monitor flags a released move with where it was at the release before today, never a drafted placement', async () => {
    await switchTo('release');
    const yesterday = await release('Update 1');
    const { revision: drafted } = await moveEntry(server.temp.store, server.record, 'eel-routes', { venue: 'R2' }, { actor: clerk });
    // The release and the first draft move were made before today.
    await server.temp.store.db.updateTable('releases').set({ at: '2020-01-01T00:00:00.000Z' }).where('id', '=', yesterday.id).execute();
    await server.temp.store.db.updateTable('changes').set({ at: '2020-01-01T00:00:01.000Z' }).where('revision', '<=', drafted).execute();
    await moveEntry(server.temp.store, server.record, 'eel-routes', { start: '16:00' }, { actor: clerk });
    await release('Update 2');
    const state = JSON.parse((await get('/monitor/state.json?at=2031-05-12T09:00')).body) as { dayStart: { id: string; was: { venue: string; start: string } | null }[] };
    const eel = state.dayStart.find((item) => item.id === 'eel-routes');
    assert.deepEqual([eel?.was?.venue, eel?.was?.start], ['R1', '14:00'], 'where readers last saw it, not the draft in between (R2)');
  });

  test('the public live feed and change list carry releases, never a drafted change', async () => {
    await switchTo('release');
    const first = await release('Update 1');
    const publicFeed = await openSse(`${server.url}/api/live`);
    const pageFeed = await openSse(`${server.url}/api/live?view=public`, { cookie: editor.cookie });
    const editorFeed = await openSse(`${server.url}/api/live`, editorToken);
    open.push(publicFeed, pageFeed, editorFeed);
    assert.equal(JSON.parse((await publicFeed.next((event) => event.event === 'hello')).data).revision, first.revision);
    const drafted = await redraft();
    const seen = await editorFeed.next((event) => event.id === String(drafted));
    assert.equal(JSON.parse(seen.data).after.title, DRAFT_TITLE, 'an editor hears of the drafted change');
    const second = await release('Update 2');
    for (const feed of [publicFeed, pageFeed]) {
      const released = JSON.parse((await feed.next((event) => event.id === String(second.revision))).data) as { kind: string; reload: boolean };
      assert.deepEqual([released.kind, released.reload], ['release', true]);
      assert.ok(!feed.events.some((event) => event.id === String(drafted)), 'the drafted change never reached a public stream');
    }

    const third = await redraft(`${DRAFT_TITLE}!`);
    const resumed = await openSse(`${server.url}/api/live`, { 'last-event-id': String(first.revision) });
    open.push(resumed);
    const hello = JSON.parse((await resumed.next((event) => event.event === 'hello')).data) as { revision: number };
    assert.equal(hello.revision, second.revision, 'the public resumes up to the newest release');
    await resumed.next((event) => event.id === String(second.revision));
    assert.ok(!resumed.events.some((event) => event.id === String(third)));
    assert.ok(!resumed.events.some((event) => event.id === String(drafted)), 'a resumed public stream is not replayed the drafts between releases');

    const changes = (headers: Record<string, string>) =>
      get('/api/changes?since=0', headers).then((response) => JSON.parse(response.body) as { revision: number; changes: { revision: number; kind: string }[] });
    const forPublic = await changes({});
    assert.equal(forPublic.revision, second.revision);
    assert.deepEqual(
      forPublic.changes.map((change) => [change.revision, change.kind]),
      [
        [first.revision, 'release'],
        [second.revision, 'release'],
      ],
      'the public log is the releases: the edits between them were drafts',
    );
    assert.doesNotMatch((await get('/api/changes?since=0')).body, new RegExp(DRAFT_TITLE));
    const forEditor = await changes(editorToken);
    assert.equal(forEditor.changes.at(-1)?.revision, third, 'an editor reads the whole log');
  });
});

describe('the publication mode setting', () => {
  test('the settings page offers both modes; a bad value is refused naming the field, and a saved one is in the history', async () => {
    const form = async () => {
      const page = await get('/admin/settings', { cookie: admin.cookie });
      assert.equal(page.statusCode, 200);
      return page.body;
    };
    const page = await form();
    assert.match(page, /<input type="radio" id="settings-publication-live" name="publication" value="live" checked/);
    assert.match(page, /<input type="radio" id="settings-publication-release" name="publication" value="release"/);
    assert.match(visibleText(page), /Public on release/);
    const was = /name="was" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const settings = await readSettings(server.temp.store, server.record, testActor());
    const fields: Record<string, string> = { was, _csrf: admin.csrf, title: settings.conference.title ?? '', startDate: '2031-05-12', endDate: '2031-05-13', publication: 'secret' };
    const post = (body: Record<string, string>) =>
      server.app.inject({
        method: 'POST',
        url: '/admin/settings',
        headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(body).toString(),
      });
    const before = (await server.temp.store.findConference('cws3'))?.revision;
    const refused = await post(fields);
    assert.equal(refused.statusCode, 400);
    assert.match(decodeEntities(/id="settings-publication-error"[^>]*>([^<]*)</.exec(refused.body)?.[1] ?? ''), /choose when changes become public/);
    assert.equal((await server.temp.store.findConference('cws3'))?.revision, before, 'nothing was saved');

    const saved = await post({ ...fields, publication: 'release' });
    assert.equal(saved.statusCode, 303);
    assert.equal((await server.temp.store.findConference('cws3'))?.publication, 'release');
    assert.match(await form(), /value="release" checked/);
    const [latest] = (await readHistory(server.temp.store, server.record, testActor())).rows;
    const field = latest?.fields.find((change) => change.field === 'publication');
    assert.deepEqual(field, { field: 'publication', before: 'every change is public at once', after: 'public on release' });
  });
});
