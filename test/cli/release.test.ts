import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../support/run-cli.ts';
import { tempDir } from '../support/temp-store.ts';

const CLASH = fileURLToPath(new URL('../fixtures/cli/venue-clash.txt', import.meta.url));

describe('agora release and agora releases', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: string;
  before(async () => {
    dir = tempDir();
    db = join(dir.dir, 'agora.db');
    const imported = await runCli(['import', CLASH, '--db', db, '--conference', 'cws3']);
    assert.equal(imported.code, 0, imported.stderr);
  });
  after(() => dir?.dispose());

  test('before any release, releases says how to publish one', async () => {
    const result = await runCli(['releases', '--db', db]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /"cws3" has no releases yet; publish one with: agora release "<name>"/);
  });

  test('release publishes the programme under a name and says what changed since the release before', async () => {
    const first = await runCli(['release', 'Programme as printed', '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^Published release 1, "Programme as printed", of cws3 at revision 2: 7 new \(the first release\)\.$/m);
    const exported = JSON.parse((await runCli(['export', '--to', 'json', '--db', db])).stdout) as { entries: { id: string; title: string }[] };
    const eel = exported.entries.find((entry) => entry.title === 'Eel migration routes');
    assert.ok(eel);
    assert.equal((await runCli(['move', eel.id, '--venue', 'R2', '--db', db])).code, 0);
    const second = await runCli(['release', 'Update 1', '--comment', 'Eel routes move to R2', '--db', db, '--json']);
    assert.equal(second.code, 0, second.stderr);
    const published = JSON.parse(second.stdout) as { release: { id: number; comment: string }; previous: number; changelog: { moved: { from: { venue: string }; to: { venue: string } }[] } };
    assert.deepEqual([published.release.id, published.release.comment, published.previous], [2, 'Eel routes move to R2', 1]);
    assert.deepEqual(published.changelog.moved.map((moved) => [moved.from.venue, moved.to.venue]), [['R1', 'R2']]);

    const list = await runCli(['releases', '--db', db]);
    assert.equal(list.code, 0, list.stderr);
    const lines = list.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0] ?? '', /^2\tUpdate 1\t.*\trevision 4\tcli(:[^\t]+)?\t1 moved\tEel routes move to R2$/);
    assert.match(lines[1] ?? '', /^1\tProgramme as printed\t.*\t7 new$/);
  });

  test('a release without a name is refused naming the field, and nothing is published', async () => {
    const result = await runCli(['release', '  ', '--db', db]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /The release was not published[\s\S]*name:/);
    const list = await runCli(['releases', '--db', db, '--json']);
    assert.equal((JSON.parse(list.stdout) as { releases: unknown[] }).releases.length, 2);
  });
});
