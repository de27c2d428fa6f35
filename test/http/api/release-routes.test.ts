import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { fieldsNamed, json, refusal, startApiServer, type ApiTestServer } from './api-test-kit.ts';

interface ReleaseAnswer {
  id: number;
  revision: number;
  name: string;
  comment: string | null;
  actor: string;
}
interface WithChangelog {
  release: ReleaseAnswer;
  previous: number | null;
  changelog: { added: { id: string }[]; moved: { entry: { id: string }; from: { venue: string | null }; to: { venue: string | null } }[]; cancelled: { id: string }[] };
}

let server: ApiTestServer;
beforeEach(async () => {
  server = await startApiServer();
});
afterEach(() => server.close());

function publish(payload: unknown, headers: Record<string, string> = server.editor) {
  return server.request({ method: 'POST', url: '/api/releases', payload: payload as Record<string, unknown>, headers });
}

async function releaseCount(): Promise<number> {
  return (await server.temp.store.listReleases(server.record.id)).length;
}

describe('releases over the API', () => {
  test('an editor token publishes a release: 201 with its number, revision and Location', async () => {
    const response = await publish({ name: 'Update 1', comment: 'Before the opening' });
    assert.equal(response.statusCode, 201, response.body);
    const release = json<ReleaseAnswer>(response);
    assert.deepEqual([release.id, release.name, release.comment, release.actor], [1, 'Update 1', 'Before the opening', 'token:desk-1']);
    assert.equal(response.headers.location, '/api/releases/1');
    const scoped = await server.request({ method: 'POST', url: '/c/cws3/api/releases', payload: { name: 'Update 2' }, headers: server.editor });
    assert.equal(scoped.headers.location, '/c/cws3/api/releases/2');
  });

  test('no token is 401, a display token 403, and neither publishes anything', async () => {
    refusal(await publish({ name: 'Update 1' }, {}), 401, 'AGORA_UNAUTHORISED');
    refusal(await publish({ name: 'Update 1' }, server.display), 403, 'AGORA_FORBIDDEN');
    assert.equal(await releaseCount(), 0);
  });

  test('a bad body is refused naming the field, and nothing is published', async () => {
    assert.deepEqual(fieldsNamed(refusal(await publish({}), 400, 'AGORA_BAD_INPUT')), ['name']);
    assert.deepEqual(fieldsNamed(refusal(await publish({ name: 'Update 1', comment: 3 }), 400, 'AGORA_BAD_INPUT')), ['comment']);
    assert.deepEqual(fieldsNamed(refusal(await publish({ name: 'x'.repeat(101) }), 400, 'AGORA_BAD_INPUT')), ['name']);
    assert.deepEqual(fieldsNamed(refusal(await publish({ name: '   ' }), 400, 'AGORA_BAD_INPUT')), ['name']);
    assert.equal(await releaseCount(), 0);
  });

  test('the list and one release carry the changelog against the release before', async () => {
    assert.equal((await publish({ name: 'Update 1' })).statusCode, 201);
    const moved = await server.request({ method: 'PATCH', url: '/api/entries/eel-routes', payload: { venue: 'R2' }, headers: { ...server.editor, 'if-match': '"1"' } });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal((await publish({ name: 'Update 2' })).statusCode, 201);

    const list = json<{ conference: string; releases: WithChangelog[] }>(await server.request({ url: '/api/releases' }));
    assert.deepEqual(list.releases.map((item) => [item.release.id, item.previous]), [[2, 1], [1, null]]);
    const one = json<WithChangelog>(await server.request({ url: '/api/releases/2' }));
    assert.deepEqual(one.changelog.moved.map((item) => [item.entry.id, item.from.venue, item.to.venue]), [['eel-routes', 'R1', 'R2']]);
    assert.deepEqual(one.changelog.added, []);
  });

  test('an unknown release is 404 naming the releases there are; a number that is not one is 400', async () => {
    await publish({ name: 'Update 1' });
    const missing = refusal(await server.request({ url: '/api/releases/9' }), 404, 'AGORA_NOT_FOUND');
    assert.match(missing.message, /releases run from 1 to 1/);
    refusal(await server.request({ url: '/api/releases/first' }), 400, 'AGORA_BAD_INPUT');
    refusal(await server.request({ url: '/api/releases/99999999999' }), 400, 'AGORA_BAD_INPUT');
  });
});
