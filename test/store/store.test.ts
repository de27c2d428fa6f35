import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { importProgramme } from '../../src/app/import-programme.ts';
import { updateEntry } from '../../src/app/entry-commands.ts';
import { openStore } from '../../src/store/open-store.ts';
import { sampleProgramme } from '../support/sample-programme.ts';
import { TEST_BACKEND, tempStore, type TempStore } from '../support/temp-store.ts';
import { testActor } from '../support/test-actor.ts';

let temp: TempStore;
beforeEach(async () => {
  temp = await tempStore();
});
afterEach(() => temp.dispose());

test(`the store keeps an append-only log whose revisions have no gap under concurrent writers (${TEST_BACKEND})`, async () => {
  const { conference } = await importProgramme(temp.store, sampleProgramme(), { actor: testActor('test'), slug: 'cws3' });
  // On PostgreSQL a second pool writes at the same time as the first. SQLite serialises writers
  // per file, and two connections in one thread would wait on each other, so there the writers
  // share one connection (other processes are tested in test/cli).
  const other = TEST_BACKEND === 'postgres' ? await openStore(temp.path) : temp.store;
  try {
    const otherRecord = (await other.findConference('cws3'))!;
    const writes = Array.from({ length: 30 }, (_, index) =>
      updateEntry(index % 2 === 0 ? temp.store : other, index % 2 === 0 ? conference : otherRecord, 'eel-routes', { description: `take ${index}` }, { actor: testActor(`writer-${index % 2}`) }),
    );
    const revisions = (await Promise.all(writes)).map((result) => result.revision).sort((a, b) => a - b);
    assert.deepEqual(revisions, Array.from({ length: 30 }, (_, index) => index + 2));
    const log = await temp.store.changesSince(conference.id, 0);
    assert.deepEqual(log.map((change) => change.revision), Array.from({ length: 31 }, (_, index) => index + 1));
    assert.equal((await temp.store.entryChangeCounts(conference.id)).get('eel-routes'), 30);
  } finally {
    if (other !== temp.store) await other.close();
  }
});

// SQLite has no NOTIFY (the live bus polls it), so this one runs in the PostgreSQL suite only.
if (TEST_BACKEND === 'postgres') test('a commit on one connection is announced to another that listens', async () => {
  const { conference } = await importProgramme(temp.store, sampleProgramme(), { actor: testActor('test'), slug: 'cws3' });
  const heard: [number, number][] = [];
  const stop = await temp.store.listen((conferenceId, revision) => heard.push([conferenceId, revision]));
  try {
    const other = await openStore(temp.path);
    const record = (await other.findConference('cws3'))!;
    const { revision } = await updateEntry(other, record, 'dune-law', { title: 'Dunes and the law' }, { actor: testActor('test') });
    await other.close();
    const deadline = Date.now() + 2000;
    while (heard.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(heard, [[conference.id, revision]]);
  } finally {
    await stop();
  }
});
