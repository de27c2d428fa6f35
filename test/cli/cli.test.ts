import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_PATH, skipWithoutShared } from '../support/shared-fixture.ts';
import { runCli } from '../support/run-cli.ts';
import { tempDir } from '../support/temp-store.ts';
import { FRAB_XSD_PATH, skipWithoutXmllint, validateAgainstXsd } from '../support/xmllint.ts';

const CLASH = fileURLToPath(new URL('../fixtures/cli/venue-clash.txt', import.meta.url));

interface ProgrammeJson {
  conference: Record<string, string | null>;
  notes: unknown[];
  entries: { id: string; kind: string; title: string; sponsors: string[]; parts: { sponsors: string[] }[]; venue: string | null; start: string }[];
}

describe('agora convert', () => {
  test('the example converts to JSON with its days, entries by kind, notes and conference', { skip: skipWithoutShared() }, async () => {
    const result = await runCli(['convert', EXAMPLE_PATH, '--to', 'json']);
    assert.equal(result.code, 0, result.stderr);
    const json = JSON.parse(result.stdout) as ProgrammeJson & { format: string };
    assert.equal(json.format, 'agora-programme/1');
    const count = (kind: string) => json.entries.filter((entry) => entry.kind === kind).length;
    assert.deepEqual([count('plenary'), count('parallel'), count('side-event')], [19, 6, 19]);
    assert.equal(new Set(json.entries.map((entry) => (entry as unknown as { date: string }).date)).size, 5);
    assert.equal(json.notes.length, 2);
    assert.equal(json.conference.title, 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime');
    assert.equal(json.conference.timeZone, 'Europe/Vienna');
    const splits = json.entries.filter((entry) => entry.parts.length > 0);
    assert.equal(splits.length, 2);
    for (const split of splits) {
      assert.equal(split.parts.length, 2);
      assert.ok(split.parts.every((part) => part.sponsors.length > 0));
    }
    const arms = json.entries.find((entry) => entry.sponsors.join(' / ') === 'Mexico / ACUNS / Geneva Forum / UNODC');
    assert.equal(arms?.title.split(':').length, 2, 'the title keeps its own colon');
  });

  test('the JSON converts back to the text format, which converts to the same JSON', { skip: skipWithoutShared() }, async () => {
    const { dir, dispose } = tempDir();
    try {
      const json = (await runCli(['convert', EXAMPLE_PATH, '--to', 'json'])).stdout;
      writeFileSync(join(dir, 'programme.json'), json);
      const text = await runCli(['convert', join(dir, 'programme.json'), '--to', 'text']);
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stdout, /^SIDE EVENTS$/m);
      writeFileSync(join(dir, 'programme.txt'), text.stdout);
      const again = await runCli(['convert', join(dir, 'programme.txt'), '--to', 'json']);
      assert.deepEqual(JSON.parse(again.stdout), JSON.parse(json));
    } finally {
      dispose();
    }
  });

  test('agora check finds no venue clash in the example', { skip: skipWithoutShared() }, async () => {
    const { dir, dispose } = tempDir();
    try {
      const db = join(dir, 'agora.db');
      const imported = await runCli(['import', EXAMPLE_PATH, '--db', db]);
      assert.equal(imported.code, 0, imported.stderr);
      const check = await runCli(['check', '--db', db, '--json']);
      assert.equal(check.code, 0, check.stdout);
      const { conflicts } = JSON.parse(check.stdout) as { conflicts: { rule: string }[] };
      assert.deepEqual(conflicts.filter((finding) => finding.rule === 'venue-clash'), []);
    } finally {
      dispose();
    }
  });

  test('a file that does not exist is refused by name with a failing exit', async () => {
    const result = await runCli(['convert', 'no-such-programme.txt', '--to', 'json']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /no-such-programme\.txt: there is no such file/);
  });

  test('an unknown output format is refused naming the option', async () => {
    const result = await runCli(['convert', CLASH, '--to', 'xml']);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /--to/);
    assert.equal(result.stdout, '');
  });
});

describe('agora with a database', () => {
  let dir: string;
  let dispose: () => void;
  let db: string;
  before(() => {
    ({ dir, dispose } = tempDir());
    db = join(dir, 'agora.db');
  });
  after(() => dispose());

  test('a broken document is refused naming its line, and the database is left as it was', async () => {
    const broken = join(dir, 'broken.txt');
    writeFileSync(broken, readFileSync(CLASH, 'utf8').replace('1.30 - 2.30 p.m.', 'half past one'));
    const result = await runCli(['import', broken, '--db', db]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /line 29/);
    assert.match(result.stderr, /nothing was imported/);
    const init = await runCli(['init', '--db', db, '--json']);
    assert.deepEqual(JSON.parse(init.stdout).conferences, []);
  });

  test('import, then check names both entries of a venue clash and exits 1', async () => {
    const imported = await runCli(['import', CLASH, '--db', db, '--conference', 'cws3']);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /as "cws3" at revision 1/);
    const check = await runCli(['check', '--db', db, '--json']);
    assert.equal(check.code, 1);
    const { conflicts } = JSON.parse(check.stdout) as { conflicts: { rule: string; entries: string[]; message: string }[] };
    const clash = conflicts.find((finding) => finding.rule === 'venue-clash');
    assert.ok(clash, check.stdout);
    assert.equal(clash.entries.length, 2);
    assert.match(clash.message, /Salt marshes/);
    assert.match(clash.message, /Eel migration/);
  });

  test('move resolves the clash, is listed by changes, and check then passes', async () => {
    const exported = JSON.parse((await runCli(['export', '--to', 'json', '--db', db])).stdout) as ProgrammeJson;
    const eel = exported.entries.find((entry) => entry.title === 'Eel migration routes');
    assert.ok(eel);
    const moved = await runCli(['move', eel.id, '--venue', 'R2', '--db', db]);
    assert.equal(moved.code, 0, moved.stderr);
    assert.match(moved.stdout, /in R2 \(revision 2\)/);
    const changes = await runCli(['changes', '--since', '1', '--db', db]);
    assert.match(changes.stdout, /^2\t.*\tmove\t.*venue "R1" → "R2"/m);
    const check = await runCli(['check', '--db', db]);
    assert.equal(check.code, 0, check.stdout);
  });

  test('a bad move is refused naming the field, and nothing changes', async () => {
    const exported = JSON.parse((await runCli(['export', '--to', 'json', '--db', db])).stdout) as ProgrammeJson;
    const first = exported.entries[0]!;
    const moved = await runCli(['move', first.id, '--start', '25:99', '--db', db]);
    assert.equal(moved.code, 1);
    assert.match(moved.stderr, /start: "25:99" is not a time/);
    const stale = await runCli(['move', first.id, '--venue', 'R1', '--expect-revision', '2', '--db', db]);
    assert.equal(stale.code, 1);
    assert.match(stale.stderr, /changed at revision 1, after revision 2/);
    const after = JSON.parse((await runCli(['export', '--to', 'json', '--db', db])).stdout) as ProgrammeJson;
    assert.deepEqual(after, exported);
    const since = await runCli(['changes', '--since', 'two', '--db', db]);
    assert.notEqual(since.code, 0);
    assert.match(since.stderr, /--since must be a whole number/);
  });

  test('export writes every format the registry has, and frab validates against its XSD', { skip: skipWithoutXmllint() || skipWithoutShared(FRAB_XSD_PATH) }, async () => {
    for (const format of ['json', 'text', 'frab', 'c3voc', 'ical', 'csv']) {
      const result = await runCli(['export', '--to', format, '--db', db]);
      assert.equal(result.code, 0, `${format}: ${result.stderr}`);
      assert.match(result.stdout, /Salt marshes/, format);
    }
    const frab = await runCli(['export', '--to', 'frab', '--db', db]);
    const verdict = validateAgainstXsd(frab.stdout, FRAB_XSD_PATH);
    assert.ok(verdict.valid, verdict.output);
    const unknown = await runCli(['export', '--to', 'pdfx', '--db', db]);
    assert.notEqual(unknown.code, 0);
    assert.match(unknown.stderr, /--to/);
  });

  test('export at an earlier revision gives the programme as it was', async () => {
    const then = JSON.parse((await runCli(['export', '--to', 'json', '--revision', '1', '--db', db])).stdout) as ProgrammeJson;
    assert.equal(then.entries.find((entry) => entry.title === 'Eel migration routes')?.venue, 'R1');
  });
});
