import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { moveEntry, updateEntry } from '../../src/app/entry-commands.ts';
import { runCli } from '../support/run-cli.ts';
import { openSse, type SseEvent } from '../support/sse-client.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { testActor } from '../support/test-actor.ts';

const isChange = (revision: number) => (event: SseEvent) => event.event === 'change' && event.id === String(revision);

describe('the live change feed', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('a change made through the app reaches a listener within a second, with the entry before and after', async () => {
    const client = await openSse(`${server.url}/api/live`);
    try {
      const hello = await client.next((event) => event.event === 'hello');
      const revision = (JSON.parse(hello.data) as { revision: number }).revision;
      const started = Date.now();
      await moveEntry(server.temp.store, server.record, 'eel-routes', { venue: 'R2' }, { actor: testActor('test:clerk') });
      void server.bus.poke();
      const event = await client.next(isChange(revision + 1), 1000);
      assert.ok(Date.now() - started < 1000);
      const data = JSON.parse(event.data) as { kind: string; entryId: string; before: { venue: string }; after: { venue: string }; actor: string };
      assert.deepEqual([data.kind, data.entryId, data.before.venue, data.after.venue, data.actor], ['move', 'eel-routes', 'R1', 'R2', 'test:clerk']);
    } finally {
      client.close();
    }
  });

  test('a move made by `agora move` in another process reaches a listener within a second', async () => {
    const client = await openSse(`${server.url}/api/live`);
    try {
      const hello = await client.next((event) => event.event === 'hello');
      const revision = (JSON.parse(hello.data) as { revision: number }).revision;
      const result = await runCli(['move', 'dune-law', '--start', '15:00', '--db', server.temp.path]);
      assert.equal(result.code, 0, result.stderr);
      const committed = Date.now();
      const event = await client.next(isChange(revision + 1), 1000);
      assert.ok(Date.now() - committed < 1000, 'received within a second of the commit');
      const data = JSON.parse(event.data) as { entryId: string; after: { start: string } };
      assert.equal(data.entryId, 'dune-law');
      assert.equal(data.after.start, '15:00');
    } finally {
      client.close();
    }
  });

  test('Last-Event-ID replays exactly the changes missed, in order, then carries on live', async () => {
    const first = await openSse(`${server.url}/api/live`);
    const seen = (JSON.parse((await first.next((event) => event.event === 'hello')).data) as { revision: number }).revision;
    first.close();
    for (const text of ['one', 'two', 'three']) {
      await updateEntry(server.temp.store, server.record, 'salt-marsh', { description: text }, { actor: testActor('test') });
    }
    const resumed = await openSse(`${server.url}/api/live`, { 'last-event-id': String(seen) });
    try {
      await resumed.next(isChange(seen + 3));
      await updateEntry(server.temp.store, server.record, 'salt-marsh', { description: 'four' }, { actor: testActor('test') });
      void server.bus.poke();
      await resumed.next(isChange(seen + 4));
      const ids = resumed.events.filter((event) => event.event === 'change').map((event) => Number(event.id));
      assert.deepEqual(ids, [seen + 1, seen + 2, seen + 3, seen + 4]);
      const descriptions = resumed.events.filter((event) => event.event === 'change').map((event) => (JSON.parse(event.data) as { after: { description: string } }).after.description);
      assert.deepEqual(descriptions, ['one', 'two', 'three', 'four']);
    } finally {
      resumed.close();
    }
  });

  test('many listeners are served from one read of the change log', async () => {
    const clients = await Promise.all(Array.from({ length: 20 }, () => openSse(`${server.url}/api/live`)));
    try {
      await Promise.all(clients.map((client) => client.next((event) => event.event === 'hello')));
      const before = server.bus.publishedRevision(server.record.id) ?? 0;
      await updateEntry(server.temp.store, server.record, 'eel-routes', { description: 'for everyone' }, { actor: testActor('test') });
      void server.bus.poke();
      await Promise.all(clients.map((client) => client.next(isChange(before + 1))));
      assert.equal(server.streams.size >= 20, true);
    } finally {
      for (const client of clients) client.close();
    }
  });

  test('closing the server tells open streams to retry and ends them', async () => {
    const other = await startTestServer();
    const client = await openSse(`${other.url}/api/live`);
    await client.next((event) => event.event === 'hello');
    await other.close();
    await client.ended;
    assert.ok(client.events.some((event) => event.event === 'closing'));
  });
});
