import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { stateTag } from '../../src/app/state-tag.ts';
import { cancelEntry, addEntry, moveEntry, updateEntry, restoreEntry } from '../../src/app/entry-commands.ts';
import { importProgramme } from '../../src/app/import-programme.ts';
import { readProgramme } from '../../src/app/read-programme.ts';
import { findRelease, publishRelease, releasesWithChangelogs } from '../../src/app/releases.ts';
import { updateVenue } from '../../src/app/venue-commands.ts';
import type { ConferenceRecord } from '../../src/store/store.ts';
import { sampleProgramme } from '../support/sample-programme.ts';
import { tempStore, type TempStore } from '../support/temp-store.ts';
import { testActor } from '../support/test-actor.ts';
import { refusal } from '../support/refusal.ts';

const editor = testActor('test:editor', 'editor');
let temp: TempStore;
let record: ConferenceRecord;

beforeEach(async () => {
  temp = await tempStore();
  record = (await importProgramme(temp.store, sampleProgramme(), { actor: editor, slug: 'cws3' })).conference;
});
afterEach(() => temp.dispose());

describe('publishing a release', () => {
  test('names the revision it publishes, is numbered from 1 and is in the change log', async () => {
    const first = await publishRelease(temp.store, record, editor, { name: ' Update 1 ', comment: '' });
    assert.deepEqual([first.id, first.name, first.comment, first.actor], [1, 'Update 1', null, 'test:editor']);
    const [change] = await temp.store.changesSince(record.id, first.revision - 1);
    assert.equal(change?.kind, 'release');
    assert.equal((change?.after as { name: string }).name, 'Update 1');
    const second = await publishRelease(temp.store, record, editor, { name: 'Update 2', comment: 'M3 closed on Thursday' });
    assert.deepEqual([second.id, second.revision], [2, first.revision + 1]);
    assert.deepEqual(await findRelease(temp.store, record, 2), second);
  });

  test('refuses a missing or overlong name, naming the field, and publishes nothing', async () => {
    const before = (await temp.store.readProgramme(record.id)).record.revision;
    const missing = await refusal(() => publishRelease(temp.store, record, editor, { name: '   ' }));
    assert.equal(missing.problems[0]?.where, 'name');
    const long = await refusal(() => publishRelease(temp.store, record, editor, { name: 'x'.repeat(101), comment: 'y'.repeat(1001) }));
    assert.deepEqual(long.problems.map((problem) => problem.where), ['name', 'comment']);
    assert.equal((await temp.store.readProgramme(record.id)).record.revision, before);
    assert.deepEqual(await temp.store.listReleases(record.id), []);
  });

  test('is refused to an organiser and a display', async () => {
    for (const role of ['organiser', 'display'] as const) {
      const error = await refusal(() => publishRelease(temp.store, record, testActor(`test:${role}`, role), { name: 'Update 1' }));
      assert.equal(error.code, 'AGORA_FORBIDDEN');
    }
  });

  test('an unknown release is not found, and the message says which there are', async () => {
    await publishRelease(temp.store, record, editor, { name: 'Update 1' });
    const error = await refusal(() => findRelease(temp.store, record, 7));
    assert.equal(error.code, 'AGORA_NOT_FOUND');
    assert.match(error.message, /releases run from 1 to 1/);
  });
});

describe('a release changelog', () => {
  test('lists new, cancelled, restored, moved and changed entries against the release before', async () => {
    await publishRelease(temp.store, record, editor, { name: 'Update 1' });
    const options = { actor: editor };
    await addEntry(temp.store, record, { id: 'reef-night', kind: 'side-event', title: 'Reefs at night', date: '2031-05-13', start: '18:00', end: '19:00', venue: 'R1' }, options);
    await cancelEntry(temp.store, record, 'dune-law', options);
    await moveEntry(temp.store, record, 'eel-routes', { venue: 'R2', start: '15:00', end: '16:00' }, options);
    await updateEntry(temp.store, record, 'salt-marsh', { title: 'Salt marshes store carbon' }, options);
    await publishRelease(temp.store, record, editor, { name: 'Update 2' });
    await restoreEntry(temp.store, record, 'dune-law', options);
    await publishRelease(temp.store, record, editor, { name: 'Update 3' });

    const [third, second, first] = await releasesWithChangelogs(temp.store, record);
    assert.equal(first?.previous, null);
    assert.equal(first?.changelog.added.length, 6, 'the first release is compared with nothing: everything is new');
    assert.equal(second?.previous?.name, 'Update 1');
    const log = second!.changelog;
    assert.deepEqual(log.added.map((entry) => entry.id), ['reef-night']);
    assert.deepEqual(log.cancelled.map((entry) => entry.id), ['dune-law']);
    assert.deepEqual(log.moved.map((moved) => [moved.entry.id, moved.from.venue, moved.to.venue, moved.from.start, moved.to.start]), [['eel-routes', 'R1', 'R2', '14:00', '15:00']]);
    assert.deepEqual(log.changed.map((changed) => [changed.entry.id, changed.fields]), [['salt-marsh', [{ field: 'title', before: 'Salt marshes as carbon stores', after: 'Salt marshes store carbon' }]]]);
    assert.deepEqual(third?.changelog.restored.map((entry) => entry.id), ['dune-law']);
    assert.deepEqual(third?.changelog.moved, []);
  });

  test('a venue renamed between releases: entries in it are moved to the new name, and the programme at the older release keeps the old one', async () => {
    const r1 = await publishRelease(temp.store, record, editor, { name: 'Update 1' });
    const venue = (await temp.store.readProgramme(record.id)).programme.venues.find((candidate) => candidate.id === 'r1')!;
    await updateVenue(temp.store, record, editor, 'r1', { name: 'R1a', building: 'R', capacity: '80', hours: [] }, stateTag(venue));
    await publishRelease(temp.store, record, editor, { name: 'Update 2' });
    const then = await readProgramme(temp.store, record, r1.revision);
    assert.deepEqual(then.programme.venues.map((candidate) => candidate.name), ['R1', 'R2']);
    assert.equal(then.programme.entries.find((entry) => entry.id === 'salt-marsh')?.venue, 'R1');
    const [second] = await releasesWithChangelogs(temp.store, record);
    assert.deepEqual(second?.changelog.moved.map((moved) => [moved.entry.id, moved.from.venue, moved.to.venue]), [
      ['salt-marsh', 'R1', 'R1a'],
      ['eel-routes', 'R1', 'R1a'],
    ]);
    assert.deepEqual(second?.changelog.around, ['venues']);
  });
});
