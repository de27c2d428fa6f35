/**
 * Every route, with every role and with no session, against the policy table: a route that needs
 * an action answers 401 (or, for a page, sends the reader to log in) without a session, 403 to a
 * role the policy does not give the action, and lets through a role it does. A route not in
 * ROUTE_ACCESS below fails the test, so a new route cannot be added without saying who may use it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { may, ROLES, type Action, type Role } from '../../src/app/policy.ts';
import { publishRelease } from '../../src/app/releases.ts';
import { loginAs, type LoggedIn } from '../support/login.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { testActor } from '../support/test-actor.ts';

/** Who may use a route: anyone, or the callers whose role the policy gives this action. */
type Access = 'public' | 'logged-in' | Action;

/**
 * Each route by method and path (conference-scoped routes also live under `/c/:slug`, with the
 * same access). `stream` routes are event streams; they are opened and closed, not read to the end.
 */
const ROUTE_ACCESS: Record<string, Access> = {
  'GET /api/live': 'public',
  'GET /programme.json': 'public',
  'GET /schedule.xml': 'public',
  'GET /schedule.json': 'public',
  'GET /programme.ics': 'public',
  'GET /programme.csv': 'public',
  'GET /programme.txt': 'public',
  'GET /entries/:file': 'public',
  'GET /monitor': 'public',
  'GET /monitor/state.json': 'public',
  'GET /assets/agora.css': 'public',
  'GET /assets/agora.js': 'public',
  'GET /assets/admin.css': 'public',
  'GET /assets/admin.js': 'public',
  'GET /': 'public',
  'GET /days/:date': 'public',
  'GET /entries/:id(^(?!.*\\.ics$).+$)': 'public',
  'GET /search': 'public',
  'GET /now': 'public',
  'GET /agenda': 'public',
  'GET /agenda.ics': 'public',
  'GET /api/openapi.json': 'public',
  'GET /api/conference': 'public',
  'GET /api/venues': 'public',
  'GET /api/notes': 'public',
  'GET /api/entries': 'public',
  'GET /api/entries/:id': 'public',
  'POST /api/entries': 'edit-entries',
  'PATCH /api/entries/:id': 'edit-entries',
  'DELETE /api/entries/:id': 'edit-entries',
  'POST /api/entries/:id/restore': 'edit-entries',
  'GET /api/changes': 'public',
  'GET /api/releases': 'public',
  'GET /api/releases/:release': 'public',
  'POST /api/releases': 'publish-releases',
  'GET /api/requests': 'submit-requests',
  'POST /api/requests': 'submit-requests',
  'GET /api/requests/:id': 'submit-requests',
  'PUT /api/requests/:id': 'submit-requests',
  'POST /api/requests/:id/withdraw': 'submit-requests',
  'GET /programme.pdf': 'public',
  'GET /programme.docx': 'public',
  'GET /print': 'public',
  'GET /changes': 'public',
  'GET /changes.atom': 'public',
  'GET /changes.rss': 'public',
  'GET /v/:release': 'public',
  'GET /v/:release/': 'public',
  'GET /v/:release/programme.json': 'public',
  'GET /v/:release/schedule.xml': 'public',
  'GET /v/:release/schedule.json': 'public',
  'GET /v/:release/programme.ics': 'public',
  'GET /v/:release/programme.csv': 'public',
  'GET /v/:release/programme.txt': 'public',
  'GET /v/:release/programme.pdf': 'public',
  'GET /v/:release/programme.docx': 'public',
  'GET /v/:release/print': 'public',
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /login': 'public',
  'POST /login': 'public',
  'POST /logout': 'public',
  'GET /account/password': 'logged-in',
  'POST /account/password': 'logged-in',
  'GET /admin/users': 'manage-users',
  'POST /admin/users': 'manage-users',
  'POST /admin/users/:id/role': 'manage-users',
  'POST /admin/users/:id/reset': 'manage-users',
  'POST /admin/users/:id/disable': 'manage-users',
  'POST /admin/users/:id/enable': 'manage-users',
  'GET /admin/entries/new': 'edit-entries',
  'POST /admin/entries/new': 'edit-entries',
  'GET /admin/entries/:id': 'edit-entries',
  'POST /admin/entries/:id': 'edit-entries',
  'POST /admin/entries/:id/cancel': 'edit-entries',
  'POST /admin/entries/:id/restore': 'edit-entries',
  'POST /admin/undo': 'edit-entries',
  'GET /admin': 'edit-entries',
  'GET /admin/grid-fragment': 'edit-entries',
  'POST /admin/preview': 'edit-entries',
  'GET /admin/history': 'read-history',
  'GET /admin/venues': 'manage-venues',
  'POST /admin/venues': 'manage-venues',
  'GET /admin/venues/:id': 'manage-venues',
  'POST /admin/venues/:id': 'manage-venues',
  'POST /admin/venues/:id/remove': 'manage-venues',
  'GET /admin/releases': 'publish-releases',
  'POST /admin/releases': 'publish-releases',
  'GET /admin/settings': 'manage-conference',
  'POST /admin/settings': 'manage-conference',
  'POST /admin/settings/notes': 'manage-conference',
  'POST /admin/settings/notes/:id': 'manage-conference',
  'POST /admin/settings/notes/:id/remove': 'manage-conference',
  'GET /admin/import': 'import-programme',
  'POST /admin/import/preview': 'import-programme',
  'POST /admin/import/confirm': 'import-programme',
  'GET /requests': 'submit-requests',
  'GET /requests/new': 'submit-requests',
  'POST /requests': 'submit-requests',
  'GET /requests/:id': 'submit-requests',
  'POST /requests/:id': 'submit-requests',
  'POST /requests/:id/withdraw': 'submit-requests',
  'GET /register': 'public',
  'POST /register': 'public',
  'GET /admin/requests': 'review-requests',
  'GET /admin/requests/:id': 'review-requests',
  'POST /admin/requests/:id/accept': 'review-requests',
  'POST /admin/requests/:id/decline': 'review-requests',
  'POST /admin/requests/:id/schedule': 'review-requests',
  'GET /admin/requests/settings': 'manage-conference',
  'POST /admin/requests/settings': 'manage-conference',
  'GET /admin/webhooks': 'manage-notifications',
  'POST /admin/webhooks': 'manage-notifications',
  'GET /admin/webhooks/:id': 'manage-notifications',
  'POST /admin/webhooks/:id/disable': 'manage-notifications',
  'GET /admin/outbox': 'manage-notifications',
  'GET /subscribe': 'public',
  'POST /subscribe': 'public',
  'GET /unsubscribe': 'public',
  'POST /unsubscribe': 'public',
};

const STREAMS = new Set(['GET /api/live']);

/** Values for path parameters, so each route reaches its handler. */
const PARAMS: Record<string, string> = {
  slug: 'cws3',
  id: 'eel-routes',
  file: 'eel-routes.ics',
  date: '2031-05-12',
  release: '1',
};

function routeKey(method: string, url: string): string {
  const path = url.replace(/^\/c\/:slug/, '');
  return `${method} ${path === '' ? '/' : path}`;
}

function concretePath(url: string): string {
  return url
    .replace(/:id\([^)]*\)\)?[^/]*/, PARAMS.id!)
    .replace(/:([a-z]+)/gi, (_match, name: string) => PARAMS[name] ?? `unknown-${name}`);
}

type Caller = { kind: 'anonymous' } | { kind: 'role'; role: Role };

function describeCaller(caller: Caller): string {
  return caller.kind === 'anonymous' ? 'no session' : `a ${caller.role}`;
}

describe('every route with every role, against the policy table', () => {
  let server: TestServer;
  const sessions = new Map<Role, LoggedIn>();

  before(async () => {
    server = await startTestServer();
    // Release 1, so that the routes under /v/:release reach their renderings.
    await publishRelease(server.temp.store, server.record, testActor('test:editor', 'editor'), { name: 'Update 1' });
    for (const role of ROLES) sessions.set(role, await loginAs(server.temp.store, role));
  });
  after(async () => {
    await server?.close();
  });

  function routes() {
    const seen = new Map<string, { method: string; url: string; key: string }>();
    for (const route of server.routes) {
      if (route.method === 'HEAD' || route.method === 'OPTIONS') continue;
      const key = `${route.method} ${route.url}`;
      if (!seen.has(key)) seen.set(key, { method: route.method, url: route.url, key: routeKey(route.method, route.url) });
    }
    return [...seen.values()];
  }

  test('every route the server answers says who may use it', () => {
    const unlisted = [...new Set(routes().map((route) => route.key))].filter((key) => !(key in ROUTE_ACCESS));
    assert.deepEqual(unlisted, [], 'add these routes to ROUTE_ACCESS with the action they need');
    const gone = Object.keys(ROUTE_ACCESS).filter((key) => !routes().some((route) => route.key === key));
    assert.deepEqual(gone, [], 'these routes are listed but the server no longer has them');
  });

  async function ask(route: { method: string; url: string }, caller: Caller) {
    // A state-changing request gets a session of its own, so that one that ends a session
    // (logging out) or changes an account does not change what the next request is asked with.
    const login = caller.kind === 'anonymous' ? null : route.method === 'GET' ? sessions.get(caller.role)! : await loginAs(server.temp.store, caller.role);
    const headers: Record<string, string> = {};
    if (login) {
      headers.cookie = login.cookie;
      headers['x-csrf-token'] = login.csrf;
    }
    const path = concretePath(route.url);
    if (STREAMS.has(routeKey(route.method, route.url))) {
      const controller = new AbortController();
      const response = await fetch(`${server.url}${path}`, { headers, signal: controller.signal });
      controller.abort();
      return { statusCode: response.status, headers: Object.fromEntries(response.headers) as Record<string, string> };
    }
    const response = await server.app.inject({
      method: route.method as 'GET',
      url: path,
      headers: route.method === 'GET' ? headers : { ...headers, 'content-type': 'application/json' },
      payload: route.method === 'GET' ? undefined : '{}',
    });
    return { statusCode: response.statusCode, headers: response.headers as Record<string, string> };
  }

  function sentToLogin(answer: { statusCode: number; headers: Record<string, string> }): boolean {
    return answer.statusCode === 303 && String(answer.headers.location ?? '').startsWith('/login?next=');
  }

  test('each route answers each caller as the policy says: refused without a session, 403 for a role without the action, through for one with it', async () => {
    const callers: Caller[] = [{ kind: 'anonymous' }, ...ROLES.map((role): Caller => ({ kind: 'role', role }))];
    const wrong: string[] = [];
    // Reads first, so that the writes' effects (an entry moved, a session ended) come after them.
    const ordered = routes().sort((a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'));
    for (const route of ordered) {
      const access = ROUTE_ACCESS[route.key];
      if (access === undefined) continue;
      for (const caller of callers) {
        const answer = await ask(route, caller);
        const refusedForLogin = answer.statusCode === 401 || sentToLogin(answer);
        const forbidden = answer.statusCode === 403;
        let expected: 'through' | 'login' | 'forbidden';
        if (access === 'public') expected = 'through';
        else if (caller.kind === 'anonymous') expected = 'login';
        else if (access === 'logged-in' || may(caller.role, access)) expected = 'through';
        else expected = 'forbidden';
        const ok =
          expected === 'through' ? !refusedForLogin && !forbidden : expected === 'login' ? refusedForLogin : forbidden;
        if (!ok) wrong.push(`${route.method} ${route.url} for ${describeCaller(caller)}: expected ${expected}, got ${answer.statusCode}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  test('a state-changing request with a session cookie but without the CSRF token is refused with 403 and changes nothing', async () => {
    const editor = sessions.get('editor')!;
    const before = await server.temp.store.readEntry(server.record.id, 'eel-routes');
    const response = await server.app.inject({
      method: 'PATCH',
      url: '/api/entries/eel-routes',
      headers: { cookie: editor.cookie, 'if-match': `"${before!.revision}"`, 'content-type': 'application/json' },
      payload: JSON.stringify({ venue: 'R2' }),
    });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'AGORA_CSRF');
    const after = await server.temp.store.readEntry(server.record.id, 'eel-routes');
    assert.deepEqual(after, before);
  });

  test('the same request with the session\'s CSRF token goes through, and the change log names the user', async () => {
    const editor = sessions.get('editor')!;
    const before = await server.temp.store.readEntry(server.record.id, 'dune-law');
    const response = await server.app.inject({
      method: 'PATCH',
      url: '/api/entries/dune-law',
      headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf, 'if-match': `"${before!.revision}"`, 'content-type': 'application/json' },
      payload: JSON.stringify({ description: 'Moved to the afternoon.' }),
    });
    assert.equal(response.statusCode, 200, response.body);
    const [change] = await server.temp.store.changesSince(server.record.id, before!.revision, { entryId: 'dune-law' });
    assert.equal(change?.actor, editor.user.email);
  });

  test('a bearer token needs no CSRF token: no browser sends one on its own', async () => {
    const { createToken } = await import('../../src/app/tokens.ts');
    const { token } = await createToken(server.temp.store, 'editor', 'desk-walk');
    const before = await server.temp.store.readEntry(server.record.id, 'dune-law');
    const response = await server.app.inject({
      method: 'PATCH',
      url: '/api/entries/dune-law',
      headers: { authorization: `Bearer ${token}`, 'if-match': `"${before!.revision}"`, 'content-type': 'application/json' },
      payload: JSON.stringify({ description: 'Back in the morning.' }),
    });
    assert.equal(response.statusCode, 200, response.body);
  });
});

describe('with registered monitors (requireDisplayToken), the monitor and the live feed need read-monitor', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ server: { requireDisplayToken: true } });
  });
  after(async () => {
    await server?.close();
  });

  test('no session is 401, a role without read-monitor is 403, one with it is let through', async () => {
    const wrong: string[] = [];
    for (const path of ['/monitor', '/monitor/state.json', '/api/live']) {
      for (const role of [null, ...ROLES] as const) {
        const headers: Record<string, string> = {};
        if (role !== null) headers.cookie = (await loginAs(server.temp.store, role)).cookie;
        const controller = new AbortController();
        const response = await fetch(`${server.url}${path}`, { headers, signal: controller.signal });
        controller.abort();
        const expected = role === null ? 401 : may(role, 'read-monitor') ? 200 : 403;
        if (response.status !== expected) wrong.push(`${path} for ${role ?? 'no session'}: expected ${expected}, got ${response.status}`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});
