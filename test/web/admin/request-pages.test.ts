import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../../../src/app/accounts/users.ts';
import { SESSION_COOKIE } from '../../../src/http/caller.ts';
import { loginAs, type LoggedIn } from '../../support/login.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';
import { testActor } from '../../support/test-actor.ts';
import { decodeEntities, elementWithClass, tableRows, visibleText } from '../html.ts';

let server: TestServer;
let ana: LoggedIn;
let ben: LoggedIn;
let clerk: LoggedIn;
let admin: LoggedIn;

before(async () => {
  server = await startTestServer();
  ana = await loginAs(server.temp.store, 'organiser', { email: 'ana@org.test', name: 'Ana Organiser' });
  ben = await loginAs(server.temp.store, 'organiser', { email: 'ben@org.test', name: 'Ben Organiser' });
  clerk = await loginAs(server.temp.store, 'editor', { name: 'Clara Clerk' });
  admin = await loginAs(server.temp.store, 'admin');
});
after(() => server?.close());

function get(path: string, who: LoggedIn | null) {
  return server.app.inject({ method: 'GET', url: path, headers: who === null ? {} : { cookie: who.cookie } });
}

function post(path: string, who: LoggedIn, fields: Record<string, string | string[]>) {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const each of Array.isArray(value) ? value : [value]) form.append(name, each);
  form.set('_csrf', who.csrf);
  return server.app.inject({ method: 'POST', url: path, headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
}

function fieldError(html: string, id: string): string | null {
  const match = new RegExp(`id="${id}-error"[^>]*>([^<]*)<`).exec(html);
  return match ? decodeEntities(match[1] ?? '') : null;
}

const REQUEST = {
  sponsors: 'Portugal\nWetlands International',
  title: 'Saltmarsh restoration in practice',
  description: 'Three projects report.',
  expectedAttendance: '60',
  'choice-1-date': '2031-05-13',
  'choice-1-start': '15:00',
  'choice-1-end': '16:30',
  refreshments: 'after',
  languages: ['English', 'French'],
  contactName: 'Ana Organiser',
  contactEmail: 'ana@org.test',
  contactPhone: '',
};

async function submit(who: LoggedIn, fields: Partial<typeof REQUEST> = {}): Promise<number> {
  const answer = await post('/requests', who, { ...REQUEST, ...fields });
  assert.equal(answer.statusCode, 303, answer.body);
  const rows = await server.temp.store.db.selectFrom('side_event_requests').select('id').orderBy('id', 'desc').execute();
  return rows[0]!.id;
}

async function version(id: number): Promise<string> {
  const row = await server.temp.store.db.selectFrom('side_event_requests').select('version').where('id', '=', id).executeTakeFirstOrThrow();
  return String(row.version);
}

describe('side-event request pages', () => {
  test('an organiser logs in and lands on their requests, with only their own items in the navigation', async () => {
    await createUser(server.temp.store, testActor(), { email: 'olga@org.test', name: 'Olga', role: 'organiser', password: 'olga-password' });
    const login = await server.app.inject({
      method: 'POST',
      url: '/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:80', host: 'localhost:80' },
      payload: new URLSearchParams({ email: 'olga@org.test', password: 'olga-password' }).toString(),
    });
    assert.equal(login.statusCode, 303, login.body);
    assert.equal(login.headers.location, '/requests');
    const page = await get('/requests', ana);
    const nav = visibleText(elementWithClass(page.body, 'nav', 'admin-nav'));
    assert.equal(nav, 'My requests');
  });

  test('a request submitted on the form is listed as submitted; bad input names the field beside it and saves nothing', async () => {
    const refused = await post('/requests', ana, { ...REQUEST, title: ' ', 'choice-1-end': '14:00', contactEmail: 'ana' });
    assert.equal(refused.statusCode, 400);
    assert.equal(fieldError(refused.body, 'request-title'), 'give the title of the side event');
    assert.equal(fieldError(refused.body, 'request-choice-1-end'), 'must be after the start 15:00');
    assert.match(fieldError(refused.body, 'request-contactEmail') ?? '', /e-mail address/);
    assert.match(refused.body, /Three projects report\./, 'what was typed is kept');
    assert.equal((await server.temp.store.db.selectFrom('side_event_requests').selectAll().execute()).length, 0);

    const id = await submit(ana);
    const list = visibleText((await get('/requests', ana)).body);
    assert.match(list, /Saltmarsh restoration in practice Portugal; Wetlands International Submitted First choice: Tuesday, 13 May 2031, 15:00–16:30/);
    const edit = await post(`/requests/${id}`, ana, { ...REQUEST, title: 'Saltmarsh restoration: three projects', version: await version(id) });
    assert.equal(edit.statusCode, 303);
    assert.equal(edit.headers.location, `/requests/${id}?done=saved`);
    assert.match(visibleText((await get(String(edit.headers.location), ana)).body), /Your changes were saved/);
  });

  test('another organiser\'s request answers 404 for reading, editing and withdrawing, and is not changed', async () => {
    const id = await submit(ana, { title: 'Ana\'s own event' });
    const v = await version(id);
    assert.equal((await get(`/requests/${id}`, ben)).statusCode, 404);
    assert.equal((await get(`/requests/${id + 1000}`, ben)).statusCode, 404, 'the same answer as for a request that does not exist');
    assert.equal((await post(`/requests/${id}`, ben, { ...REQUEST, title: 'Taken over', version: v })).statusCode, 404);
    assert.equal((await post(`/requests/${id}/withdraw`, ben, { version: v })).statusCode, 404);
    assert.doesNotMatch((await get('/requests', ben)).body, /Ana&#39;s own event|Ana's own event/);
    const row = await server.temp.store.db.selectFrom('side_event_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual([row.title, row.status, String(row.version)], ['Ana\'s own event', 'submitted', v]);
  });

  test('the review list filters, searches and sorts; a bad filter names its field', async () => {
    await submit(ben, { title: 'Aquifers of the delta', sponsors: 'Chile', expectedAttendance: '150', 'choice-1-date': '2031-05-12', contactName: 'Beatriz Souza' });
    const titles = async (query: string) => tableRows(elementWithClass((await get(`/admin/requests?${query}`, clerk)).body, 'table', 'request-table')).slice(1).map((row) => row[1]?.split(/ (?=Portugal|Chile)/)[0]);
    assert.deepEqual(await titles('sort=attendance&day=2031-05-12'), ['Aquifers of the delta']);
    assert.deepEqual(await titles('q=souza'), ['Aquifers of the delta']);
    const byTitle = await titles('sort=title');
    assert.deepEqual(byTitle, [...byTitle].sort((a, b) => (a ?? '').localeCompare(b ?? '')));
    const bad = await get('/admin/requests?day=monday', clerk);
    assert.equal(bad.statusCode, 400);
    assert.match(fieldError(bad.body, 'filter-day') ?? '', /YYYY-MM-DD/);
    assert.equal((await get('/admin/requests', ana)).statusCode, 403);
  });

  test('accept, then schedule from the review page: the entry is made, the organiser is mailed, and their page shows the time and venue', async () => {
    const id = await submit(ana, { title: 'Tidal energy and birds' });
    const accepted = await post(`/admin/requests/${id}/accept`, clerk, { message: 'Glad to have you.', version: await version(id) });
    assert.equal(accepted.statusCode, 303);
    const grid = await get('/admin?day=2031-05-13', clerk);
    const waiting = visibleText(elementWithClass(grid.body, 'section', 'grid-requests'));
    assert.match(waiting, /Requests to place Tidal energy and birds \(wants 15:00–16:30\)/, 'the grid lists the accepted request beside the day it wants');
    assert.match(grid.body, new RegExp(`href="/admin/requests/${id}"`));
    const page = await get(`/admin/requests/${id}`, clerk);
    assert.match(page.body, /name="date" type="date" value="2031-05-13"/, 'the schedule form is filled from the first choice');
    const badVenue = await post(`/admin/requests/${id}/schedule`, clerk, { date: '2031-05-13', start: '15:00', end: '16:30', venue: '', version: await version(id) });
    assert.equal(badVenue.statusCode, 400);
    assert.equal(fieldError(badVenue.body, 'schedule-venue'), 'choose the venue');
    const scheduled = await post(`/admin/requests/${id}/schedule`, clerk, { date: '2031-05-13', start: '15:00', end: '16:30', venue: 'R2', version: await version(id) });
    assert.equal(scheduled.statusCode, 303, scheduled.body);
    const row = await server.temp.store.db.selectFrom('side_event_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'scheduled');
    const entry = await server.temp.store.readEntry(server.record.id, row.entry_id!);
    assert.deepEqual([entry?.kind, entry?.title, entry?.sponsors], ['side-event', 'Tidal energy and birds', ['Portugal', 'Wetlands International']]);
    const mails = await server.temp.store.db.selectFrom('outbox').selectAll().where('to_address', '=', 'ana@org.test').orderBy('id').execute();
    assert.deepEqual(mails.map((mail) => mail.reason).slice(-2), ['request-accepted', 'request-scheduled']);
    assert.match(mails.at(-1)!.body, /Tuesday, 13 May 2031, 15:00–16:30\n {2}Venue: R2/);
    const mine = visibleText((await get('/requests', ana)).body);
    assert.match(mine, /Tidal energy and birds Portugal; Wetlands International Scheduled Tuesday, 13 May 2031, 15:00–16:30, R2/);
  });

  test('request settings: a deadline in the past stops new requests and edits; self-registration opens /register', async () => {
    assert.equal((await get('/register', null)).statusCode, 404);
    assert.match(visibleText((await get('/register', null)).body), /by invitation/);
    const settings = await get('/admin/requests/settings', admin);
    const was = /name="was" value="([^"]+)"/.exec(settings.body)?.[1] ?? '';
    const bad = await post('/admin/requests/settings', admin, { deadline: 'soon', was });
    assert.equal(bad.statusCode, 400);
    assert.match(fieldError(bad.body, 'request-settings-deadline') ?? '', /YYYY-MM-DD HH:MM/);
    const saved = await post('/admin/requests/settings', admin, { deadline: '2001-01-01T12:00', selfRegistration: 'on', was });
    assert.equal(saved.statusCode, 303);
    const late = await post('/requests', ana, REQUEST);
    assert.equal(late.statusCode, 400);
    assert.match(visibleText(late.body), /deadline for side-event requests has passed/);
    assert.doesNotMatch((await get('/requests', ana)).body, /href="\/requests\/new"/);

    const register = await server.app.inject({
      method: 'POST',
      url: '/register',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:80', host: 'localhost:80' },
      payload: new URLSearchParams({ name: 'Dora', email: 'dora@org.test', password: 'dora-password', confirmation: 'dora-password' }).toString(),
    });
    assert.equal(register.statusCode, 303, register.body);
    assert.equal(register.headers.location, '/requests');
    const cookie = String(register.headers['set-cookie']).split(';')[0]!;
    assert.ok(cookie.startsWith(`${SESSION_COOKIE}=`));
    const home = await server.app.inject({ method: 'GET', url: '/requests', headers: { cookie } });
    assert.equal(home.statusCode, 200);
    assert.match(visibleText(home.body), /Dora \(organiser\)/);
  });
});
