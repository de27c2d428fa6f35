import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importProgramme } from '../../../src/app/import-programme.ts';
import { createEntry, type StoredEntry } from '../../../src/model/programme.ts';
import { sampleProgramme } from '../../support/sample-programme.ts';
import { json, refusal, startApiServer, type ApiTestServer } from './api-test-kit.ts';
import { testActor } from '../../support/test-actor.ts';

let server: ApiTestServer;
before(async () => {
  server = await startApiServer();
  const second = sampleProgramme();
  second.conference.session = 'Fourth session of the Assembly of the Parties';
  second.entries = [createEntry({ id: 'only-here', kind: 'plenary', agendaItem: '1', title: 'Opening of the fourth session', date: '2033-05-09', start: '10:00', end: '13:00' })];
  await importProgramme(server.temp.store, second, { actor: testActor('test'), slug: 'cws4' });
});
after(() => server.close());

describe('several conferences, one API', () => {
  test('a second conference is reachable under /c/<slug>/api/entries, and the root stays on the default one', async () => {
    const scoped = json<{ entries: StoredEntry[] }>(await server.request({ method: 'GET', url: '/c/cws4/api/entries' }));
    assert.deepEqual(
      scoped.entries.map((entry) => entry.id),
      ['only-here'],
    );
    const conference = json(await server.request({ method: 'GET', url: '/c/cws4/api/conference' }));
    assert.equal(conference.slug, 'cws4');
    const root = json<{ entries: StoredEntry[] }>(await server.request({ method: 'GET', url: '/api/entries' }));
    assert.ok(root.entries.some((entry) => entry.id === 'salt-marsh'));
    assert.ok(!root.entries.some((entry) => entry.id === 'only-here'));
  });

  test('the default conference is also under its own slug', async () => {
    const response = await server.request({ method: 'GET', url: '/c/cws3/api/entries/salt-marsh' });
    assert.equal(response.statusCode, 200);
  });

  test('an unknown slug is a 404 naming it', async () => {
    const body = refusal(await server.request({ method: 'GET', url: '/c/cws9/api/entries' }), 404, 'AGORA_NOT_FOUND');
    assert.match(body.message, /cws9/);
  });

  test('a write under /c/<slug>/api changes that conference only, and its Location stays under the slug', async () => {
    const read = await server.request({ method: 'GET', url: '/c/cws4/api/entries/only-here' });
    const response = await server.request({
      method: 'PATCH',
      url: '/c/cws4/api/entries/only-here',
      headers: { ...server.editor, 'if-match': String(read.headers.etag) },
      payload: { start: '11:00' },
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(json<{ entry: StoredEntry }>(response).entry.start, '11:00');
    const created = await server.request({ method: 'POST', url: '/c/cws4/api/entries', headers: server.editor, payload: { kind: 'side-event', title: 'Tidal energy' } });
    assert.equal(created.statusCode, 201, created.body);
    assert.match(String(created.headers.location), /^\/c\/cws4\/api\/entries\//);
    const changes = json<{ conference: string; changes: { entryId: string }[] }>(await server.request({ method: 'GET', url: '/c/cws4/api/changes?since=1' }));
    assert.equal(changes.conference, 'cws4');
    assert.deepEqual(
      changes.changes.map((change) => change.entryId),
      ['only-here', created.json<{ entry: StoredEntry }>().entry.id],
    );
    assert.equal((await server.temp.store.changesSince(server.record.id, 1)).length, 0, 'the default conference is untouched');
  });
});
