import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { addNote, readSettings, removeNote, saveSettings, updateNote, type SettingsForm } from '../../src/app/conference-settings.ts';
import { importProgramme } from '../../src/app/import-programme.ts';
import { readPrintSource } from '../../src/app/print-source.ts';
import { stateTag } from '../../src/app/state-tag.ts';
import type { ConferenceRecord } from '../../src/store/store.ts';
import { sampleProgramme } from '../support/sample-programme.ts';
import { tempStore, type TempStore } from '../support/temp-store.ts';
import { testActor } from '../support/test-actor.ts';
import { refusal } from '../support/refusal.ts';
import { settingsFormNow } from '../support/set-publication.ts';

const actor = testActor('test:clerk');
let temp: TempStore;
let record: ConferenceRecord;

beforeEach(async () => {
  temp = await tempStore();
  record = (await importProgramme(temp.store, sampleProgramme(), { actor, slug: 'cws3' })).conference;
});
afterEach(() => temp.dispose());

async function revision(): Promise<number> {
  return (await temp.store.readProgramme(record.id)).record.revision;
}

/** The settings form as the page fills it from the settings now, with `changes` typed over it. */
function formNow(changes: Partial<SettingsForm> = {}): Promise<{ form: SettingsForm; tag: string }> {
  return settingsFormNow(temp.store, record, changes);
}

describe('conference settings', () => {
  test('saving the settings writes the fields and the public address in one settings change', async () => {
    const before = await revision();
    const { form, tag } = await formNow({ theme: 'Tides that bind us', baseUrl: 'https://programme.example.org/cws3/', notice: '' });
    const { revision: made } = await saveSettings(temp.store, record, actor, form, tag);
    assert.equal(made, before + 1);
    const settings = await readSettings(temp.store, record, actor);
    assert.equal(settings.conference.theme, 'Tides that bind us');
    assert.equal(settings.conference.notice, null, 'a blank field is "not known"');
    assert.equal(settings.baseUrl, 'https://programme.example.org/cws3');
    const [change] = await temp.store.changesSince(record.id, before);
    assert.equal(change?.kind, 'settings');
    assert.equal(change?.entryId, null);
    assert.equal((change?.before as { conference: { theme: string } }).conference.theme, 'Tides that bind');
  });

  test('a bad zone, a bad date, an end before the start and a non-web address are refused by field, changing nothing', async () => {
    const before = await revision();
    const { form, tag } = await formNow({ timeZone: 'Europe/Lisboa', startDate: '2031-05-12', endDate: '2031-05-11', baseUrl: 'ftp://example.org' });
    const error = await refusal(() => saveSettings(temp.store, record, actor, form, tag));
    assert.equal(error.code, 'AGORA_BAD_INPUT');
    assert.deepEqual(error.problems.map((problem) => problem.where), ['timeZone', 'endDate', 'baseUrl']);
    assert.match(error.problems[0]?.message ?? '', /"Europe\/Lisboa" is not a time zone/);
    const second = await refusal(async () => saveSettings(temp.store, record, actor, (await formNow({ startDate: '12 May' })).form, tag));
    assert.deepEqual(second.problems.map((problem) => problem.where), ['startDate']);
    assert.equal(await revision(), before);
  });

  test('the publication mode is saved with the settings, recorded before and after; an unknown mode is refused at publication', async () => {
    assert.equal((await readSettings(temp.store, record, actor)).publication, 'live', 'every change is public at once by default');
    const before = await revision();
    const wrong = await formNow({ publication: 'sometimes' });
    const error = await refusal(() => saveSettings(temp.store, record, actor, wrong.form, wrong.tag));
    assert.deepEqual(error.problems.map((problem) => problem.where), ['publication']);
    assert.equal(await revision(), before);
    const { form, tag } = await formNow({ publication: 'release' });
    await saveSettings(temp.store, record, actor, form, tag);
    assert.equal((await readSettings(temp.store, record, actor)).publication, 'release');
    assert.equal((await temp.store.findConference('cws3'))?.publication, 'release');
    const [change] = await temp.store.changesSince(record.id, before);
    assert.deepEqual([(change?.before as { publication: string }).publication, (change?.after as { publication: string }).publication], ['live', 'release']);
  });

  test('settings changed by someone else since the form was opened are not overwritten', async () => {
    const first = await formNow({ city: 'Porto' });
    const second = await formNow({ theme: 'Another theme' });
    await saveSettings(temp.store, record, actor, first.form, first.tag);
    const error = await refusal(() => saveSettings(temp.store, record, actor, second.form, second.tag));
    assert.equal(error.code, 'AGORA_STALE_REVISION');
    assert.equal((await readSettings(temp.store, record, actor)).conference.city, 'Porto');
  });

  test('only an admin may change the settings', async () => {
    const { form, tag } = await formNow();
    const error = await refusal(() => saveSettings(temp.store, record, { name: 'ed', role: 'editor' }, form, tag));
    assert.equal(error.code, 'AGORA_FORBIDDEN');
  });

  test('notes are added, edited and removed, each as one note change', async () => {
    const start = await revision();
    const { note } = await addNote(temp.store, record, actor, '  Interpretation is provided.  ');
    assert.deepEqual(note, { id: 'interpretation-is-provided', text: 'Interpretation is provided.' });
    await updateNote(temp.store, record, actor, note.id, 'Interpretation into French is provided.', stateTag(note));
    await removeNote(temp.store, record, actor, note.id);
    const changes = await temp.store.changesSince(record.id, start);
    assert.deepEqual(changes.map((change) => change.kind), ['note', 'note', 'note']);
    assert.deepEqual(changes[1]?.after, { id: note.id, text: 'Interpretation into French is provided.' });
    assert.equal((await temp.store.readProgramme(record.id)).programme.notes.some((candidate) => candidate.id === note.id), false);
  });

  test('a note an entry refers to is not removed, and the refusal names the entry', async () => {
    const before = await revision();
    const error = await refusal(() => removeNote(temp.store, record, actor, 'lunch-before'));
    assert.match(error.message, /an entry refers to it \("Salt marshes as carbon stores"\)/);
    assert.equal(await revision(), before);
    const empty = await refusal(() => addNote(temp.store, record, actor, '   '));
    assert.deepEqual(empty.problems.map((problem) => problem.where), ['text']);
  });

  test('the printed programme points its QR code at the conference\'s own address when one is set', async () => {
    const server = await readPrintSource(temp.store, record, { baseUrl: 'https://agora.example' });
    assert.equal(server.context.baseUrl, 'https://agora.example/c/cws3');
    const { form, tag } = await formNow({ baseUrl: 'https://programme.cws.example' });
    await saveSettings(temp.store, record, actor, form, tag);
    const own = await readPrintSource(temp.store, record, { baseUrl: 'https://agora.example' });
    assert.equal(own.context.baseUrl, 'https://programme.cws.example');
  });
});
