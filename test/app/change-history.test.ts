import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { createUser } from '../../src/app/accounts/users.ts';
import { historyPeople, readHistory, readHistoryFilter } from '../../src/app/change-history.ts';
import { moveEntry, updateEntry } from '../../src/app/entry-commands.ts';
import { importProgramme } from '../../src/app/import-programme.ts';
import { addVenue } from '../../src/app/venue-commands.ts';
import { AgoraError } from '../../src/errors.ts';
import type { ConferenceRecord } from '../../src/store/store.ts';
import { sampleProgramme } from '../support/sample-programme.ts';
import { tempStore, type TempStore } from '../support/temp-store.ts';
import { testActor } from '../support/test-actor.ts';

const reader = { name: 'reader@agora.test', role: 'editor' as const };
let temp: TempStore;
let record: ConferenceRecord;

beforeEach(async () => {
  temp = await tempStore();
  record = (await importProgramme(temp.store, sampleProgramme(), { actor: testActor('cli:root'), slug: 'cws3' })).conference;
  await createUser(temp.store, testActor(), { email: 'anna@agora.test', name: 'Anna Clerk', role: 'editor', password: 'correct horse battery' });
});
afterEach(() => temp.dispose());

const anna = { name: 'anna@agora.test', role: 'editor' as const };
const desk = { name: 'token:desk-1', role: 'editor' as const };

describe('the change history', () => {
  test('lists every change newest first, with the user\'s name, each field before → after, and an import as its entry count', async () => {
    await moveEntry(temp.store, record, 'eel-routes', { venue: 'R2' }, { actor: anna });
    await updateEntry(temp.store, record, 'dune-law', { title: 'Dune law' }, { actor: desk });
    const { rows, next } = await readHistory(temp.store, record, reader);
    assert.equal(next, null);
    assert.deepEqual(rows.map((row) => row.revision), [3, 2, 1]);
    assert.equal(rows[0]?.actorName, 'token:desk-1');
    assert.deepEqual(rows[0]?.fields, [{ field: 'title', before: 'Dune protection in national law', after: 'Dune law' }]);
    assert.equal(rows[1]?.actorName, 'Anna Clerk');
    assert.equal(rows[1]?.kind, 'move');
    assert.equal(rows[1]?.subject, 'Eel migration routes');
    assert.deepEqual(rows[1]?.fields, [{ field: 'venue', before: 'R1', after: 'R2' }]);
    assert.equal(rows[2]?.kind, 'import');
    assert.equal(rows[2]?.importedEntries, sampleProgramme().entries.length);
    assert.equal(rows[2]?.actorName, 'cli:root');
  });

  test('filters by entry, by person and by the day the entry was on before or after', async () => {
    await moveEntry(temp.store, record, 'eel-routes', { date: '2031-05-13' }, { actor: anna });
    await moveEntry(temp.store, record, 'dune-law', { start: '12:00', end: '13:00' }, { actor: desk });
    await moveEntry(temp.store, record, 'salt-marsh', { venue: 'R2' }, { actor: desk });
    const byEntry = await readHistory(temp.store, record, reader, { entryId: 'eel-routes' });
    assert.deepEqual(byEntry.rows.map((row) => row.entryId), ['eel-routes']);
    const byPerson = await readHistory(temp.store, record, reader, { person: 'token:desk-1' });
    assert.deepEqual(byPerson.rows.map((row) => row.entryId), ['salt-marsh', 'dune-law']);
    const monday = await readHistory(temp.store, record, reader, { day: '2031-05-12' });
    assert.deepEqual(monday.rows.map((row) => row.entryId), ['salt-marsh', 'eel-routes'], 'eel-routes left Monday, so it counts; the import does not');
    const tuesday = await readHistory(temp.store, record, reader, { day: '2031-05-13' });
    assert.deepEqual(tuesday.rows.map((row) => row.entryId), ['dune-law', 'eel-routes']);
    const people = await historyPeople(temp.store, record, reader);
    assert.deepEqual(people.find((person) => person.actor === 'anna@agora.test'), { actor: 'anna@agora.test', name: 'Anna Clerk' });
  });

  test('pages run back by revision, and a day filter still fills its page', async () => {
    for (let n = 0; n < 5; n += 1) await moveEntry(temp.store, record, 'eel-routes', { venue: n % 2 === 0 ? 'R2' : 'R1' }, { actor: anna });
    await moveEntry(temp.store, record, 'dune-law', { venue: 'R2' }, { actor: anna });
    const first = await readHistory(temp.store, record, reader, { limit: 2 });
    assert.deepEqual(first.rows.map((row) => row.revision), [7, 6]);
    assert.equal(first.next, 6);
    const second = await readHistory(temp.store, record, reader, { limit: 2, before: first.next ?? 0 });
    assert.deepEqual(second.rows.map((row) => row.revision), [5, 4]);
    const monday = await readHistory(temp.store, record, reader, { limit: 3, day: '2031-05-12' });
    assert.deepEqual(monday.rows.map((row) => row.revision), [6, 5, 4]);
    assert.equal(monday.next, 4);
  });

  test('venue changes show the venue\'s fields before and after', async () => {
    await addVenue(temp.store, record, anna, { name: 'M3', building: 'M', capacity: '120', hours: [{ date: '', open: '09:00', close: '18:00' }] });
    const [row] = (await readHistory(temp.store, record, reader)).rows;
    assert.equal(row?.kind, 'venue');
    assert.equal(row?.subject, 'M3');
    assert.deepEqual(row?.fields, [
      { field: 'name', before: null, after: 'M3' },
      { field: 'building', before: null, after: 'M' },
      { field: 'capacity', before: null, after: '120' },
      { field: 'openingHours', before: null, after: 'every day 09:00–18:00' },
    ]);
  });

  test('a bad day or page in the filter is refused naming the field', () => {
    const error = (() => {
      try {
        readHistoryFilter({ day: '2031-02-30', before: 'x', entry: 'eel-routes' });
      } catch (thrown) {
        return thrown;
      }
      return null;
    })();
    assert.ok(error instanceof AgoraError);
    assert.deepEqual(error.problems.map((problem) => problem.where), ['day', 'before']);
    assert.deepEqual(readHistoryFilter({ day: '2031-05-12', entry: ' eel-routes ', person: '' }), { day: '2031-05-12', entryId: 'eel-routes' });
  });

  test('a role that may not read the history is refused', async () => {
    await assert.rejects(readHistory(temp.store, record, { name: 'org', role: 'organiser' }), (error: unknown) => error instanceof AgoraError && error.code === 'AGORA_FORBIDDEN');
  });
});
