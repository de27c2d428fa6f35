import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { updateEntry } from '../../../src/app/entry-commands.ts';
import type { Role } from '../../../src/app/policy.ts';
import { loginAs, type LoggedIn } from '../../support/login.ts';
import { testActor } from '../../support/test-actor.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';
import { visibleText } from '../html.ts';

describe('publishing a release from /admin/releases', () => {
  let server: TestServer;
  const users = new Map<Role, LoggedIn>();

  before(async () => {
    server = await startTestServer();
    for (const role of ['admin', 'editor', 'organiser', 'display'] as const) users.set(role, await loginAs(server.temp.store, role));
  });
  after(() => server.close());

  const who = (role: Role) => users.get(role) as LoggedIn;
  const get = (path: string, role: Role) => server.app.inject({ method: 'GET', url: path, headers: { cookie: who(role).cookie } });
  function post(path: string, role: Role, fields: Record<string, string>, options: { csrf?: boolean } = {}) {
    const form = new URLSearchParams(fields);
    if (options.csrf !== false) form.set('_csrf', who(role).csrf);
    return server.app.inject({ method: 'POST', url: path, headers: { cookie: who(role).cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
  }
  const releases = () => server.temp.store.listReleases(server.record.id);

  test('an editor sees the form and no releases yet, and the navigation leads here', async () => {
    const page = await get('/admin/releases', 'editor');
    assert.equal(page.statusCode, 200);
    const text = visibleText(page.body);
    assert.match(text, /Publish a release/);
    assert.match(text, /No release has been published yet\./);
    assert.match(page.body, /<a href="\/admin\/releases" aria-current="page">Releases<\/a>/);
  });

  test('an editor publishes with the CSRF token: redirected back with a notice, listed with a link to its changelog', async () => {
    const published = await post('/admin/releases', 'editor', { name: 'Programme as printed', comment: 'Handed out at registration.' });
    assert.equal(published.statusCode, 303, published.body);
    assert.equal(published.headers.location, '/admin/releases?done=1#release-1');
    const [release] = await releases();
    assert.deepEqual([release?.id, release?.name, release?.comment, release?.actor], [1, 'Programme as printed', 'Handed out at registration.', who('editor').user.email]);
    const page = await get(String(published.headers.location), 'editor');
    assert.match(visibleText(page.body), /Programme as printed was published as release 1\./);
    assert.ok(page.body.includes('href="/changes#release-1"'));
    assert.match(visibleText(page.body), /Nothing has changed since Programme as printed/);

    await updateEntry(server.temp.store, server.record, 'eel-routes', { title: 'Eels crossing borders' }, { actor: testActor('test:editor', 'editor') });
    const scoped = await post('/c/cws3/admin/releases', 'admin', { name: 'Update 2', comment: '' });
    assert.equal(scoped.statusCode, 303);
    assert.equal(scoped.headers.location, '/c/cws3/admin/releases?done=2#release-2');
    await server.bus.poke();
    const changes = await server.app.inject({ method: 'GET', url: '/changes' });
    assert.match(visibleText(changes.body), /Update 2 .*title: Eel migration routes → Eels crossing borders/);
  });

  test('a missing or overlong name is shown beside its field, keeps what was typed, and publishes nothing', async () => {
    const count = (await releases()).length;
    const missing = await post('/admin/releases', 'editor', { name: '  ', comment: 'M3 closed on Thursday' });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /id="release-name-error"[^>]*>give the release a name readers will recognise/);
    assert.match(missing.body, /aria-invalid="true"/);
    assert.match(missing.body, /M3 closed on Thursday<\/textarea>/);
    const long = await post('/admin/releases', 'editor', { name: 'Update <3>', comment: 'x'.repeat(1001) });
    assert.equal(long.statusCode, 400);
    assert.match(long.body, /id="release-comment-error"[^>]*>at most 1000 characters/);
    assert.match(long.body, /value="Update &lt;3>"/);
    assert.equal((await releases()).length, count);
  });

  test('an organiser and a display are refused with 403 and publish nothing; without the CSRF token nothing is published', async () => {
    const count = (await releases()).length;
    for (const role of ['organiser', 'display'] as const) {
      assert.equal((await get('/admin/releases', role)).statusCode, 403, role);
      const refused = await post('/admin/releases', role, { name: 'Update 9' });
      assert.equal(refused.statusCode, 403, role);
    }
    const noToken = await post('/admin/releases', 'editor', { name: 'Update 9' }, { csrf: false });
    assert.equal(noToken.statusCode, 403);
    assert.equal((await releases()).length, count);
    const anonymous = await server.app.inject({ method: 'GET', url: '/admin/releases' });
    assert.equal(anonymous.statusCode, 303);
    assert.match(String(anonymous.headers.location), /^\/login\?next=/);
  });
});
