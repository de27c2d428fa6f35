import assert from 'node:assert/strict';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { importProgramme } from '../../src/app/import-programme.ts';
import { openStore } from '../../src/store/open-store.ts';
import { editorToken, startServe } from '../support/agora-process.ts';
import { sampleProgramme } from '../support/sample-programme.ts';
import { TEST_BACKEND, tempStore } from '../support/temp-store.ts';
import { testActor } from '../support/test-actor.ts';

const EDITS = 1000;
const AT_ONCE = 50;

test(`a server killed with SIGKILL during ${EDITS} concurrent edits keeps every edit it acknowledged (${TEST_BACKEND})`, { timeout: 180_000 }, async () => {
  const temp = await tempStore();
  try {
    await importProgramme(temp.store, sampleProgramme(), { actor: testActor('test'), slug: 'cws3' });
    await temp.store.close();
    const token = await editorToken(temp.path);
    const server = await startServe(temp.path);
    const acknowledged: string[] = [];
    let sent = 0;
    let killed = false;
    const write = async (n: number) => {
      const response = await fetch(`${server.url}/api/entries`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'side-event', title: `Crash edit ${n}`, date: '2031-05-13', start: '09:00', end: '09:30', venue: 'R1' }),
      }).catch(() => null);
      if (response?.status === 201) acknowledged.push(((await response.json()) as { entry: { id: string } }).entry.id);
      else await response?.arrayBuffer();
    };
    const workers = Array.from({ length: AT_ONCE }, async () => {
      while (sent < EDITS) {
        const n = sent;
        sent += 1;
        await write(n);
        if (!killed && acknowledged.length >= EDITS / 3) {
          killed = true;
          server.child.kill('SIGKILL');
        }
      }
    });
    await Promise.all(workers);
    assert.equal(await server.exit, null, 'the server died by the signal');
    assert.ok(killed && acknowledged.length >= EDITS / 3 && acknowledged.length < EDITS, `killed mid-way after ${acknowledged.length} acknowledged edits`);

    // Restarted, the server finds every edit it acknowledged.
    const again = await startServe(temp.path);
    try {
      const entries = (await (await fetch(`${again.url}/api/entries?day=2031-05-13`)).json()) as { entries: { id: string }[] };
      const present = new Set(entries.entries.map((entry) => entry.id));
      const lost = acknowledged.filter((id) => !present.has(id));
      assert.deepEqual(lost, [], `${lost.length} acknowledged edits were lost`);
    } finally {
      await again.stop();
    }
    const store = await openStore(temp.path);
    try {
      const record = (await store.findConference('cws3'))!;
      const log = await store.changesSince(record.id, 0);
      assert.deepEqual(
        log.map((change) => change.revision),
        Array.from({ length: record.revision }, (_, index) => index + 1),
        'the change log has no gap',
      );
    } finally {
      await store.close();
    }
    if (TEST_BACKEND === 'sqlite') {
      const raw = new BetterSqlite3(temp.path);
      assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
      raw.close();
    }
  } finally {
    await temp.dispose().catch(() => {});
  }
});
