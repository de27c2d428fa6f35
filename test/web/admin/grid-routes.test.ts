import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addEntry, cancelEntry } from '../../../src/app/entry-commands.ts';
import { loginAs, type LoggedIn } from '../../support/login.ts';
import { testActor } from '../../support/test-actor.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';
import { decodeEntities, visibleText } from '../html.ts';

/** The attributes of an entry's block on the grid, by name, or null when it is not on the grid. */
function block(html: string, id: string): Record<string, string> | null {
  const tag = new RegExp(`<article\\b([^>]*\\bdata-entry="${id}"[^>]*)>`).exec(html);
  if (!tag) return null;
  return Object.fromEntries([...(tag[1] as string).matchAll(/([\w-]+)="([^"]*)"/g)].map((match) => [match[1] as string, decodeEntities(match[2] as string)]));
}

function columnHeads(html: string): string[] {
  return [...html.matchAll(/class="grid-column-head[^"]*"[^>]*data-column="([^"]*)"/g)].map((match) => decodeEntities(match[1] as string));
}

function sidebar(html: string): string {
  const start = html.indexOf('<aside class="grid-unplaced"');
  return html.slice(start, html.indexOf('</aside>', start));
}

describe('the programme grid', () => {
  let server: TestServer;
  let editor: LoggedIn;

  before(async () => {
    server = await startTestServer();
    editor = await loginAs(server.temp.store, 'editor');
  });
  after(() => server.close());

  const get = (url: string, who: LoggedIn | null = editor) => server.app.inject({ method: 'GET', url, headers: who ? { cookie: who.cookie } : {} });

  test('shows a day with plenary, parallel meetings and each venue as columns, and each entry in its slot', async () => {
    const answer = await get('/admin?day=2031-05-12');
    assert.equal(answer.statusCode, 200);
    assert.deepEqual(columnHeads(answer.body), ['kind:plenary', 'kind:parallel', 'venue:R1', 'venue:R2']);
    // The rows start at 09:00, one a quarter hour, after the header row: 13:00 is line 2 + 16.
    const salt = block(answer.body, 'salt-marsh');
    assert.equal(salt?.['data-column'], 'venue:R1');
    assert.match(salt?.style ?? '', /grid-row:18 \/ span 4;grid-column:5;/);
    assert.match(block(answer.body, 'eel-routes')?.style ?? '', /grid-row:22 \/ span 4;grid-column:5;/);
    assert.equal(block(answer.body, 'wg-data')?.['data-column'], 'kind:parallel');
    // Two plenary items at the same hour sit side by side, not on top of each other.
    assert.match(block(answer.body, 'opening')?.style ?? '', /grid-column:2;/);
    assert.match(block(answer.body, 'agenda')?.style ?? '', /grid-column:3;/);
    assert.equal(block(answer.body, 'dune-law'), null, 'an entry of another day is not on this grid');
    const text = visibleText(answer.body);
    assert.match(text, /13:00–14:00 Salt marshes as carbon stores Portugal, Tidal Trust/);
    assert.match(answer.body, /<a href="\/admin\/entries\/salt-marsh"/);
    assert.match(answer.body, /<a class="button-link" href="\/admin\/entries\/new\?date=2031-05-12">New entry<\/a>/);
    assert.match(answer.body, /<a href="\/admin\?day=2031-05-13">Tue 13 May<\/a>/);
  });

  test('opens on the first conference day when today is not one, and keeps links inside a conference scope', async () => {
    const plain = await get('/admin');
    assert.match(plain.body, /<h1>Monday, 12 May 2031<\/h1>/);
    const scoped = await get('/c/cws3/admin?day=2031-05-13');
    assert.equal(scoped.statusCode, 200);
    assert.equal(block(scoped.body, 'dune-law')?.['data-column'], 'venue:R2');
    assert.match(scoped.body, /<a href="\/c\/cws3\/admin\/entries\/dune-law"/);
    assert.match(scoped.body, /data-preview="\/c\/cws3\/admin\/preview"/);
  });

  test('sends a reader without a session to the login form and back, and refuses a display account with 403', async () => {
    const anonymous = await get('/admin?day=2031-05-12', null);
    assert.equal(anonymous.statusCode, 303);
    assert.equal(anonymous.headers.location, `/login?next=${encodeURIComponent('/admin?day=2031-05-12')}`);
    const display = await loginAs(server.temp.store, 'display');
    const refused = await get('/admin', display);
    assert.equal(refused.statusCode, 403);
    assert.match(visibleText(refused.body), /Your role \(display\) may not/);
    assert.equal((await get('/admin/grid-fragment?day=2031-05-12', null)).statusCode, 401);
    assert.equal((await get('/admin/grid-fragment?day=2031-05-12', display)).statusCode, 403);
  });

  test('the grid fragment is the board alone, at the revision it shows, and names a missing day', async () => {
    const fragment = await get('/admin/grid-fragment?day=2031-05-12');
    assert.equal(fragment.statusCode, 200);
    assert.doesNotMatch(fragment.body, /<html/);
    assert.equal(block(fragment.body, 'eel-routes')?.['data-column'], 'venue:R1');
    assert.equal(fragment.headers['x-agora-revision'], String(server.record.revision));
    const missing = await get('/admin/grid-fragment');
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().problems[0].where, 'day');
  });

  test('lists entries without a time or venue beside the grid, and shows a cancelled entry struck through', async () => {
    const store = server.temp.store;
    const record = server.record;
    await addEntry(store, record, { id: 'roomless', kind: 'side-event', title: 'Oyster reefs without a room', date: '2031-05-12', start: '16:00', end: '17:00' }, { actor: testActor() });
    await addEntry(store, record, { id: 'dateless', kind: 'parallel', title: 'Contact group, date to be set' }, { actor: testActor() });
    await cancelEntry(store, record, 'eel-routes', { actor: testActor() });
    const answer = await get('/admin?day=2031-05-12');
    assert.equal(block(answer.body, 'roomless'), null);
    assert.equal(block(answer.body, 'dateless'), null);
    const aside = visibleText(sidebar(answer.body));
    assert.match(aside, /Oyster reefs without a room \(2031-05-12, 16:00–17:00; no venue\)/);
    assert.match(aside, /Contact group, date to be set \(nothing yet; no date, no time\)/);
    assert.match(sidebar(answer.body), /href="\/admin\/entries\/roomless"/);
    const eel = block(answer.body, 'eel-routes');
    assert.equal(eel?.['data-status'], 'cancelled');
    assert.match(answer.body, /<s>Eel migration routes<\/s>/);
    assert.match(visibleText(answer.body), /14:00–15:00 Cancelled Eel migration routes/);
  });

  test('offers to undo the last change, naming it; undoing from the grid puts the entry back and returns to the day', async () => {
    const { moveEntry } = await import('../../../src/app/entry-commands.ts');
    await moveEntry(server.temp.store, server.record, 'salt-marsh', { start: '16:00' }, { actor: { name: editor.user.email, role: 'editor' } });
    const grid = await get('/admin?day=2031-05-12');
    const offered = /name="revision" value="(\d+)"/.exec(grid.body);
    assert.ok(offered, 'an undo form is on the grid');
    assert.match(visibleText(grid.body), /The last change: start 13:00 → 16:00, end 14:00 → 17:00 on "Salt marshes as carbon stores", by Editor \d+/);
    const fragment = await get('/admin/grid-fragment?day=2031-05-12');
    assert.match(fragment.body, new RegExp(`name="revision" value="${offered[1]}"`), 'the fragment the live feed fetches carries the same button');
    const undo = await server.app.inject({
      method: 'POST',
      url: '/admin/undo',
      headers: { cookie: editor.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: editor.csrf, revision: offered[1]!, next: '/admin?day=2031-05-12' }).toString(),
    });
    assert.equal(undo.statusCode, 303);
    assert.match(String(undo.headers.location), /^\/admin\?day=2031-05-12&undone=\d+$/);
    const back = await get(String(undo.headers.location));
    assert.match(visibleText(back.body), /Undid revision \d+/);
    assert.match(block(back.body, 'salt-marsh')?.style ?? '', /grid-row:18 \/ span 4;/, 'the entry is back at 13:00');
  });
});

describe('POST /admin/preview', () => {
  let server: TestServer;
  let editor: LoggedIn;

  before(async () => {
    server = await startTestServer();
    editor = await loginAs(server.temp.store, 'editor');
  });
  after(() => server.close());

  const preview = (body: unknown, who: LoggedIn | null = editor, csrf = true) =>
    server.app.inject({
      method: 'POST',
      url: '/admin/preview',
      headers: { 'content-type': 'application/json', ...(who ? { cookie: who.cookie, ...(csrf ? { 'x-csrf-token': who.csrf } : {}) } : {}) },
      payload: JSON.stringify(body),
    });

  test('answers the conflicts a move would create, and writes nothing', async () => {
    const before = await server.temp.store.readEntry(server.record.id, 'eel-routes');
    const answer = await preview({ id: 'eel-routes', patch: { date: '2031-05-12', start: '13:30', end: '14:30', venue: 'R1' } });
    assert.equal(answer.statusCode, 200);
    const { conflicts, entry } = answer.json();
    const clash = conflicts.find((finding: { rule: string }) => finding.rule === 'venue-clash');
    assert.equal(clash?.severity, 'error');
    assert.deepEqual(clash?.entries, ['salt-marsh', 'eel-routes']);
    assert.equal(entry.start, '13:30');
    const afterwards = await server.temp.store.readEntry(server.record.id, 'eel-routes');
    assert.deepEqual(afterwards, before, 'the entry and its revision are as they were');
    assert.equal((await server.temp.store.findConference(server.record.slug))?.revision, server.record.revision);
  });

  test('a move into a free slot has no conflicts, and a new entry can be previewed', async () => {
    const free = await preview({ id: 'eel-routes', patch: { venue: 'R2' } });
    assert.deepEqual(free.json().conflicts, []);
    const fresh = await preview({ id: null, patch: { kind: 'side-event', title: 'Seagrass', date: '2031-05-12', start: '13:00', end: '14:00', venue: 'R1' } });
    assert.equal(fresh.statusCode, 200);
    assert.equal(fresh.json().conflicts[0].rule, 'venue-clash');
  });

  test('refuses bad fields with 400, naming each', async () => {
    const bad = await preview({ id: 'eel-routes', patch: { start: '25:00', venue: '', colour: 'red' } });
    assert.equal(bad.statusCode, 400);
    const body = bad.json();
    assert.equal(body.code, 'AGORA_BAD_INPUT');
    assert.deepEqual(body.problems.map((problem: { where: string }) => problem.where).sort(), ['colour', 'start', 'venue']);
    const shapeless = await preview({ id: 7 });
    assert.equal(shapeless.statusCode, 400);
    assert.deepEqual(shapeless.json().problems.map((problem: { where: string }) => problem.where), ['id', 'patch']);
    const unknown = await preview({ id: 'no-such-entry', patch: {} });
    assert.equal(unknown.statusCode, 404);
  });

  test('needs a login (401), the editor role (403) and the session\'s CSRF token', async () => {
    const move = { id: 'eel-routes', patch: { venue: 'R2' } };
    assert.equal((await preview(move, null)).statusCode, 401);
    const display = await loginAs(server.temp.store, 'display');
    assert.equal((await preview(move, display)).statusCode, 403);
    const forged = await preview(move, editor, false);
    assert.equal(forged.statusCode, 403);
    assert.equal(forged.json().code, 'AGORA_CSRF');
  });
});
