import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { importProgramme } from '../../src/app/import-programme.ts';
import { stateTag } from '../../src/app/state-tag.ts';
import { addVenue, removeVenue, updateVenue, type VenueForm } from '../../src/app/venue-commands.ts';
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

function form(fields: Partial<VenueForm> = {}): VenueForm {
  return { name: 'M3', building: 'M', capacity: '120', hours: [{ date: '2031-05-12', open: '09:00', close: '18:00' }], ...fields };
}

async function revision(): Promise<number> {
  return (await temp.store.readProgramme(record.id)).record.revision;
}

async function venues() {
  return (await temp.store.readProgramme(record.id)).programme.venues;
}

describe('venue commands', () => {
  test('adding a venue stores its building, capacity and opening hours in one venue change', async () => {
    const before = await revision();
    const { venue, revision: made } = await addVenue(temp.store, record, actor, form({ hours: [{ date: '', open: '08:30', close: '19:00' }, { date: '', open: '', close: '' }] }));
    assert.equal(made, before + 1);
    assert.deepEqual(venue, { id: 'm3', name: 'M3', building: 'M', capacity: 120, openingHours: [{ date: null, start: '08:30', end: '19:00' }] });
    assert.deepEqual((await venues()).at(-1), venue);
    const [change] = await temp.store.changesSince(record.id, before);
    assert.equal(change?.kind, 'venue');
    assert.equal(change?.entryId, null);
    assert.deepEqual(change?.after, venue);
  });

  test('a venue form with bad fields is refused naming each field, and nothing changes', async () => {
    const before = await revision();
    const error = await refusal(() =>
      addVenue(temp.store, record, actor, form({ name: 'r1', capacity: 'many', hours: [{ date: '2031-13-01', open: '9', close: '08:00' }, { date: '', open: '14:00', close: '13:00' }] })),
    );
    assert.equal(error.code, 'AGORA_BAD_INPUT');
    assert.deepEqual(
      error.problems.map((problem) => problem.where),
      ['name', 'capacity', 'hours-1-date', 'hours-1-open', 'hours-2-close'],
    );
    assert.match(error.problems[0]?.message ?? '', /already a venue "r1"/);
    assert.equal(await revision(), before);
    assert.equal((await venues()).length, 2);
  });

  test('renaming a venue renames it in the entries held there, in the same change', async () => {
    const r1 = (await venues()).find((venue) => venue.id === 'r1');
    assert.ok(r1);
    const { renamedIn, revision: made } = await updateVenue(temp.store, record, actor, 'r1', form({ name: 'Room 1', building: 'R', capacity: '90', hours: [] }), stateTag(r1));
    assert.deepEqual(renamedIn.sort(), ['eel-routes', 'salt-marsh']);
    const entry = await temp.store.readEntry(record.id, 'salt-marsh');
    assert.equal(entry?.venue, 'Room 1');
    assert.equal(entry?.revision, made);
    assert.equal((await venues())[0]?.name, 'Room 1', 'the venue keeps its place in the list');
    assert.equal((await temp.store.changesSince(record.id, made - 1)).length, 1);
  });

  test('saving a venue someone changed since the form was opened is refused, keeping theirs', async () => {
    const r2 = (await venues()).find((venue) => venue.id === 'r2');
    assert.ok(r2);
    const shown = stateTag(r2);
    await updateVenue(temp.store, record, testActor('other'), 'r2', form({ name: 'R2', capacity: '45', hours: [] }), shown);
    const error = await refusal(() => updateVenue(temp.store, record, actor, 'r2', form({ name: 'R2', capacity: '30', hours: [] }), shown));
    assert.equal(error.code, 'AGORA_STALE_REVISION');
    assert.equal((await venues()).find((venue) => venue.id === 'r2')?.capacity, 45);
  });

  test('a venue in use is not removed, and the refusal names the entries held there', async () => {
    const before = await revision();
    const error = await refusal(() => removeVenue(temp.store, record, actor, 'r1'));
    assert.equal(error.code, 'AGORA_BAD_INPUT');
    assert.match(error.message, /R1 was not removed: 2 entries are held there \("Salt marshes as carbon stores", "Eel migration routes"\)/);
    assert.equal(await revision(), before);
  });

  test('a venue no entry uses is removed in one venue change', async () => {
    const { venue } = await addVenue(temp.store, record, actor, form());
    const { revision: made } = await removeVenue(temp.store, record, actor, venue.id);
    assert.equal((await venues()).some((candidate) => candidate.id === venue.id), false);
    const [change] = await temp.store.changesSince(record.id, made - 1);
    assert.deepEqual(change?.before, venue);
    assert.equal(change?.after, null);
  });

  test('a role that may not manage venues is refused', async () => {
    const error = await refusal(() => addVenue(temp.store, record, { name: 'org', role: 'organiser' }, form()));
    assert.equal(error.code, 'AGORA_FORBIDDEN');
  });
});
