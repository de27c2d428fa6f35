import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { revokeToken } from '../../../src/app/tokens.ts';
import type { StoredEntry } from '../../../src/model/programme.ts';
import { fieldsNamed, json, refusal, startApiServer, storedState, type ApiTestServer } from './api-test-kit.ts';

interface WriteAnswer {
  entry: StoredEntry;
  revision: number;
  conflicts: { rule: string; severity: string; entries: string[]; message: string }[];
}

let server: ApiTestServer;
beforeEach(async () => {
  server = await startApiServer();
});
afterEach(() => server.close());

function patch(id: string, payload: unknown, headers: Record<string, string> = {}, query = '') {
  return server.request({ method: 'PATCH', url: `/api/entries/${id}${query}`, payload: payload as Record<string, unknown>, headers: { ...server.editor, 'if-match': '"1"', ...headers } });
}

describe('who may write', () => {
  test('a write without a token is refused with 401 and a Bearer challenge, and nothing changes', async () => {
    const before = await storedState(server, 'eel-routes');
    const response = await server.request({ method: 'PATCH', url: '/api/entries/eel-routes', payload: { venue: 'R2' }, headers: { 'if-match': '"1"' } });
    refusal(response, 401, 'AGORA_UNAUTHORISED');
    assert.match(String(response.headers['www-authenticate']), /^Bearer/);
    assert.deepEqual(await storedState(server, 'eel-routes'), before);
  });

  test('a revoked token is refused with 401', async () => {
    await revokeToken(server.temp.store, 'desk-1');
    const body = refusal(await patch('eel-routes', { venue: 'R2' }), 401, 'AGORA_UNAUTHORISED');
    assert.match(body.message, /revoked/);
  });

  test('a display token may read but not write: 403', async () => {
    const before = await storedState(server, 'eel-routes');
    const body = refusal(await patch('eel-routes', { venue: 'R2' }, server.display), 403, 'AGORA_FORBIDDEN');
    assert.match(body.message, /display/);
    assert.deepEqual(await storedState(server, 'eel-routes'), before);
  });

  test('the token is checked before the body: an anonymous bad body is a 401, not a 400', async () => {
    const response = await server.request({ method: 'PATCH', url: '/api/entries/eel-routes', payload: { room: 'R2' } });
    refusal(response, 401, 'AGORA_UNAUTHORISED');
  });
});

describe('changing an entry with PATCH', () => {
  test('a PATCH with the ETag read moves the entry, answers it with the new ETag, and the change log shows it with the token as actor', async () => {
    const read = await server.request({ method: 'GET', url: '/api/entries/eel-routes' });
    const response = await patch('eel-routes', { venue: 'R2' }, { 'if-match': String(read.headers.etag) });
    assert.equal(response.statusCode, 200, response.body);
    const body = json<WriteAnswer>(response);
    assert.equal(body.entry.venue, 'R2');
    assert.equal(body.revision, 2);
    assert.equal(body.entry.revision, 2);
    assert.equal(response.headers.etag, '"2"');
    assert.deepEqual(body.conflicts, []);

    const changes = json<{ changes: { revision: number; kind: string; entryId: string; actor: string; before: StoredEntry; after: StoredEntry }[] }>(
      await server.request({ method: 'GET', url: '/api/changes?since=1' }),
    ).changes;
    assert.equal(changes.length, 1);
    const [change] = changes;
    assert.deepEqual([change?.revision, change?.kind, change?.entryId, change?.actor], [2, 'move', 'eel-routes', 'token:desk-1']);
    assert.equal(change?.before.venue, 'R1');
    assert.equal(change?.after.venue, 'R2');
  });

  test('a read right after a write sees it', async () => {
    await server.request({ method: 'GET', url: '/api/entries/dune-law' });
    assert.equal((await patch('dune-law', { title: 'Dune protection in law' })).statusCode, 200);
    const read = await server.request({ method: 'GET', url: '/api/entries/dune-law' });
    assert.equal(json<StoredEntry>(read).title, 'Dune protection in law');
    assert.equal(read.headers.etag, '"2"');
  });

  test('a new start alone keeps the length; start and end together set both; an unquoted If-Match is taken', async () => {
    const moved = json<WriteAnswer>(await patch('dune-law', { start: '15:00' }));
    assert.deepEqual([moved.entry.start, moved.entry.end], ['15:00', '16:00']);
    const both = json<WriteAnswer>(await patch('dune-law', { start: '09:00', end: '09:45' }, { 'if-match': '2' }));
    assert.deepEqual([both.entry.start, both.entry.end], ['09:00', '09:45']);
  });

  test('a PATCH that is not only a move is an update of those fields', async () => {
    const response = await patch('salt-marsh', { description: 'New field results.', sponsors: ['Portugal'] });
    const body = json<WriteAnswer>(response);
    assert.equal(body.entry.description, 'New field results.');
    assert.deepEqual(body.entry.sponsors, ['Portugal']);
    const [change] = (await server.temp.store.changesSince(server.record.id, 1)) ?? [];
    assert.equal(change?.kind, 'update');
  });

  test('without If-Match the write is refused with 428 saying to send the ETag read, and nothing changes', async () => {
    const before = await storedState(server, 'eel-routes');
    const response = await server.request({ method: 'PATCH', url: '/api/entries/eel-routes', payload: { venue: 'R2' }, headers: server.editor });
    const body = refusal(response, 428, 'AGORA_PRECONDITION_REQUIRED');
    assert.match(body.message, /If-Match/);
    assert.match(body.message, /ETag/);
    assert.match(body.message, /GET \/api\/entries\/eel-routes/);
    assert.deepEqual(await storedState(server, 'eel-routes'), before);
  });

  test('an If-Match that is no ETag of ours is a 400 naming if-match', async () => {
    const body = refusal(await patch('eel-routes', { venue: 'R2' }, { 'if-match': 'yesterday' }), 400, 'AGORA_BAD_INPUT');
    assert.deepEqual(fieldsNamed(body), ['if-match']);
    const huge = refusal(await patch('eel-routes', { venue: 'R2' }, { 'if-match': '"99999999999"' }), 400, 'AGORA_BAD_INPUT');
    assert.deepEqual(fieldsNamed(huge), ['if-match'], 'a revision no database integer holds is refused, not sent to the database');
  });

  test('a stale If-Match is refused with 409 and the entry as it is now, and nothing changes', async () => {
    assert.equal((await patch('eel-routes', { description: 'changed by someone else' })).statusCode, 200);
    const before = await storedState(server, 'eel-routes');
    const response = await patch('eel-routes', { venue: 'R2' }, { 'if-match': '"1"' });
    const body = refusal(response, 409, 'AGORA_STALE_REVISION');
    assert.equal(body.current?.id, 'eel-routes');
    assert.equal(body.current?.revision, 2);
    assert.equal(body.current?.description, 'changed by someone else');
    assert.equal(body.current?.venue, 'R1');
    assert.deepEqual(await storedState(server, 'eel-routes'), before);
  });

  test('bad fields are refused with 400 naming each one, typos included, and nothing changes', async () => {
    const before = await storedState(server, 'eel-routes');
    const body = refusal(await patch('eel-routes', { room: 'M7', start: '25:00', kind: 'keynote', sponsors: 'Morocco', parts: [{ label: 'A', title: '' }] }), 400, 'AGORA_BAD_INPUT');
    assert.deepEqual(fieldsNamed(body).sort(), ['kind', 'parts[0].description', 'parts[0].sponsors', 'parts[0].title', 'room', 'sponsors', 'start']);
    const message = (where: string) => body.problems?.find((problem) => problem.where === where)?.message ?? '';
    assert.match(message('room'), /is not a field/);
    assert.match(message('room'), /venue/, 'the refusal lists the fields there are');
    assert.match(message('start'), /^"25:00" is not a time; write HH:MM/);
    assert.match(message('kind'), /plenary, parallel, side-event/);
    assert.match(message('sponsors'), /a list/);
    assert.match(body.message, /Nothing was saved/);
    assert.deepEqual(await storedState(server, 'eel-routes'), before);
  });

  test('what only the programme can tell (an unknown note, an agenda item) is refused by name too', async () => {
    const before = await storedState(server, 'opening');
    const body = refusal(await patch('opening', { notes: ['no-such-note'], agendaItem: 'first' }), 400, 'AGORA_BAD_INPUT');
    assert.deepEqual(fieldsNamed(body).sort(), ['agendaItem', 'notes']);
    assert.match(body.problems?.find((problem) => problem.where === 'notes')?.message ?? '', /lunch-before/);
    assert.deepEqual(await storedState(server, 'opening'), before);
  });

  test('an empty PATCH is refused: there is nothing to change', async () => {
    refusal(await patch('eel-routes', {}), 400, 'AGORA_BAD_INPUT');
  });

  test('a PATCH of an unknown entry is a 404', async () => {
    refusal(await patch('no-such-entry', { venue: 'R2' }), 404, 'AGORA_NOT_FOUND');
  });

  test('strict=true refuses a write that would leave an error-level conflict, naming it, and saves nothing', async () => {
    const before = await storedState(server, 'eel-routes');
    const body = refusal(await patch('eel-routes', { start: '13:00' }, {}, '?strict=true'), 409, 'AGORA_CONFLICT_REFUSED');
    const clash = body.conflicts?.find((finding) => finding.rule === 'venue-clash');
    assert.ok(clash, JSON.stringify(body));
    assert.deepEqual([...(clash?.entries ?? [])].sort(), ['eel-routes', 'salt-marsh']);
    assert.ok(fieldsNamed(body).includes('venue-clash'));
    assert.deepEqual(await storedState(server, 'eel-routes'), before);
  });

  test('without strict the same write is saved and answers the conflict it left', async () => {
    const body = json<WriteAnswer>(await patch('eel-routes', { start: '13:00' }));
    assert.equal(body.entry.start, '13:00');
    assert.ok(body.conflicts.some((finding) => finding.rule === 'venue-clash' && finding.severity === 'error'));
  });

  test('strict must be true or false', async () => {
    const body = refusal(await patch('eel-routes', { venue: 'R2' }, {}, '?strict=perhaps'), 400, 'AGORA_BAD_INPUT');
    assert.deepEqual(fieldsNamed(body), ['strict']);
  });
});

describe('adding, cancelling and restoring entries', () => {
  test('POST /api/entries adds an entry: 201 with Location, ETag and the entry', async () => {
    const response = await server.request({
      method: 'POST',
      url: '/api/entries',
      headers: server.editor,
      payload: { kind: 'side-event', title: 'Seagrass meadows', sponsors: ['Spain'], date: '2031-05-13', start: '14:00', end: '15:00', venue: 'R1' },
    });
    assert.equal(response.statusCode, 201, response.body);
    const body = json<WriteAnswer>(response);
    assert.equal(body.entry.id, '2031-05-13-seagrass-meadows');
    assert.equal(response.headers.location, '/api/entries/2031-05-13-seagrass-meadows');
    assert.equal(response.headers.etag, `"${body.revision}"`);
    const read = await server.request({ method: 'GET', url: String(response.headers.location) });
    assert.equal(json<StoredEntry>(read).title, 'Seagrass meadows');
    const [change] = await server.temp.store.changesSince(server.record.id, 1);
    assert.deepEqual([change?.kind, change?.actor], ['add', 'token:desk-1']);
  });

  test('POST takes an id when given, and refuses one that is taken or malformed, naming id', async () => {
    const created = await server.request({ method: 'POST', url: '/api/entries', headers: server.editor, payload: { id: 'seagrass', kind: 'side-event', title: 'Seagrass' } });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(json<WriteAnswer>(created).entry.id, 'seagrass');
    const taken = refusal(await server.request({ method: 'POST', url: '/api/entries', headers: server.editor, payload: { id: 'seagrass', kind: 'side-event', title: 'Again' } }), 400, 'AGORA_BAD_INPUT');
    assert.deepEqual(fieldsNamed(taken), ['id']);
    const malformed = refusal(await server.request({ method: 'POST', url: '/api/entries', headers: server.editor, payload: { id: 'Sea Grass', kind: 'side-event', title: 'Again' } }), 400, 'AGORA_BAD_INPUT');
    assert.deepEqual(fieldsNamed(malformed), ['id']);
  });

  test('POST without a kind and a title is refused naming both, and nothing is added', async () => {
    const before = (await server.temp.store.changesSince(server.record.id, 0)).length;
    const body = refusal(await server.request({ method: 'POST', url: '/api/entries', headers: server.editor, payload: { venue: 'R1' } }), 400, 'AGORA_BAD_INPUT');
    assert.deepEqual(fieldsNamed(body).sort(), ['kind', 'title']);
    assert.equal((await server.temp.store.changesSince(server.record.id, 0)).length, before);
  });

  test('DELETE cancels the entry (it stays, marked cancelled) and POST …/restore restores it, each with If-Match', async () => {
    const cancelled = await server.request({ method: 'DELETE', url: '/api/entries/dune-law', headers: { ...server.editor, 'if-match': '"1"' } });
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    assert.equal(json<WriteAnswer>(cancelled).entry.status, 'cancelled');
    assert.equal(cancelled.headers.etag, '"2"');
    const listed = json<{ entries: StoredEntry[] }>(await server.request({ method: 'GET', url: '/api/entries?status=cancelled' })).entries;
    assert.deepEqual(
      listed.map((entry) => entry.id),
      ['dune-law'],
    );

    refusal(await server.request({ method: 'POST', url: '/api/entries/dune-law/restore', headers: server.editor }), 428, 'AGORA_PRECONDITION_REQUIRED');
    refusal(await server.request({ method: 'POST', url: '/api/entries/dune-law/restore', headers: { ...server.editor, 'if-match': '"1"' } }), 409, 'AGORA_STALE_REVISION');
    const restored = await server.request({ method: 'POST', url: '/api/entries/dune-law/restore', headers: { ...server.editor, 'if-match': String(cancelled.headers.etag) } });
    assert.equal(restored.statusCode, 200, restored.body);
    assert.equal(json<WriteAnswer>(restored).entry.status, 'scheduled');
    const kinds = (await server.temp.store.changesSince(server.record.id, 1)).map((change) => change.kind);
    assert.deepEqual(kinds, ['cancel', 'restore']);
  });

  test('DELETE without If-Match is a 428 and cancels nothing', async () => {
    refusal(await server.request({ method: 'DELETE', url: '/api/entries/dune-law', headers: server.editor }), 428, 'AGORA_PRECONDITION_REQUIRED');
    assert.equal((await storedState(server, 'dune-law')).entry?.status, 'scheduled');
  });
});

describe('live clients hear of API writes', () => {
  test('every successful write pokes the live bus, so its change is published before the answer', async () => {
    const before = server.bus.publishedRevision(server.record.id);
    const response = await patch('eel-routes', { venue: 'R2' });
    assert.equal(response.statusCode, 200);
    assert.equal(server.bus.publishedRevision(server.record.id), (before ?? 0) + 1);
  });
});

describe('over a real socket', () => {
  test('a PATCH sent with fetch to the listening server is saved and answered with its ETag', async () => {
    const read = await fetch(`${server.url}/api/entries/salt-marsh`);
    const etag = read.headers.get('etag') ?? '';
    assert.equal(etag, '"1"');
    const response = await fetch(`${server.url}/api/entries/salt-marsh`, {
      method: 'PATCH',
      headers: { ...server.editor, 'content-type': 'application/json', 'if-match': etag },
      body: JSON.stringify({ venue: 'R2' }),
    });
    assert.equal(response.status, 200, await response.clone().text());
    assert.equal(response.headers.get('etag'), '"2"');
    const body = (await response.json()) as WriteAnswer;
    assert.equal(body.entry.venue, 'R2');
    assert.equal((await storedState(server, 'salt-marsh')).entry?.venue, 'R2');
  });
});
