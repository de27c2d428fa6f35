import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { moveEntry } from '../../../src/app/entry-commands.ts';
import { renderDocument } from '../../../src/document/index.ts';
import type { Role } from '../../../src/app/policy.ts';
import { loginAs, type LoggedIn } from '../../support/login.ts';
import { sampleProgramme } from '../../support/sample-programme.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';
import { decodeEntities, visibleText } from '../html.ts';

let server: TestServer;
const users = new Map<Role, LoggedIn>();

before(async () => {
  server = await startTestServer();
  for (const role of ['admin', 'editor', 'organiser', 'display'] as const) users.set(role, await loginAs(server.temp.store, role, { name: `${role[0]?.toUpperCase()}${role.slice(1)} Clerk` }));
});
after(() => server?.close());

function user(role: Role): LoggedIn {
  const found = users.get(role);
  assert.ok(found);
  return found;
}

function get(path: string, role: Role | null) {
  return server.app.inject({ method: 'GET', url: path, headers: role === null ? {} : { cookie: user(role).cookie } });
}

function post(path: string, role: Role, fields: Record<string, string>, options: { csrf?: boolean } = {}) {
  const who = user(role);
  const form = new URLSearchParams(fields);
  if (options.csrf !== false) form.set('_csrf', who.csrf);
  return server.app.inject({ method: 'POST', url: path, headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
}

async function revision(): Promise<number> {
  return (await server.temp.store.findConference('cws3'))?.revision ?? -1;
}

/** The field error the page shows beside the named input of the form with this id prefix. */
function fieldError(html: string, id: string): string | null {
  const match = new RegExp(`id="${id}-error"[^>]*>([^<]*)<`).exec(html);
  return match ? decodeEntities(match[1] ?? '') : null;
}

async function venueForm(venueId: string): Promise<{ name: string; building: string; capacity: string; was: string }> {
  const { programme } = await server.temp.store.readProgramme(server.record.id);
  const venue = programme.venues.find((candidate) => candidate.id === venueId);
  assert.ok(venue);
  const page = await get(`/admin/venues/${venueId}`, 'editor');
  const was = /name="was" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  return { name: venue.name, building: venue.building ?? '', capacity: String(venue.capacity ?? ''), was };
}

describe('the secretariat pages for history, venues, settings and import', () => {
  const pages = [
    { path: '/admin/history', may: ['admin', 'editor'] },
    { path: '/admin/venues', may: ['admin', 'editor'] },
    { path: '/admin/settings', may: ['admin'] },
    { path: '/admin/import', may: ['admin', 'editor'] },
  ] as const;

  for (const { path, may } of pages) {
    test(`${path} answers its roles, refuses the others with 403 naming the role, and sends a reader without a session to log in`, async () => {
      for (const role of ['admin', 'editor', 'organiser', 'display'] as const) {
        const answer = await get(path, role);
        if ((may as readonly Role[]).includes(role)) assert.equal(answer.statusCode, 200, `${role} may open ${path}`);
        else {
          assert.equal(answer.statusCode, 403, `${role} may not open ${path}`);
          assert.match(visibleText(answer.body), new RegExp(`Your role \\(${role}\\) may not`));
        }
      }
      const anonymous = await get(path, null);
      assert.equal(anonymous.statusCode, 303);
      assert.equal(anonymous.headers.location, `/login?next=${encodeURIComponent(path)}`);
      const scoped = await get(`/c/cws3${path}`, 'admin');
      assert.equal(scoped.statusCode, 200, 'the page is there under the conference\'s own path too');
    });
  }

  test('the history shows who moved what, before → after, with a link to the entry, and filters by day', async () => {
    await moveEntry(server.temp.store, server.record, 'eel-routes', { venue: 'R2' }, { actor: { name: user('editor').user.email, role: 'editor' } });
    const page = await get('/admin/history', 'editor');
    const text = visibleText(page.body);
    assert.match(text, /Editor Clerk Moved Eel migration routes venue R1 → R2/);
    assert.match(text, /The whole programme was imported: 6 entries/);
    assert.match(page.body, /href="\/admin\/entries\/eel-routes"/);
    const tuesday = visibleText((await get('/admin/history?day=2031-05-13', 'editor')).body);
    assert.match(tuesday, /No change matches this filter/);
  });

  test('a bad day in the history filter is refused with 400 and the message beside the field, keeping what was typed', async () => {
    const answer = await get('/admin/history?day=13%2F05%2F2031', 'editor');
    assert.equal(answer.statusCode, 400);
    assert.match(fieldError(answer.body, 'history-day') ?? '', /YYYY-MM-DD/);
    assert.match(answer.body, /value="13\/05\/2031"/);
  });

  test('a history "before" too big for a revision is refused with 400 naming "before", not a server error', async () => {
    const answer = await get('/admin/history?before=9999999999', 'editor');
    assert.equal(answer.statusCode, 400);
    assert.match(visibleText(answer.body), /"before" must be a revision number/);
  });

  test('a venue is added from the form and listed', async () => {
    const answer = await post('/admin/venues', 'editor', { name: 'M3', building: 'M', capacity: '120', 'hours-1-date': '2031-05-12', 'hours-1-open': '09:00', 'hours-1-close': '18:00' });
    assert.equal(answer.statusCode, 303);
    const list = visibleText((await get(answer.headers.location as string, 'editor')).body);
    assert.match(list, /M3 was added/);
    assert.match(list, /M3 M 120 2031-05-12 09:00–18:00 0/);
  });

  test('a venue form with a bad capacity and closing time is refused by field with 400, keeping what was typed, changing nothing', async () => {
    const at = await revision();
    const answer = await post('/admin/venues', 'editor', { name: 'Boardroom A', capacity: 'lots', 'hours-1-open': '10:00', 'hours-1-close': '09:00' });
    assert.equal(answer.statusCode, 400);
    assert.match(fieldError(answer.body, 'venue-capacity') ?? '', /whole number of seats/);
    assert.match(fieldError(answer.body, 'venue-hours-1-close') ?? '', /after the opening time 10:00/);
    assert.match(answer.body, /value="Boardroom A"/);
    assert.equal(await revision(), at);
  });

  test('removing a venue in use is refused naming its entries; editing it renames it everywhere', async () => {
    const at = await revision();
    const refused = await post('/admin/venues/r2/remove', 'editor', { was: (await venueForm('r2')).was });
    assert.equal(refused.statusCode, 400);
    assert.match(visibleText(refused.body), /R2 was not removed: (an entry is|\d entries are) held there \([^)]*"Dune protection in national law"/);
    assert.equal(await revision(), at);
    const saved = await post('/admin/venues/r2', 'editor', { ...(await venueForm('r2')), name: 'Room 2' });
    assert.equal(saved.statusCode, 303);
    assert.equal((await server.temp.store.readEntry(server.record.id, 'dune-law'))?.venue, 'Room 2');
    const stale = await post('/admin/venues/r2', 'editor', { name: 'R2', building: 'R', capacity: '40', was: 'not-what-is-there' });
    assert.equal(stale.statusCode, 409);
    assert.match(visibleText(stale.body), /changed by someone else since you opened it/);
  });

  test('the settings are saved by an admin, and bad fields are refused by name with 400, changing nothing', async () => {
    const page = await get('/admin/settings', 'admin');
    const was = /name="was" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const fields = {
      was,
      title: 'Assembly of the Parties',
      session: 'Third session',
      organizer: 'Coastal Wetlands Secretariat',
      organizerShort: 'CWS',
      city: 'Lisbon',
      timeZone: 'Mars/Olympus',
      startDate: '2031-05-12',
      endDate: '2031-05-10',
      theme: '',
      notice: '',
      baseUrl: 'javascript:alert(1)',
      publication: 'live',
    };
    const at = await revision();
    const refused = await post('/admin/settings', 'admin', fields);
    assert.equal(refused.statusCode, 400);
    assert.match(fieldError(refused.body, 'settings-timeZone') ?? '', /not a time zone/);
    assert.match(fieldError(refused.body, 'settings-endDate') ?? '', /not be before the start date/);
    assert.match(fieldError(refused.body, 'settings-baseUrl') ?? '', /http:\/\/ or https:\/\//);
    assert.match(refused.body, /value="Mars\/Olympus"/);
    assert.equal(await revision(), at);
    const saved = await post('/admin/settings', 'admin', { ...fields, timeZone: 'Europe/Lisbon', endDate: '2031-05-13', baseUrl: 'https://programme.cws.example' });
    assert.equal(saved.statusCode, 303);
    assert.equal(await revision(), at + 1);
    const print = await server.app.inject({ method: 'GET', url: '/print' });
    assert.match(print.body, /https:\/\/programme\.cws\.example\//, 'the print page points at the conference\'s own address');
  });

  test('a note in use is not removed, and the page says which entry uses it', async () => {
    const at = await revision();
    const answer = await post('/admin/settings/notes/lunch-before/remove', 'admin', {});
    assert.equal(answer.statusCode, 400);
    assert.match(visibleText(answer.body), /an entry refers to it \("Salt marshes as carbon stores"\)/);
    assert.equal(await revision(), at);
  });

  test('an editor may not post the settings', async () => {
    const answer = await post('/admin/settings', 'editor', { title: 'Mine now' });
    assert.equal(answer.statusCode, 403);
  });

  test('an import preview with a broken line names the line and imports nothing', async () => {
    const at = await revision();
    const broken = renderDocument(sampleProgramme()).replace('2 - 3 p.m.\tR1', 'two to three\tR1');
    const line = broken.split('\n').findIndex((row) => row.startsWith('two to three')) + 1;
    const answer = await post('/admin/import/preview', 'editor', { text: broken });
    assert.equal(answer.statusCode, 400);
    assert.match(visibleText(answer.body), new RegExp(`Line ${line}:`));
    assert.equal(await revision(), at);
  });

  test('every form post without the session\'s CSRF token is refused with 403 and changes nothing', async () => {
    const at = await revision();
    for (const [path, role] of [
      ['/admin/venues', 'editor'],
      ['/admin/venues/r1/remove', 'editor'],
      ['/admin/settings', 'admin'],
      ['/admin/settings/notes', 'admin'],
      ['/admin/import/preview', 'editor'],
      ['/admin/import/confirm', 'editor'],
    ] as const) {
      const answer = await post(path, role, { name: 'X', text: 'Y', revision: String(at) }, { csrf: false });
      assert.equal(answer.statusCode, 403, path);
      assert.equal(answer.json().code, 'AGORA_CSRF');
    }
    assert.equal(await revision(), at);
  });
});
