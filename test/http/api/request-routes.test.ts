import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { createToken } from '../../../src/app/tokens.ts';
import { loginAs, type LoggedIn } from '../../support/login.ts';
import { fieldsNamed, json, refusal, startApiServer, type ApiTestServer } from './api-test-kit.ts';

interface RequestAnswer {
  id: number;
  status: string;
  title: string;
  sponsors: string[];
  choices: { date: string; start: string; end: string }[];
  needs: { refreshments: string; languages: string[] };
  contactPhone: string | null;
  scheduled: unknown;
  version: number;
}

const FORM = {
  sponsors: 'Chile\nBrazil',
  title: 'Kelp forests and their fisheries',
  description: 'Cold-water kelp.',
  expectedAttendance: '40',
  choices: [{ date: '2031-05-12', start: '13:15', end: '14:45' }],
  refreshments: 'after',
  languages: ['Spanish'],
  contactName: 'Ana Pérez',
  contactEmail: 'ana@example.org',
};

let server: ApiTestServer;
let first: LoggedIn;
let second: LoggedIn;
beforeEach(async () => {
  server = await startApiServer();
  first = await loginAs(server.temp.store, 'organiser');
  second = await loginAs(server.temp.store, 'organiser');
});
afterEach(() => server.close());

const reading = (who: LoggedIn) => ({ cookie: who.cookie });
const writing = (who: LoggedIn, version?: number) => ({ cookie: who.cookie, 'x-csrf-token': who.csrf, ...(version === undefined ? {} : { 'if-match': `"${version}"` }) });

async function submit(who: LoggedIn = first, payload: Record<string, unknown> = FORM) {
  return server.request({ method: 'POST', url: '/api/requests', payload, headers: writing(who) });
}

async function submitted(): Promise<RequestAnswer> {
  const response = await submit();
  assert.equal(response.statusCode, 201, response.body);
  return json<RequestAnswer>(response);
}

async function stored(id: number, who: LoggedIn = first): Promise<RequestAnswer> {
  const response = await server.request({ url: `/api/requests/${id}`, headers: reading(who) });
  assert.equal(response.statusCode, 200, response.body);
  return json<RequestAnswer>(response);
}

describe('side-event requests over the API', () => {
  test('an organiser submits, lists, reads, edits with If-Match and withdraws their request', async () => {
    const response = await submit();
    assert.equal(response.statusCode, 201, response.body);
    const request = json<RequestAnswer>(response);
    assert.deepEqual([request.status, request.version, request.sponsors, request.needs, request.contactPhone, request.scheduled], ['submitted', 1, ['Chile', 'Brazil'], { refreshments: 'after', languages: ['Spanish'] }, null, null]);
    assert.equal(response.headers.location, `/api/requests/${request.id}`);

    const list = json<{ requests: RequestAnswer[] }>(await server.request({ url: '/api/requests', headers: reading(first) }));
    assert.deepEqual(list.requests.map((item) => item.title), ['Kelp forests and their fisheries']);
    const one = await server.request({ url: `/api/requests/${request.id}`, headers: reading(first) });
    assert.equal(one.headers.etag, '"1"');

    const edited = await server.request({ method: 'PUT', url: `/api/requests/${request.id}`, payload: { ...FORM, title: 'Kelp forests' }, headers: writing(first, 1) });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.deepEqual([json<RequestAnswer>(edited).title, json<RequestAnswer>(edited).version], ['Kelp forests', 2]);
    assert.equal((await stored(request.id)).title, 'Kelp forests');

    const withdrawn = await server.request({ method: 'POST', url: `/api/requests/${request.id}/withdraw`, headers: writing(first, 2) });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    assert.equal((await stored(request.id)).status, 'cancelled');
  });

  test('another organiser gets 404 reading, editing and withdrawing it, and it stays as it was', async () => {
    const request = await submitted();
    assert.deepEqual(json<{ requests: unknown[] }>(await server.request({ url: '/api/requests', headers: reading(second) })).requests, []);
    refusal(await server.request({ url: `/api/requests/${request.id}`, headers: reading(second) }), 404, 'AGORA_NOT_FOUND');
    refusal(await server.request({ method: 'PUT', url: `/api/requests/${request.id}`, payload: { ...FORM, title: 'Taken over' }, headers: writing(second, 1) }), 404, 'AGORA_NOT_FOUND');
    refusal(await server.request({ method: 'POST', url: `/api/requests/${request.id}/withdraw`, headers: writing(second, 1) }), 404, 'AGORA_NOT_FOUND');
    const after = await stored(request.id);
    assert.deepEqual([after.title, after.status, after.version], ['Kelp forests and their fisheries', 'submitted', 1]);
  });

  test('a stale If-Match is 409, none is 428, and neither changes the request', async () => {
    const request = await submitted();
    refusal(await server.request({ method: 'PUT', url: `/api/requests/${request.id}`, payload: { ...FORM, title: 'Late' }, headers: writing(first, 7) }), 409, 'AGORA_STALE_REVISION');
    refusal(await server.request({ method: 'POST', url: `/api/requests/${request.id}/withdraw`, headers: writing(first, 7) }), 409, 'AGORA_STALE_REVISION');
    const missing = refusal(await server.request({ method: 'PUT', url: `/api/requests/${request.id}`, payload: { ...FORM, title: 'Late' }, headers: writing(first) }), 428, 'AGORA_PRECONDITION_REQUIRED');
    assert.deepEqual(fieldsNamed(missing), ['if-match']);
    refusal(await server.request({ method: 'POST', url: `/api/requests/${request.id}/withdraw`, headers: writing(first) }), 428, 'AGORA_PRECONDITION_REQUIRED');
    const after = await stored(request.id);
    assert.deepEqual([after.title, after.status, after.version], ['Kelp forests and their fisheries', 'submitted', 1]);
  });

  test('a bad body is refused naming the field, and nothing is submitted', async () => {
    assert.deepEqual(fieldsNamed(refusal(await submit(first, { ...FORM, title: '  ' }), 400, 'AGORA_BAD_INPUT')), ['title']);
    assert.deepEqual(fieldsNamed(refusal(await submit(first, { ...FORM, contactEmail: 'nobody' }), 400, 'AGORA_BAD_INPUT')), ['contactEmail']);
    assert.deepEqual(fieldsNamed(refusal(await submit(first, { ...FORM, choices: [{ date: '2031-05-12', start: '15:00', end: '14:00' }] }), 400, 'AGORA_BAD_INPUT')), ['choice-1-end']);
    assert.deepEqual(fieldsNamed(refusal(await submit(first, { ...FORM, room: 'M7' }), 400, 'AGORA_BAD_INPUT')), ['room']);
    const { title: _title, ...untitled } = FORM;
    assert.deepEqual(fieldsNamed(refusal(await submit(first, untitled), 400, 'AGORA_BAD_INPUT')), ['title']);
    assert.deepEqual(json<{ requests: unknown[] }>(await server.request({ url: '/api/requests', headers: reading(first) })).requests, []);
  });

  test('no login is 401, a display token or session 403, a token of a role that may (it has no account) 403, a session without its CSRF token 403, and nothing is submitted', async () => {
    refusal(await server.request({ url: '/api/requests' }), 401, 'AGORA_UNAUTHORISED');
    refusal(await server.request({ method: 'POST', url: '/api/requests', payload: FORM }), 401, 'AGORA_UNAUTHORISED');
    refusal(await server.request({ url: '/api/requests', headers: server.display }), 403, 'AGORA_FORBIDDEN');
    refusal(await server.request({ method: 'POST', url: '/api/requests', payload: FORM, headers: server.display }), 403, 'AGORA_FORBIDDEN');
    const admin = await createToken(server.temp.store, 'admin', 'desk-admin');
    const byToken = refusal(await server.request({ method: 'POST', url: '/api/requests', payload: FORM, headers: { authorization: `Bearer ${admin.token}` } }), 403, 'AGORA_FORBIDDEN');
    assert.match(byToken.message, /belong to an account/);
    const display = await loginAs(server.temp.store, 'display');
    refusal(await server.request({ url: '/api/requests', headers: reading(display) }), 403, 'AGORA_FORBIDDEN');
    refusal(await server.request({ method: 'POST', url: '/api/requests', payload: FORM, headers: reading(first) }), 403, 'AGORA_CSRF');
    assert.deepEqual(json<{ requests: unknown[] }>(await server.request({ url: '/api/requests', headers: reading(first) })).requests, []);
  });
});
