import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { openSqliteStore } from '../../src/store/open-store.ts';
import { runCli } from '../support/run-cli.ts';
import { tempDir } from '../support/temp-store.ts';

const CLASH = fileURLToPath(new URL('../fixtures/cli/venue-clash.txt', import.meta.url));

describe('a release published from the command line notifies as one published in the browser', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: string;
  before(async () => {
    dir = tempDir();
    db = join(dir.dir, 'agora.db');
    const imported = await runCli(['import', CLASH, '--db', db, '--conference', 'cws3']);
    assert.equal(imported.code, 0, imported.stderr);
  });
  after(() => dir?.dispose());

  test('agora release enqueues a delivery for the webhook and a mail for the subscriber, with links under BASE_URL', async () => {
    const store = await openSqliteStore(db);
    try {
      const conference = await store.db.selectFrom('conferences').select('id').executeTakeFirstOrThrow();
      const now = new Date().toISOString();
      await store.db.insertInto('webhooks').values({ conference_id: conference.id, url: 'https://example.org/hook', secret: 's', on_change: 0, created_at: now, actor: 'test', disabled_at: null }).execute();
      await store.db.insertInto('subscriptions').values({ conference_id: conference.id, email: 'delegate@example.org', created_at: now }).execute();
    } finally {
      await store.close();
    }
    const result = await runCli(['release', 'Update 1', '--comment', 'R2 closed', '--db', db], { env: { BASE_URL: 'https://agora.example' } });
    assert.equal(result.code, 0, result.stderr);
    const after = await openSqliteStore(db);
    try {
      const deliveries = await after.db.selectFrom('webhook_deliveries').selectAll().execute();
      assert.equal(deliveries.length, 1);
      assert.equal(JSON.parse(deliveries[0]?.payload ?? '{}').changes, 'https://agora.example/c/cws3/changes#release-1');
      const mails = await after.db.selectFrom('outbox').selectAll().execute();
      assert.deepEqual(mails.map((mail) => mail.to_address), ['delegate@example.org']);
      assert.match(mails[0]?.body ?? '', /R2 closed/);
      assert.match(mails[0]?.body ?? '', /https:\/\/agora\.example\/c\/cws3\/unsubscribe\?token=/);
    } finally {
      await after.close();
    }
  });
});
