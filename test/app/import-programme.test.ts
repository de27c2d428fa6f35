import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { importProgramme } from '../../src/app/import-programme.ts';
import { readProgramme } from '../../src/app/read-programme.ts';
import { AgoraError } from '../../src/errors.ts';
import { sampleProgramme } from '../support/sample-programme.ts';
import { tempStore, type TempStore } from '../support/temp-store.ts';
import { testActor } from '../support/test-actor.ts';

let temp: TempStore;
beforeEach(async () => {
  temp = await tempStore();
});
afterEach(() => temp.dispose());

test('an import creates the conference at revision 1 with one import change, and reads back equal', async () => {
  const programme = sampleProgramme();
  const result = await importProgramme(temp.store, programme, { actor: testActor('test'), slug: 'cws3' });
  assert.equal(result.created, true);
  assert.equal(result.revision, 1);
  const read = await readProgramme(temp.store, result.conference);
  assert.deepEqual(read.programme, programme);
  const changes = await temp.store.changesSince(result.conference.id, 0);
  assert.deepEqual(changes.map((change) => [change.revision, change.kind, change.actor]), [[1, 'import', 'test']]);
});

test('a conference without a slug gets one from its organiser and start date', async () => {
  const result = await importProgramme(temp.store, sampleProgramme(), { actor: testActor('test') });
  assert.equal(result.conference.slug, 'cws-2031-05-12');
});

test('importing over an existing conference is refused unless replacing, and replacing keeps the old programme in the log', async () => {
  const first = await importProgramme(temp.store, sampleProgramme(), { actor: testActor('test'), slug: 'cws3' });
  const changed = sampleProgramme();
  changed.entries = changed.entries.slice(0, 2);
  await assert.rejects(importProgramme(temp.store, changed, { actor: testActor('test'), slug: 'cws3' }), (error: unknown) => {
    assert.ok(error instanceof AgoraError);
    assert.equal(error.code, 'AGORA_CONFERENCE_EXISTS');
    assert.match(error.message, /--replace/);
    return true;
  });
  assert.equal((await readProgramme(temp.store, first.conference)).programme.entries.length, 6, 'the refused import changed nothing');
  const replaced = await importProgramme(temp.store, changed, { actor: testActor('test'), slug: 'cws3', replace: true });
  assert.equal(replaced.revision, 2);
  assert.equal((await readProgramme(temp.store, replaced.conference)).programme.entries.length, 2);
  assert.deepEqual((await readProgramme(temp.store, replaced.conference, 1)).programme, sampleProgramme());
});

test('an import that fails half-way writes nothing', async () => {
  const broken = sampleProgramme();
  // Two entries with one id break the primary key after the first rows are in.
  broken.entries.push({ ...broken.entries[0]!, title: 'Duplicate' });
  await assert.rejects(importProgramme(temp.store, broken, { actor: testActor('test'), slug: 'cws3' }));
  assert.deepEqual(await temp.store.listConferences(), []);
  const rows = await temp.store.db.selectFrom('entries').select('id').execute();
  assert.equal(rows.length, 0);
});
