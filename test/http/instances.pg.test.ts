import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importProgramme } from '../../src/app/import-programme.ts';
import { openPostgresStore } from '../../src/store/open-store.ts';
import { editorToken, startServe, type ServeProcess } from '../support/agora-process.ts';
import { sampleProgramme } from '../support/sample-programme.ts';
import { openSse, type SseEvent } from '../support/sse-client.ts';
import { tempPostgresDatabase } from '../support/temp-store.ts';
import { testActor } from '../support/test-actor.ts';

interface Written {
  status: number;
  revision?: number;
  description: string;
}

describe('several instances on one PostgreSQL database', () => {
  let database: Awaited<ReturnType<typeof tempPostgresDatabase>>;
  let a: ServeProcess;
  let b: ServeProcess;
  let token: string;

  before(async () => {
    database = await tempPostgresDatabase();
    const store = await openPostgresStore(database.url);
    const programme = sampleProgramme();
    for (let n = 0; n < 10; n += 1) {
      programme.entries.push({ ...programme.entries[3]!, id: `writer-target-${n}`, title: `Target ${n}`, start: '17:00', end: '17:30', venue: null });
    }
    await importProgramme(store, programme, { actor: testActor('test'), slug: 'cws3' });
    await store.close();
    token = await editorToken(database.url);
    [a, b] = await Promise.all([startServe(database.url), startServe(database.url)]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  async function etagOf(server: ServeProcess, id: string): Promise<string> {
    const response = await fetch(`${server.url}/api/entries/${id}`);
    await response.arrayBuffer();
    return response.headers.get('etag') ?? '';
  }

  async function patch(server: ServeProcess, id: string, etag: string, fields: Record<string, unknown>): Promise<Response> {
    return fetch(`${server.url}/api/entries/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'if-match': etag, 'content-type': 'application/json' },
      body: JSON.stringify(fields),
    });
  }

  test('a change through instance A reaches an SSE client of instance B within a second', async () => {
    const client = await openSse(`${b.url}/api/live`);
    try {
      const hello = await client.next((event) => event.event === 'hello');
      const revision = (JSON.parse(hello.data) as { revision: number }).revision;
      const started = Date.now();
      const response = await patch(a, 'eel-routes', await etagOf(a, 'eel-routes'), { venue: 'R2' });
      assert.equal(response.status, 200, await response.clone().text());
      const event = await client.next((candidate: SseEvent) => candidate.event === 'change' && candidate.id === String(revision + 1), 1000);
      assert.ok(Date.now() - started < 1000);
      assert.equal((JSON.parse(event.data) as { after: { venue: string } }).after.venue, 'R2');
    } finally {
      client.close();
    }
  });

  test('Last-Event-ID resumes against either instance with exactly the changes missed', async () => {
    const first = await openSse(`${a.url}/api/live`);
    const seen = (JSON.parse((await first.next((event) => event.event === 'hello')).data) as { revision: number }).revision;
    first.close();
    for (const [server, text] of [[a, 'one'], [b, 'two'], [a, 'three']] as const) {
      const response = await patch(server, 'salt-marsh', await etagOf(server, 'salt-marsh'), { description: text });
      assert.equal(response.status, 200);
    }
    const resumed = await openSse(`${b.url}/api/live`, { 'last-event-id': String(seen) });
    try {
      await resumed.next((event) => event.event === 'change' && event.id === String(seen + 3));
      const ids = resumed.events.filter((event) => event.event === 'change').map((event) => Number(event.id));
      assert.deepEqual(ids, [seen + 1, seen + 2, seen + 3]);
    } finally {
      resumed.close();
    }
  });

  test('50 concurrent writers across 2 instances: revisions contiguous, every 2xx write present, 409 for stale', async () => {
    const targets = Array.from({ length: 10 }, (_, n) => `writer-target-${n}`);
    const etags = new Map(await Promise.all(targets.map(async (id) => [id, await etagOf(a, id)] as const)));
    // Five writers race for each entry, all holding the same ETag: one wins, the rest are stale.
    const writes = Array.from({ length: 50 }, async (_, n): Promise<Written & { id: string }> => {
      const id = targets[n % 10]!;
      const description = `writer ${n}`;
      const response = await patch(n % 2 === 0 ? a : b, id, etags.get(id)!, { description });
      const body = (await response.json()) as { revision?: number };
      return { id, status: response.status, description, ...(body.revision === undefined ? {} : { revision: body.revision }) };
    });
    const results = await Promise.all(writes);
    const accepted = results.filter((result) => result.status === 200);
    assert.equal(accepted.length, 10, 'one write per entry wins');
    assert.ok(results.every((result) => result.status === 200 || result.status === 409), JSON.stringify(results.map((r) => r.status)));
    const store = await openPostgresStore(database.url);
    try {
      const record = (await store.findConference('cws3'))!;
      const log = await store.changesSince(record.id, 0);
      assert.deepEqual(log.map((change) => change.revision), Array.from({ length: record.revision }, (_, index) => index + 1), 'no gap, no duplicate');
      for (const write of accepted) {
        const change = log.find((candidate) => candidate.revision === write.revision);
        assert.equal((change?.after as { description: string } | undefined)?.description, write.description, `revision ${write.revision} holds its write`);
        assert.equal((await store.readEntry(record.id, write.id))?.description, write.description);
      }
    } finally {
      await store.close();
    }
  });
});
