import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { moveEntry } from '../../src/app/entry-commands.ts';
import { confirmImport, previewImport } from '../../src/app/import-preview.ts';
import { importProgramme } from '../../src/app/import-programme.ts';
import { readProgrammeSource } from '../../src/app/read-source.ts';
import { renderDocument } from '../../src/document/index.ts';
import { AgoraError } from '../../src/errors.ts';
import { writeProgrammeJson } from '../../src/formats/json/index.ts';
import type { ConferenceRecord } from '../../src/store/store.ts';
import { sampleProgramme } from '../support/sample-programme.ts';
import { tempStore, type TempStore } from '../support/temp-store.ts';
import { testActor } from '../support/test-actor.ts';

const clerk = { name: 'clerk@agora.test', role: 'editor' as const };
const DOCUMENT = renderDocument(sampleProgramme());
let temp: TempStore;
let record: ConferenceRecord;

beforeEach(async () => {
  temp = await tempStore();
  // Imported from the document, so that its entries have the ids the document gives them.
  record = (await importProgramme(temp.store, readProgrammeSource(DOCUMENT, 'sample').programme, { actor: testActor(), slug: 'cws3' })).conference;
});
afterEach(() => temp.dispose());

async function logLength(): Promise<number> {
  return (await temp.store.changesSince(record.id, 0)).length;
}

function lineOf(text: string, start: string): number {
  return text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
}

describe('the import preview', () => {
  test('a document with a broken line is refused naming that line, and nothing is written', async () => {
    const broken = DOCUMENT.replace('2 - 3 p.m.\tR1', '2 to 3 in the afternoon\tR1');
    const line = lineOf(broken, '2 to 3 in the afternoon');
    const error = await previewImport(temp.store, record, clerk, broken, 'programme.txt').then(
      () => assert.fail('the preview was made'),
      (thrown: unknown) => thrown,
    );
    assert.ok(error instanceof AgoraError);
    assert.equal(error.code, 'AGORA_BAD_DOCUMENT');
    assert.ok(error.problems.some((problem) => problem.where === `line ${line}`), `a problem at line ${line}: ${JSON.stringify(error.problems)}`);
    assert.equal((await temp.store.findConference('cws3'))?.revision, record.revision);
    assert.equal(await logLength(), 1);
  });

  test('a preview says what the import would bring and replace, entry by entry, writing nothing', async () => {
    const changed = DOCUMENT.replace('2 - 3 p.m.\tR1', '2 - 3 p.m.\tR2');
    const preview = await previewImport(temp.store, record, clerk, changed, 'programme.txt');
    assert.equal(preview.format, 'text');
    assert.deepEqual(preview.summary.days, ['2031-05-12', '2031-05-13']);
    assert.deepEqual(preview.summary.entries, { plenary: 2, parallel: 1, 'side-event': 3 });
    assert.deepEqual(preview.summary.venues, ['R1', 'R2']);
    assert.equal(preview.summary.notes, 1);
    assert.deepEqual(preview.replace, { added: [], removed: [], changed: ['Eel migration routes'], unchanged: 5 });
    assert.equal(preview.revision, record.revision);
    assert.equal(await logLength(), 1, 'the preview wrote nothing');
  });

  test('confirming imports the previewed text in one commit', async () => {
    const changed = DOCUMENT.replace('2 - 3 p.m.\tR1', '2 - 3 p.m.\tR2');
    const preview = await previewImport(temp.store, record, clerk, changed);
    const result = await confirmImport(temp.store, record, clerk, changed, preview.revision);
    assert.equal(result.revision, record.revision + 1);
    const { programme } = await temp.store.readProgramme(record.id);
    assert.equal(programme.entries.find((entry) => entry.title === 'Eel migration routes')?.venue, 'R2');
    const [change] = await temp.store.changesSince(record.id, record.revision);
    assert.equal(change?.kind, 'import');
    assert.equal(change?.actor, 'clerk@agora.test');
  });

  test('a confirmation after someone changed the programme since the preview is refused naming both revisions, and their edit is kept', async () => {
    const preview = await previewImport(temp.store, record, clerk, DOCUMENT);
    const eel = (await temp.store.readProgramme(record.id)).programme.entries.find((entry) => entry.title === 'Eel migration routes');
    assert.ok(eel);
    await moveEntry(temp.store, record, eel.id, { venue: 'R2' }, { actor: testActor('other') });
    await assert.rejects(
      confirmImport(temp.store, record, clerk, DOCUMENT, preview.revision),
      (error: unknown) =>
        error instanceof AgoraError &&
        error.code === 'AGORA_STALE_REVISION' &&
        error.message.includes(`revision ${preview.revision}, now ${preview.revision + 1}`) &&
        error.message.includes('Nothing was imported'),
    );
    assert.equal(await logLength(), 2);
    const after = await temp.store.readProgramme(record.id);
    assert.equal(after.record.revision, preview.revision + 1, 'the refused import used no revision');
    assert.equal(after.programme.entries.find((entry) => entry.id === eel.id)?.venue, 'R2', 'the move made after the preview is kept');
  });

  test('an import told the revision it expects refuses inside its commit when the programme is at another', async () => {
    const eel = (await temp.store.readProgramme(record.id)).programme.entries.find((entry) => entry.title === 'Eel migration routes');
    assert.ok(eel);
    await moveEntry(temp.store, record, eel.id, { venue: 'R2' }, { actor: testActor('other') });
    const programme = readProgrammeSource(DOCUMENT, 'sample').programme;
    await assert.rejects(
      importProgramme(temp.store, programme, { actor: clerk, slug: 'cws3', replace: true, expectedRevision: record.revision }),
      (error: unknown) => error instanceof AgoraError && error.code === 'AGORA_STALE_REVISION',
    );
    assert.equal((await temp.store.readProgramme(record.id)).programme.entries.find((entry) => entry.id === eel.id)?.venue, 'R2');
    const result = await importProgramme(temp.store, programme, { actor: clerk, slug: 'cws3', replace: true, expectedRevision: record.revision + 1 });
    assert.equal(result.revision, record.revision + 2, 'at the revision it expects, the import goes through');
  });

  test('Agora JSON is previewed too, and a wrong field is named by its place', async () => {
    const json = writeProgrammeJson(sampleProgramme());
    const preview = await previewImport(temp.store, record, clerk, json);
    assert.equal(preview.format, 'json');
    assert.equal(preview.replace?.added.length, 6, 'the sample\'s own ids are new to a programme read from the document');
    const bad = json.replace('"start": "14:00"', '"start": "2 pm"');
    await assert.rejects(previewImport(temp.store, record, clerk, bad), (error: unknown) => error instanceof AgoraError && error.code === 'AGORA_BAD_JSON' && error.problems.some((problem) => problem.where.includes('start')));
  });

  test('an empty upload and a role that may not import are refused', async () => {
    await assert.rejects(previewImport(temp.store, record, clerk, '  \n'), (error: unknown) => error instanceof AgoraError && error.problems[0]?.where === 'text');
    await assert.rejects(previewImport(temp.store, record, { name: 'org', role: 'organiser' }, DOCUMENT), (error: unknown) => error instanceof AgoraError && error.code === 'AGORA_FORBIDDEN');
  });
});
