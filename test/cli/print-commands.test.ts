import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pdfText, skipWithoutPoppler } from '../support/poppler.ts';
import { normalised } from '../support/printed-text.ts';
import { runCli } from '../support/run-cli.ts';
import { EXAMPLE_PATH, skipWithoutShared } from '../support/shared-fixture.ts';
import { tempDir } from '../support/temp-store.ts';
import { zipEntries } from '../support/zip-entries.ts';

describe('agora pdf and agora docx', { skip: skipWithoutShared() }, () => {
  let dir: string;
  let dispose: () => void;
  let db: string;
  before(async () => {
    ({ dir, dispose } = tempDir());
    db = join(dir, 'agora.db');
    const imported = await runCli(['import', EXAMPLE_PATH, '--db', db, '--conference', 'cop6']);
    assert.equal(imported.code, 0, imported.stderr);
  });
  after(() => dispose());

  test('agora pdf -o writes the printed programme with the QR code to the live programme', { skip: skipWithoutPoppler() }, async () => {
    const file = join(dir, 'programme.pdf');
    const result = await runCli(['pdf', '-o', file, '--db', db, '--base-url', 'https://agora.example']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Wrote .*programme\.pdf \(\d+ KB\): "cop6" at revision 1\.$/m);
    const text = normalised(pdfText(readFileSync(file)));
    assert.ok(text.includes('Item 2 (b). Trafficking in Persons Protocol'));
    assert.ok(text.includes('https://agora.example/c/cop6/'));
    assert.ok(text.includes('Programme revision 1, printed'));
  });

  test('agora docx -o writes a Word document', async () => {
    const file = join(dir, 'programme.docx');
    const result = await runCli(['docx', '-o', file, '--db', db, '--conference', 'cop6', '--json']);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(Object.keys(JSON.parse(result.stdout) as object), ['file', 'bytes', 'conference', 'revision']);
    const xml = zipEntries(readFileSync(file)).get('word/document.xml')?.toString('utf8') ?? '';
    assert.equal(xml.match(/<w:tbl>/g)?.length, 2);
  });

  test('--mark-changed-since marks what changed after that revision', { skip: skipWithoutPoppler() }, async () => {
    const moved = await runCli(['move', '2012-10-16-ngo-participation-sharing-of-experiences', '--venue', 'M7', '--db', db]);
    assert.equal(moved.code, 0, moved.stderr);
    const file = join(dir, 'marked.pdf');
    const result = await runCli(['pdf', '-o', file, '--db', db, '--mark-changed-since', '1']);
    assert.equal(result.code, 0, result.stderr);
    const text = normalised(pdfText(readFileSync(file)));
    assert.ok(text.includes('changed since revision 1'));
    assert.equal(text.match(/\bchanged\b/g)?.length, 2, 'the moved side event and the legend');
  });

  test('without -o, the command fails naming the option and writes nothing', async () => {
    const result = await runCli(['pdf', '--db', db]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /-o, --output <file>/);
    assert.equal(result.stdout, '');
  });

  test('an unknown conference is refused naming --conference, and no file is written', async () => {
    const file = join(dir, 'nowhere.docx');
    const result = await runCli(['docx', '-o', file, '--db', db, '--conference', 'nowhere']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /There is no conference "nowhere"/);
    assert.match(result.stderr, /--conference/);
    assert.ok(!existsSync(file));
  });

  test('a revision the conference has not reached, or a base URL that is not one, is refused naming the option', async () => {
    const file = join(dir, 'never.pdf');
    const late = await runCli(['pdf', '-o', file, '--db', db, '--mark-changed-since', '99']);
    assert.equal(late.code, 1);
    assert.match(late.stderr, /mark-changed-since/);
    const url = await runCli(['pdf', '-o', file, '--db', db, '--base-url', 'agora.example']);
    assert.equal(url.code, 1);
    assert.match(url.stderr, /--base-url/);
    assert.ok(!existsSync(file));
  });
});
