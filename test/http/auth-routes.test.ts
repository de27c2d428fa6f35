import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findSession } from '../../src/app/accounts/sessions.ts';
import { listUsers } from '../../src/app/accounts/users.ts';
import { SESSION_COOKIE } from '../../src/http/caller.ts';
import { loginAs, TEST_PASSWORD, type LoggedIn } from '../support/login.ts';
import { testActor } from '../support/test-actor.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** The session cookie a response sets, with its attributes. */
function sessionCookie(response: { headers: Record<string, unknown> }): { value: string; attributes: string[] } {
  const header = [response.headers['set-cookie']].flat().find((cookie) => String(cookie).startsWith(`${SESSION_COOKIE}=`));
  assert.ok(header, 'a session cookie is set');
  const [pair, ...attributes] = String(header).split(/;\s*/);
  return { value: decodeURIComponent(pair!.slice(SESSION_COOKIE.length + 1)), attributes };
}

/** The text of the HTML page, without tags, to look for what a reader sees. */
function text(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('logging in and out, and the admin\'s accounts page', () => {
  let server: TestServer;
  let admin: LoggedIn;
  before(async () => {
    server = await startTestServer();
    admin = await loginAs(server.temp.store, 'admin', { email: 'first-admin@agora.test', name: 'First Admin' });
  });
  after(async () => {
    await server?.close();
  });

  function post(url: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
    return server.app.inject({ method: 'POST', url, headers: { ...FORM, ...headers }, payload: form(fields) });
  }

  test('logging in sets an HttpOnly, SameSite=Lax session cookie, a new one each login, and ends the session the browser came with', async () => {
    const { user } = await loginAs(server.temp.store, 'editor');
    const first = await post('/login', { email: user.email, password: TEST_PASSWORD });
    assert.equal(first.statusCode, 303);
    assert.equal(first.headers.location, '/admin');
    const cookie = sessionCookie(first);
    assert.ok(cookie.attributes.includes('HttpOnly'));
    assert.ok(cookie.attributes.includes('SameSite=Lax'));
    assert.ok(cookie.attributes.includes('Path=/'));
    assert.ok(!cookie.attributes.includes('Secure'), 'plain http gets no Secure flag');
    assert.equal((await findSession(server.temp.store, cookie.value))?.user.email, user.email);
    const login = await server.app.inject({ url: '/login', headers: { cookie: `${SESSION_COOKIE}=${cookie.value}` } });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(login.body)?.[1];
    assert.ok(csrf, 'the login form carries the present session\'s token');
    const second = await post('/login', { email: user.email, password: TEST_PASSWORD, _csrf: csrf }, { cookie: `${SESSION_COOKIE}=${cookie.value}` });
    assert.equal(second.statusCode, 303);
    const rotated = sessionCookie(second);
    assert.notEqual(rotated.value, cookie.value);
    assert.equal(await findSession(server.temp.store, cookie.value), null, 'the old session is gone');
    assert.ok(await findSession(server.temp.store, rotated.value));
  });

  test('the cookie is Secure when the proxy says the request came over https', async () => {
    const { user } = await loginAs(server.temp.store, 'editor');
    const response = await post('/login', { email: user.email, password: TEST_PASSWORD }, { 'x-forwarded-proto': 'https' });
    assert.equal(response.statusCode, 303);
    assert.ok(sessionCookie(response).attributes.includes('Secure'));
  });

  test('after logging in, the browser returns to the page that sent it to the login form', async () => {
    const anonymous = await server.app.inject({ url: '/admin/users' });
    assert.equal(anonymous.statusCode, 303);
    assert.equal(anonymous.headers.location, '/login?next=%2Fadmin%2Fusers');
    const page = await server.app.inject({ url: String(anonymous.headers.location) });
    assert.match(page.body, /<input type="hidden" name="next" value="\/admin\/users"\/>/);
    const response = await post('/login', { email: admin.user.email, password: TEST_PASSWORD, next: '/admin/users' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/admin/users');
  });

  test('a next address on another site is ignored: the login goes to /admin', async () => {
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const page = await server.app.inject({ url: `/login?next=${encodeURIComponent(next)}` });
      assert.doesNotMatch(page.body, /evil\.example/);
      const response = await post('/login', { email: admin.user.email, password: TEST_PASSWORD, next });
      assert.equal(response.headers.location, '/admin', `next=${next}`);
    }
  });

  test('a login form posted from another site is refused with 403 and sets no cookie; one from this site logs in', async () => {
    const forged = await post('/login', { email: admin.user.email, password: TEST_PASSWORD }, { origin: 'https://evil.example' });
    assert.equal(forged.statusCode, 403);
    assert.equal(forged.headers['set-cookie'], undefined);
    assert.match(text(forged.body), /sent from another site/);
    const own = await post('/login', { email: admin.user.email, password: TEST_PASSWORD }, { origin: 'http://localhost:80' });
    assert.equal(own.statusCode, 303, 'inject sends Host localhost:80');
  });

  test('a login sent as JSON with fields that are not text is refused naming them, not a server error', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email: 1, password: {} }) });
    assert.equal(response.statusCode, 400);
    assert.match(text(response.body), /give the e-mail address of your account/);
  });

  test('a client cannot choose the address its failed logins are counted under: X-Forwarded-For is believed from a proxy on this machine only', async () => {
    const attempt = (remoteAddress: string) =>
      server.app.inject({ method: 'POST', url: '/login', remoteAddress, headers: { ...FORM, 'x-forwarded-for': '10.9.9.9' }, payload: form({ email: 'nobody@agora.test', password: 'not it at all' }) });
    await attempt('203.0.113.5');
    await attempt('127.0.0.1');
    const rows = await server.temp.store.db.selectFrom('login_attempts').select('ip').where('email', '=', 'nobody@agora.test').orderBy('at').execute();
    assert.deepEqual(rows.map((row) => row.ip), ['203.0.113.5', '10.9.9.9']);
  });

  test('a wrong password shows the message beside the password field with the e-mail kept, 401, and sets no cookie', async () => {
    const response = await post('/login', { email: 'First-Admin@agora.test', password: 'not it at all' });
    assert.equal(response.statusCode, 401);
    assert.equal(response.headers['set-cookie'], undefined);
    assert.match(response.body, /<input id="login-email" name="email" type="email" value="First-Admin@agora.test"/);
    assert.match(response.body, /<p class="field-error" id="login-password-error">does not match this e-mail address<\/p>/);
    assert.match(text(response.body), /The e-mail address or password is not right/);
  });

  test('an empty form names both fields with 400', async () => {
    const response = await post('/login', { email: '', password: '' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /id="login-email-error">give the e-mail address of your account/);
    assert.match(response.body, /id="login-password-error">give your password/);
  });

  test('after five failed logins the form says to wait, with 429, even for the right password', async () => {
    const { user } = await loginAs(server.temp.store, 'editor');
    for (let attempt = 0; attempt < 5; attempt += 1) assert.equal((await post('/login', { email: user.email, password: 'guessing' })).statusCode, 401);
    const response = await post('/login', { email: user.email, password: TEST_PASSWORD });
    assert.equal(response.statusCode, 429);
    assert.match(text(response.body), new RegExp(`Too many failed logins for ${user.email}\\. Wait 15 minutes and try again`));
    assert.equal(response.headers['set-cookie'], undefined);
  });

  test('logging out ends the session, clears the cookie and returns to the login page', async () => {
    const session = await loginAs(server.temp.store, 'editor');
    const refused = await post('/logout', {}, { cookie: session.cookie });
    assert.equal(refused.statusCode, 403, 'logging out with a cookie needs the form token too');
    const response = await post('/logout', { _csrf: session.csrf }, { cookie: session.cookie });
    assert.equal(response.statusCode, 303);
    assert.match(String(response.headers.location), /^\/login/);
    assert.ok(sessionCookie(response).attributes.includes('Max-Age=0'));
    assert.equal(await findSession(server.temp.store, session.secret), null);
    const page = await server.app.inject({ url: String(response.headers.location) });
    assert.match(text(page.body), /You have logged out/);
  });

  test('anonymous readers of /admin/users are sent to log in; an editor gets 403 naming the role', async () => {
    assert.match(String((await server.app.inject({ url: '/admin/users' })).headers.location), /^\/login\?next=/);
    const editor = await loginAs(server.temp.store, 'editor');
    const response = await server.app.inject({ url: '/admin/users', headers: { cookie: editor.cookie } });
    assert.equal(response.statusCode, 403);
    assert.match(text(response.body), /Your role \(editor\) may not manage users/);
    const post403 = await post('/admin/users', { _csrf: editor.csrf, email: 'x@agora.test', name: 'X', role: 'admin', password: TEST_PASSWORD }, { cookie: editor.cookie });
    assert.equal(post403.statusCode, 403);
    assert.equal((await listUsers(server.temp.store, testActor())).some((user) => user.email === 'x@agora.test'), false);
  });

  test('a form post to /admin/users without the form token is refused with 403 AGORA_CSRF and makes no account', async () => {
    const response = await post('/admin/users', { email: 'csrf@agora.test', name: 'No token', role: 'admin', password: TEST_PASSWORD }, { cookie: admin.cookie });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'AGORA_CSRF');
    assert.equal((await listUsers(server.temp.store, testActor())).some((user) => user.email === 'csrf@agora.test'), false);
  });

  test('an admin makes an account; the list then says so, and the new user must set a password at first login', async () => {
    const response = await post('/admin/users', { _csrf: admin.csrf, email: 'new.clerk@agora.test', name: 'New Clerk', role: 'editor', password: 'handed over in person' }, { cookie: admin.cookie });
    assert.equal(response.statusCode, 303);
    const list = await server.app.inject({ url: String(response.headers.location), headers: { cookie: admin.cookie } });
    assert.match(text(list.body), /Account made for New Clerk \(new\.clerk@agora\.test\), as editor/);
    assert.match(text(list.body), /new\.clerk@agora\.test New Clerk .* Active, must set a password/);
    const login = await post('/login', { email: 'new.clerk@agora.test', password: 'handed over in person', next: '/admin/history' });
    assert.equal(login.headers.location, '/account/password?next=%2Fadmin%2Fhistory');
    const cookie = `${SESSION_COOKIE}=${sessionCookie(login).value}`;
    const grid = await server.app.inject({ url: '/admin/users', headers: { cookie } });
    assert.match(String(grid.headers.location), /^\/account\/password/, 'every admin page sends them to set a password first');
    const page = await server.app.inject({ url: '/account/password?next=%2Fadmin%2Fhistory', headers: { cookie } });
    assert.doesNotMatch(page.body, /name="current"/, 'after a reset the present password is not asked');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const mismatch = await post('/account/password', { _csrf: csrf, password: 'my own password now', confirmation: 'something else', next: '/admin/history' }, { cookie });
    assert.equal(mismatch.statusCode, 400);
    assert.match(mismatch.body, /id="password-confirmation-error">does not match the new password/);
    const set = await post('/account/password', { _csrf: csrf, password: 'my own password now', confirmation: 'my own password now', next: '/admin/history' }, { cookie });
    assert.equal(set.statusCode, 303);
    assert.equal(set.headers.location, '/admin/history');
    assert.equal((await post('/login', { email: 'new.clerk@agora.test', password: 'my own password now' })).statusCode, 303);
  });

  test('a refused new account shows each error beside its field and keeps what was typed', async () => {
    const before = (await listUsers(server.temp.store, testActor())).length;
    const response = await post('/admin/users', { _csrf: admin.csrf, email: 'not-an-address', name: 'Kept <Name>', role: 'editor', password: 'short' }, { cookie: admin.cookie });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /id="new-user-email-error">must be an e-mail address/);
    assert.match(response.body, /id="new-user-password-error">must be at least 10 characters long/);
    assert.match(response.body, /value="not-an-address"/);
    assert.match(response.body, /value="Kept &lt;Name>"/, 'kept, and escaped');
    assert.equal((await listUsers(server.temp.store, testActor())).length, before);
  });

  test('a reset shows the one-time password once, on the answer, and it logs in', async () => {
    const clerk = await loginAs(server.temp.store, 'editor');
    const response = await post(`/admin/users/${clerk.user.id}/reset`, { _csrf: admin.csrf }, { cookie: admin.cookie });
    assert.equal(response.statusCode, 200);
    const password = /data-one-time-password[^>]*>([^<]+)</.exec(response.body)?.[1];
    assert.ok(password);
    assert.match(text(response.body), /Hand it to them in person now: it is shown only this once/);
    assert.equal(await findSession(server.temp.store, clerk.secret), null, 'their open session ended');
    const list = await server.app.inject({ url: '/admin/users', headers: { cookie: admin.cookie } });
    assert.ok(!list.body.includes(password), 'the list does not show it again');
    const login = await post('/login', { email: clerk.user.email, password });
    assert.match(String(login.headers.location), /^\/account\/password/);
  });

  test('a role change and disabling go through the forms; the last admin\'s demotion is refused in its row', async () => {
    const clerk = await loginAs(server.temp.store, 'editor');
    const role = await post(`/admin/users/${clerk.user.id}/role`, { _csrf: admin.csrf, role: 'organiser' }, { cookie: admin.cookie });
    assert.equal(role.statusCode, 303);
    const disable = await post(`/admin/users/${clerk.user.id}/disable`, { _csrf: admin.csrf }, { cookie: admin.cookie });
    assert.equal(disable.statusCode, 303);
    const list = await server.app.inject({ url: String(disable.headers.location).replace(/#.*/, ''), headers: { cookie: admin.cookie } });
    assert.match(text(list.body), /is disabled: they cannot log in/);
    const changed = (await listUsers(server.temp.store, testActor())).find((user) => user.id === clerk.user.id);
    assert.deepEqual([changed?.role, changed?.disabledAt !== null], ['organiser', true]);
    assert.equal(await findSession(server.temp.store, clerk.secret), null);
    const admins = (await listUsers(server.temp.store, testActor())).filter((user) => user.role === 'admin' && user.disabledAt === null);
    assert.deepEqual(admins.map((user) => user.email), [admin.user.email], 'the test server has one admin');
    const demote = await post(`/admin/users/${admin.user.id}/role`, { _csrf: admin.csrf, role: 'editor' }, { cookie: admin.cookie });
    assert.equal(demote.statusCode, 400);
    assert.match(demote.body, new RegExp(`id="user-${admin.user.id}-role-error">the last admin must stay an admin`));
    assert.equal((await listUsers(server.temp.store, testActor())).find((user) => user.id === admin.user.id)?.role, 'admin');
    const unknown = await post('/admin/users/999999/disable', { _csrf: admin.csrf }, { cookie: admin.cookie });
    assert.equal(unknown.statusCode, 404);
    const tooBig = await post('/admin/users/999999999999/disable', { _csrf: admin.csrf }, { cookie: admin.cookie });
    assert.equal(tooBig.statusCode, 404, 'an id too big for the database is an unknown account, not a server error');
  });
});
