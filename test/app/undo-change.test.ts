import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { addEntry, cancelEntry, moveEntry, updateEntry } from '../../src/app/entry-commands.ts';
import { importProgramme } from '../../src/app/import-programme.ts';
import { lastUndoableChange, undoLastChange } from '../../src/app/undo-change.ts';
import { addVenue, removeVenue } from '../../src/app/venue-commands.ts';
import { AgoraError } from '../../src/errors.ts';
import type { ConferenceRecord } from '../../src/store/store.ts';
import { loginAs } from '../support/login.ts';
import { sampleProgramme } from '../support/sample-programme.ts';
import { tempStore, type TempStore } from '../support/temp-store.ts';
import { testActor } from '../support/test-actor.ts';

const clerk = testActor('clerk@agora.test');
let temp: TempStore;
let record: ConferenceRecord;

beforeEach(async () => {
  temp = await tempStore();
  record = (await importProgramme(temp.store, sampleProgramme(), { actor: testActor('cli'), slug: 'cws3' })).conference;
});
afterEach(() => temp.dispose());

async function entry(id: string) {
  const found = await temp.store.readEntry(record.id, id);
  assert.ok(found, `entry ${id} exists`);
  return found;
}

async function changes() {
  return temp.store.changesSince(record.id, 0);
}

async function refusal(write: () => Promise<unknown>): Promise<AgoraError> {
  const error = await write().then(
    () => assert.fail('the undo was accepted'),
    (thrown: unknown) => thrown,
  );
  assert.ok(error instanceof AgoraError, `an AgoraError, got ${String(error)}`);
  return error;
}

describe('undoing the last change', () => {
  test('undoing a move puts the entry back as a new change that names the revision it undoes', async () => {
    const moved = await moveEntry(temp.store, record, 'eel-routes', { venue: 'R2', start: '16:00' }, { actor: clerk });
    const result = await undoLastChange(temp.store, record, testActor('other@agora.test'), { revision: moved.revision });
    const now = await entry('eel-routes');
    assert.deepEqual([now.venue, now.start, now.end], ['R1', '14:00', '15:00']);
    assert.equal(result.revision, moved.revision + 1);
    const log = await changes();
    assert.equal(log.length, 3, 'import, move, undo: nothing is rewritten');
    const undo = log.at(-1)!;
    assert.equal(undo.kind, 'move');
    assert.equal(undo.actor, 'other@agora.test');
    assert.deepEqual(undo.meta, { undoes: moved.revision });
    assert.equal((log[1]!.after as { venue: string }).venue, 'R2', 'the undone change stays in the log as it was');
    assert.match(result.message, /venue R2 → R1/);
  });

  test('a second undo steps back to the change before, and an undo is never itself undone', async () => {
    await moveEntry(temp.store, record, 'eel-routes', { venue: 'R2' }, { actor: clerk });
    await updateEntry(temp.store, record, 'dune-law', { title: 'Dunes in law' }, { actor: clerk });
    const first = await undoLastChange(temp.store, record, clerk);
    assert.equal(first.undone.entryId, 'dune-law');
    assert.equal((await entry('dune-law')).title, 'Dune protection in national law');
    const second = await undoLastChange(temp.store, record, clerk);
    assert.equal(second.undone.entryId, 'eel-routes');
    assert.equal((await entry('eel-routes')).venue, 'R1');
    assert.equal((await entry('dune-law')).title, 'Dune protection in national law', 'the first undo stays undone');
    const third = await refusal(() => undoLastChange(temp.store, record, clerk));
    assert.equal(third.code, 'AGORA_BAD_INPUT', 'only the import is left, and it cannot be undone');
  });

  test('undoing a cancel restores the entry, recorded as a restore', async () => {
    const cancelled = await cancelEntry(temp.store, record, 'salt-marsh', { actor: clerk });
    assert.equal((await lastUndoableChange(temp.store, record, clerk))?.revision, cancelled.revision);
    await undoLastChange(temp.store, record, clerk, { revision: cancelled.revision });
    assert.equal((await entry('salt-marsh')).status, 'scheduled');
    assert.equal((await changes()).at(-1)!.kind, 'restore');
  });

  test('undoing an add cancels the new entry, since entries are never deleted, and says so', async () => {
    const added = await addEntry(temp.store, record, { kind: 'side-event', title: 'Mangrove nurseries', date: '2031-05-13', start: '15:00', end: '16:00', venue: 'R1' }, { actor: clerk });
    const result = await undoLastChange(temp.store, record, clerk, { revision: added.revision });
    assert.equal((await entry(added.entry.id)).status, 'cancelled');
    assert.match(result.message, /never deleted, so it is now cancelled/);
    assert.equal((await changes()).at(-1)!.kind, 'cancel');
  });

  test('an import cannot be undone: the refusal says why and nothing is written', async () => {
    const error = await refusal(() => undoLastChange(temp.store, record, clerk));
    assert.equal(error.code, 'AGORA_BAD_INPUT');
    assert.match(error.message, /import of the whole programme.*cannot be undone/);
    assert.equal((await changes()).length, 1);
  });

  test('when someone else changed the programme after the change the clerk meant, nothing is undone and the refusal names them', async () => {
    const other = await loginAs(temp.store, 'editor', { name: 'Ana Clerk' });
    const mine = await moveEntry(temp.store, record, 'eel-routes', { venue: 'R2' }, { actor: clerk });
    await moveEntry(temp.store, record, 'dune-law', { venue: 'R1' }, { actor: { name: other.user.email, role: 'editor' } });
    const error = await refusal(() => undoLastChange(temp.store, record, clerk, { revision: mine.revision }));
    assert.equal(error.code, 'AGORA_STALE_REVISION');
    assert.match(error.message, /Ana Clerk's at \d\d:\d\d UTC \(venue R2 → R1\)/);
    assert.equal((await entry('eel-routes')).venue, 'R2');
    assert.equal((await changes()).length, 3);
  });

  test('a change already undone by someone else is not undone twice', async () => {
    const mine = await moveEntry(temp.store, record, 'eel-routes', { venue: 'R2' }, { actor: clerk });
    await undoLastChange(temp.store, record, testActor('first@agora.test'), { revision: mine.revision });
    const error = await refusal(() => undoLastChange(temp.store, record, clerk, { revision: mine.revision }));
    assert.equal(error.code, 'AGORA_STALE_REVISION');
    assert.match(error.message, new RegExp(`Revision ${mine.revision} was already undone by first@agora.test`));
  });

  test('an undo that would put the entry back into a venue removed meanwhile is refused naming the venue, and nothing is written', async () => {
    const { venue: annex } = await addVenue(temp.store, record, clerk, { name: 'Annex', building: '', capacity: '', hours: [] });
    await moveEntry(temp.store, record, 'eel-routes', { venue: 'Annex' }, { actor: clerk });
    const moved = await moveEntry(temp.store, record, 'eel-routes', { venue: 'R2' }, { actor: clerk });
    await removeVenue(temp.store, record, clerk, annex.id);
    const logged = (await changes()).length;
    const error = await refusal(() => undoLastChange(temp.store, record, clerk, { revision: moved.revision }));
    assert.equal(error.code, 'AGORA_BAD_INPUT');
    assert.match(error.message, /Annex/);
    assert.match(error.message, /\/admin\/venues/);
    assert.match(error.message, /move the entry by hand/);
    assert.equal((await entry('eel-routes')).venue, 'R2', 'the entry stays where it is');
    assert.equal((await changes()).length, logged, 'nothing was written');
    await addVenue(temp.store, record, clerk, { name: 'Annex', building: '', capacity: '', hours: [] });
    await undoLastChange(temp.store, record, clerk, { revision: moved.revision });
    assert.equal((await entry('eel-routes')).venue, 'Annex', 'with the venue added again, the undo goes through');
  });

  test('a display account may not undo', async () => {
    await moveEntry(temp.store, record, 'eel-routes', { venue: 'R2' }, { actor: clerk });
    const error = await refusal(() => undoLastChange(temp.store, record, { name: 'screen', role: 'display' }));
    assert.equal(error.code, 'AGORA_FORBIDDEN');
    assert.equal((await entry('eel-routes')).venue, 'R2');
  });
});
