import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { updateEntry } from '../../../src/app/entry-commands.ts';
import { fieldsNamed, json, refusal, startApiServer, type ApiTestServer } from './api-test-kit.ts';
import { testActor } from '../../support/test-actor.ts';

interface ChangesAnswer {
  conference: string;
  revision: number;
  more: boolean;
  changes: { revision: number; kind: string; entryId: string | null; actor: string; before: unknown; after: unknown; reload: boolean }[];
}

let server: ApiTestServer;
before(async () => {
  server = await startApiServer();
  for (const text of ['one', 'two', 'three', 'four']) {
    await updateEntry(server.temp.store, server.record, 'salt-marsh', { description: text }, { actor: testActor('test:clerk') });
  }
});
after(() => server.close());

async function changes(query: string): Promise<ChangesAnswer> {
  const response = await server.request({ method: 'GET', url: `/api/changes${query}` });
  assert.equal(response.statusCode, 200, response.body);
  return json<ChangesAnswer>(response);
}

describe('the change log through the API', () => {
  test('GET /api/changes?since=N answers the changes after N, oldest first, with each entry before and after', async () => {
    const body = await changes('?since=2');
    assert.equal(body.conference, 'cws3');
    assert.equal(body.revision, 5);
    assert.deepEqual(
      body.changes.map((change) => change.revision),
      [3, 4, 5],
    );
    assert.deepEqual(
      body.changes.map((change) => (change.after as { description: string }).description),
      ['two', 'three', 'four'],
    );
    assert.equal((body.changes[0]?.before as { description: string }).description, 'one');
    assert.equal(body.changes[0]?.actor, 'test:clerk');
    assert.equal(body.more, false);
  });

  test('without since it starts at the import, which says "reload" rather than repeating the whole programme', async () => {
    const body = await changes('');
    const [first] = body.changes;
    assert.deepEqual([first?.revision, first?.kind, first?.entryId, first?.reload, first?.before, first?.after], [1, 'import', null, true, null, null]);
    assert.equal(body.changes.length, 5);
  });

  test('limit caps the answer and says more follow', async () => {
    const body = await changes('?since=1&limit=2');
    assert.deepEqual(
      body.changes.map((change) => change.revision),
      [2, 3],
    );
    assert.equal(body.more, true);
    const rest = await changes(`?since=3&limit=2`);
    assert.deepEqual(
      rest.changes.map((change) => change.revision),
      [4, 5],
    );
    assert.equal(rest.more, false);
  });

  test('a since past the newest revision answers no changes', async () => {
    assert.deepEqual((await changes('?since=99')).changes, []);
  });

  test('a limit over 1000, a negative or a non-numeric since is refused naming the field', async () => {
    const over = refusal(await server.request({ method: 'GET', url: '/api/changes?limit=1001' }), 400, 'AGORA_BAD_INPUT');
    assert.deepEqual(fieldsNamed(over), ['limit']);
    assert.match(over.problems?.[0]?.message ?? '', /1000/);
    const negative = refusal(await server.request({ method: 'GET', url: '/api/changes?since=-1' }), 400, 'AGORA_BAD_INPUT');
    assert.deepEqual(fieldsNamed(negative), ['since']);
    const words = refusal(await server.request({ method: 'GET', url: '/api/changes?since=yesterday' }), 400, 'AGORA_BAD_INPUT');
    assert.deepEqual(fieldsNamed(words), ['since']);
    assert.match(words.problems?.[0]?.message ?? '', /whole number/);
  });
});
