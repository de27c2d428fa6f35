import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { addEntry, cancelEntry, moveEntry, restoreEntry, updateEntry } from '../../src/app/entry-commands.ts';
import { importProgramme } from '../../src/app/import-programme.ts';
import { readProgramme } from '../../src/app/read-programme.ts';
import type { ConferenceRecord } from '../../src/store/store.ts';
import { sampleProgramme } from '../support/sample-programme.ts';
import { tempStore, type TempStore } from '../support/temp-store.ts';
import { testActor } from '../support/test-actor.ts';
import { refusal } from '../support/refusal.ts';

const actor = testActor('test:clerk');
let temp: TempStore;
let record: ConferenceRecord;

beforeEach(async () => {
  temp = await tempStore();
  record = (await importProgramme(temp.store, sampleProgramme(), { actor, slug: 'cws3' })).conference;
});
afterEach(() => temp.dispose());

async function entry(id: string) {
  const found = await temp.store.readEntry(record.id, id);
  assert.ok(found, `entry ${id} exists`);
  return found;
}

async function changeCount() {
  return (await temp.store.changesSince(record.id, 0)).length;
}

describe('writing entries', () => {
  test('moving an entry to another venue writes the entry and one change with before and after', async () => {
    const read = await entry('eel-routes');
    const result = await moveEntry(temp.store, record, 'eel-routes', { venue: 'R2' }, { actor, expectedRevision: read.revision });
    assert.equal(result.revision, 2);
    assert.equal((await entry('eel-routes')).venue, 'R2');
    assert.equal((await entry('eel-routes')).revision, 2);
    const [change] = await temp.store.changesSince(record.id, 1);
    assert.ok(change);
    assert.equal(change.kind, 'move');
    assert.equal(change.actor, actor.name);
    assert.equal((change.before as { venue: string }).venue, 'R1');
    assert.equal((change.after as { venue: string }).venue, 'R2');
  });

  test('a new start alone keeps the length of the entry', async () => {
    const result = await moveEntry(temp.store, record, 'dune-law', { start: '15:30' }, { actor });
    assert.equal(result.entry.start, '15:30');
    assert.equal(result.entry.end, '16:30');
  });

  test('a write against a revision that is no longer current is refused with the current entry, and nothing changes', async () => {
    const read = await entry('eel-routes');
    await moveEntry(temp.store, record, 'eel-routes', { venue: 'R2' }, { actor, expectedRevision: read.revision });
    const error = await refusal(() => updateEntry(temp.store, record, 'eel-routes', { title: 'Eels' }, { actor, expectedRevision: read.revision }));
    assert.equal(error.code, 'AGORA_STALE_REVISION');
    assert.equal(error.status, 409);
    assert.equal((error.details.current as { venue: string }).venue, 'R2');
    assert.equal((await entry('eel-routes')).title, 'Eel migration routes');
    assert.equal(await changeCount(), 2);
  });

  test('moving a side event into an occupied room is returned as a venue clash naming both entries', async () => {
    const result = await moveEntry(temp.store, record, 'dune-law', { date: '2031-05-12', venue: 'R1' }, { actor });
    const clash = result.conflicts.find((finding) => finding.rule === 'venue-clash');
    assert.ok(clash, 'a venue clash is reported');
    assert.deepEqual([...clash.entries].sort(), ['dune-law', 'salt-marsh']);
    const [change] = await temp.store.changesSince(record.id, 1);
    assert.ok(change?.meta.conflicts, 'the change records the conflict it was saved with');
  });

  test('in strict mode a write that leaves an error-level conflict is refused and nothing changes', async () => {
    const error = await refusal(() => moveEntry(temp.store, record, 'dune-law', { date: '2031-05-12', venue: 'R1' }, { actor, strict: true }));
    assert.equal(error.code, 'AGORA_CONFLICT_REFUSED');
    assert.match(error.problems[0]?.message ?? '', /R1/);
    assert.equal((await entry('dune-law')).venue, 'R2');
    assert.equal(await changeCount(), 1);
    assert.equal((await temp.store.findConference('cws3'))?.revision, 1, 'the revision was not used');
  });

  test('invalid fields are refused, each named, and nothing changes', async () => {
    const error = await refusal(() =>
      updateEntry(temp.store, record, 'eel-routes', { start: '25:00', date: '2031-02-30', kind: 'dinner', notes: ['nope'], colour: 'red' }, { actor }),
    );
    assert.equal(error.code, 'AGORA_BAD_INPUT');
    assert.deepEqual(error.problems.map((problem) => problem.where).sort(), ['colour', 'date', 'kind', 'notes', 'start']);
    assert.equal((await entry('eel-routes')).start, '14:00');
    assert.equal(await changeCount(), 1);
  });

  test('an unknown entry is refused by name', async () => {
    const error = await refusal(() => moveEntry(temp.store, record, 'no-such-entry', { venue: 'R2' }, { actor }));
    assert.equal(error.code, 'AGORA_NOT_FOUND');
    assert.match(error.message, /no-such-entry/);
  });

  test('adding an entry gives it an id from its date and title and puts it last in programme order', async () => {
    const result = await addEntry(temp.store, record, { kind: 'side-event', title: 'Seagrass mapping', date: '2031-05-13', start: '09:00', end: '10:00', venue: 'R1', sponsors: ['Chile'] }, { actor });
    assert.equal(result.entry.id, '2031-05-13-seagrass-mapping');
    const { programme } = await readProgramme(temp.store, record);
    assert.equal(programme.entries.at(-1)?.id, '2031-05-13-seagrass-mapping');
    const missing = await refusal(() => addEntry(temp.store, record, { date: '2031-05-13' }, { actor }));
    assert.deepEqual(missing.problems.map((problem) => problem.where).sort(), ['kind', 'title']);
  });

  test('cancelling keeps the entry, marked cancelled, and restoring brings it back; cancelling twice is refused', async () => {
    await cancelEntry(temp.store, record, 'salt-marsh', { actor });
    assert.equal((await entry('salt-marsh')).status, 'cancelled');
    const twice = await refusal(() => cancelEntry(temp.store, record, 'salt-marsh', { actor }));
    assert.match(twice.message, /already cancelled/);
    await restoreEntry(temp.store, record, 'salt-marsh', { actor });
    assert.equal((await entry('salt-marsh')).status, 'scheduled');
    assert.deepEqual((await temp.store.changesSince(record.id, 0)).map((change) => change.kind), ['import', 'cancel', 'restore']);
  });

  test('concurrent writers get one revision each, with no gap and no duplicate', async () => {
    const writes = Array.from({ length: 25 }, (_, index) =>
      updateEntry(temp.store, record, index % 2 === 0 ? 'eel-routes' : 'dune-law', { description: `note ${index}` }, { actor }),
    );
    const revisions = (await Promise.all(writes)).map((result) => result.revision).sort((a, b) => a - b);
    assert.deepEqual(revisions, Array.from({ length: 25 }, (_, index) => index + 2));
    const logged = (await temp.store.changesSince(record.id, 0)).map((change) => change.revision);
    assert.deepEqual(logged, Array.from({ length: 26 }, (_, index) => index + 1));
  });
});

describe('reading the programme at a revision', () => {
  test('the programme at an earlier revision is the programme as it was then', async () => {
    const original = sampleProgramme();
    await moveEntry(temp.store, record, 'eel-routes', { venue: 'R2' }, { actor });
    await cancelEntry(temp.store, record, 'dune-law', { actor });
    await addEntry(temp.store, record, { kind: 'parallel', title: 'Friends of the Chair', date: '2031-05-13', start: '10:00', end: '11:00' }, { actor });
    const atImport = await readProgramme(temp.store, record, 1);
    assert.deepEqual(atImport.programme.entries, original.entries);
    const atTwo = await readProgramme(temp.store, record, 2);
    assert.equal(atTwo.programme.entries.find((e) => e.id === 'eel-routes')?.venue, 'R2');
    assert.equal(atTwo.programme.entries.find((e) => e.id === 'dune-law')?.status, 'scheduled');
    const now = await readProgramme(temp.store, record);
    assert.equal(now.revision, 4);
    assert.equal(now.programme.entries.length, original.entries.length + 1);
  });

  test('a revision that does not exist is refused with the range that does', async () => {
    const error = await refusal(() => readProgramme(temp.store, record, 9));
    assert.match(error.message, /revisions run from 1 to 1/);
  });
});
