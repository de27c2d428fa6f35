import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { cancelEntry } from '../../../src/app/entry-commands.ts';
import { importProgramme } from '../../../src/app/import-programme.ts';
import { listDeliveries } from '../../../src/app/notifications/webhook-deliveries.ts';
import { deliverDueWebhooks, MAX_ATTEMPTS } from '../../../src/app/notifications/webhook-worker.ts';
import { disableWebhook, registerWebhook } from '../../../src/app/notifications/webhooks.ts';
import { publishRelease } from '../../../src/app/releases.ts';
import type { ConferenceRecord } from '../../../src/store/store.ts';
import { sampleProgramme } from '../../support/sample-programme.ts';
import { tempStore, type TempStore } from '../../support/temp-store.ts';
import { testActor } from '../../support/test-actor.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver.ts';
import { refusal } from '../../support/refusal.ts';

const admin = testActor('test:admin', 'admin');
let temp: TempStore;
let record: ConferenceRecord;
const receivers: WebhookReceiver[] = [];

async function receiver(statuses?: number[]): Promise<WebhookReceiver> {
  const made = await startWebhookReceiver(statuses);
  receivers.push(made);
  return made;
}

beforeEach(async () => {
  temp = await tempStore();
  record = (await importProgramme(temp.store, sampleProgramme(), { actor: admin, slug: 'cws3' })).conference;
});
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((made) => made.close()));
  await temp.dispose();
});

function signatureMatches(secret: string, body: string, header: unknown): boolean {
  if (typeof header !== 'string') return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
  const sent = Buffer.from(header);
  return expected.length === sent.length && timingSafeEqual(expected, sent);
}

describe('registering a webhook', () => {
  test('an address that is not http(s), holds a password or is empty is refused naming the url field, and nothing is stored', async () => {
    for (const url of ['ftp://example.org/hook', 'https://user:pw@example.org/hook', '', 'not an address', 'javascript:alert(1)']) {
      const error = await refusal(() => registerWebhook(temp.store, record, admin, { url }));
      assert.equal(error.code, 'AGORA_BAD_INPUT');
      assert.equal(error.problems[0]?.where, 'url', url);
    }
    const rows = await temp.store.db.selectFrom('webhooks').selectAll().execute();
    assert.equal(rows.length, 0);
  });

  test('an editor may not register one', async () => {
    const error = await refusal(() => registerWebhook(temp.store, record, testActor('ed', 'editor'), { url: 'https://example.org/hook' }));
    assert.equal(error.code, 'AGORA_FORBIDDEN');
  });

  test('the same address twice is refused while the first is active', async () => {
    await registerWebhook(temp.store, record, admin, { url: 'https://example.org/hook' });
    const error = await refusal(() => registerWebhook(temp.store, record, admin, { url: 'https://example.org/hook' }));
    assert.match(error.problems[0]?.message ?? '', /already registered/);
  });
});

describe('a release POSTs to every active webhook', () => {
  test('the receiver gets the release as JSON with a signature it can check with the secret', async () => {
    const hook = await receiver();
    const webhook = await registerWebhook(temp.store, record, admin, { url: hook.url });
    const release = await publishRelease(temp.store, record, admin, { name: 'Update 1', comment: 'M3 closed on Thursday' });
    const run = await deliverDueWebhooks(temp.store);
    assert.deepEqual(run, { delivered: 1, retrying: 0, failed: 0 });
    assert.equal(hook.received.length, 1);
    const [request] = hook.received;
    assert.equal(request?.method, 'POST');
    assert.equal(request?.headers['content-type'], 'application/json');
    assert.equal(request?.headers['x-agora-event'], 'release');
    assert.ok(signatureMatches(webhook.secret, request?.body ?? '', request?.headers['x-agora-signature']), 'the signature checks with the secret');
    assert.ok(!signatureMatches('another secret', request?.body ?? '', request?.headers['x-agora-signature']));
    const payload = JSON.parse(request?.body ?? '{}');
    assert.deepEqual(payload, {
      event: 'release',
      conference: { slug: 'cws3', title: 'Assembly of the Parties to the Convention on Coastal Wetlands' },
      release: { id: release.id, name: 'Update 1', comment: 'M3 closed on Thursday', revision: release.revision, at: release.at },
      changes: '/c/cws3/changes#release-1',
    });
    const { deliveries } = await listDeliveries(temp.store, webhook.id);
    assert.equal(request?.headers['x-agora-delivery'], String(deliveries[0]?.id));
    assert.equal(deliveries[0]?.deliveredAt !== null, true);
    assert.deepEqual(deliveries[0]?.log.map((attempt) => attempt.status), [200]);
    // Sent once: a second run finds nothing due.
    assert.deepEqual(await deliverDueWebhooks(temp.store), { delivered: 0, retrying: 0, failed: 0 });
    assert.equal(hook.received.length, 1);
  });

  test('a receiver answering 500 is tried again after the wait, and the log shows both attempts', async () => {
    const hook = await receiver([500, 200]);
    const webhook = await registerWebhook(temp.store, record, admin, { url: hook.url });
    await publishRelease(temp.store, record, admin, { name: 'Update 1' });
    const start = new Date();
    assert.deepEqual(await deliverDueWebhooks(temp.store, start), { delivered: 0, retrying: 1, failed: 0 });
    let [delivery] = (await listDeliveries(temp.store, webhook.id)).deliveries;
    assert.equal(delivery?.deliveredAt, null);
    assert.equal(delivery?.attempts, 1);
    const next = Date.parse(delivery?.nextAttemptAt ?? '');
    assert.ok(next - start.getTime() >= 30_000, 'the next attempt waits at least 30 s');
    // Not yet due: nothing is sent before the wait is over.
    assert.deepEqual(await deliverDueWebhooks(temp.store, new Date(start.getTime() + 10_000)), { delivered: 0, retrying: 0, failed: 0 });
    assert.equal(hook.received.length, 1);
    assert.deepEqual(await deliverDueWebhooks(temp.store, new Date(next + 1)), { delivered: 1, retrying: 0, failed: 0 });
    [delivery] = (await listDeliveries(temp.store, webhook.id)).deliveries;
    assert.deepEqual(delivery?.log.map((attempt) => attempt.status), [500, 200]);
    assert.match(delivery?.log[0]?.error ?? '', /500/);
    assert.equal(hook.received.length, 2);
    assert.equal(hook.received[0]?.body, hook.received[1]?.body, 'the same body, signed the same, each time');
  });

  test('a receiver that never answers 2xx is given up after the last attempt, with every attempt logged', async () => {
    const hook = await receiver([503]);
    const webhook = await registerWebhook(temp.store, record, admin, { url: hook.url });
    await publishRelease(temp.store, record, admin, { name: 'Update 1' });
    let now = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const run = await deliverDueWebhooks(temp.store, new Date(now));
      assert.deepEqual(run, attempt < MAX_ATTEMPTS ? { delivered: 0, retrying: 1, failed: 0 } : { delivered: 0, retrying: 0, failed: 1 });
      const [delivery] = (await listDeliveries(temp.store, webhook.id)).deliveries;
      now = delivery?.nextAttemptAt === null ? now : Date.parse(delivery?.nextAttemptAt ?? '') + 1;
    }
    const [delivery] = (await listDeliveries(temp.store, webhook.id)).deliveries;
    assert.notEqual(delivery?.failedAt, null);
    assert.equal(delivery?.nextAttemptAt, null);
    assert.equal(delivery?.log.length, MAX_ATTEMPTS);
    assert.equal(hook.received.length, MAX_ATTEMPTS);
  });

  test('a receiver that cannot be reached is logged with the error and tried again', async () => {
    const hook = await receiver();
    const url = hook.url;
    await hook.close();
    receivers.splice(receivers.indexOf(hook), 1);
    const webhook = await registerWebhook(temp.store, record, admin, { url });
    await publishRelease(temp.store, record, admin, { name: 'Update 1' });
    assert.deepEqual(await deliverDueWebhooks(temp.store, new Date(), { timeoutMs: 2000 }), { delivered: 0, retrying: 1, failed: 0 });
    const [delivery] = (await listDeliveries(temp.store, webhook.id)).deliveries;
    assert.equal(delivery?.log[0]?.status, null);
    assert.match(delivery?.log[0]?.error ?? '', /ECONNREFUSED|fetch failed/);
  });

  test('two workers running at once send a delivery once', async () => {
    const hook = await receiver();
    await registerWebhook(temp.store, record, admin, { url: hook.url });
    await publishRelease(temp.store, record, admin, { name: 'Update 1' });
    const runs = await Promise.all([deliverDueWebhooks(temp.store), deliverDueWebhooks(temp.store), deliverDueWebhooks(temp.store)]);
    assert.equal(runs.reduce((sum, run) => sum + run.delivered, 0), 1);
    assert.equal(hook.received.length, 1);
  });
});

describe('changes other than releases', () => {
  test('go only to webhooks registered "on every change", with the change feed\'s facts and no entry content', async () => {
    const everyChange = await receiver();
    const releasesOnly = await receiver();
    await registerWebhook(temp.store, record, admin, { url: everyChange.url, onChange: 'on' });
    await registerWebhook(temp.store, record, admin, { url: releasesOnly.url });
    const { revision } = await cancelEntry(temp.store, record, 'opening', { actor: admin });
    await deliverDueWebhooks(temp.store);
    assert.equal(releasesOnly.received.length, 0);
    assert.equal(everyChange.received.length, 1);
    assert.equal(everyChange.received[0]?.headers['x-agora-event'], 'change');
    const payload = JSON.parse(everyChange.received[0]?.body ?? '{}');
    assert.equal(payload.event, 'change');
    assert.deepEqual(Object.keys(payload.change).sort(), ['actor', 'at', 'entryId', 'kind', 'revision']);
    assert.deepEqual([payload.change.kind, payload.change.entryId, payload.change.revision, payload.change.actor], ['cancel', 'opening', revision, 'test:admin']);
    assert.doesNotMatch(everyChange.received[0]?.body ?? '', /Opening of the session/);
  });

  test('a release goes to both kinds', async () => {
    const everyChange = await receiver();
    const releasesOnly = await receiver();
    await registerWebhook(temp.store, record, admin, { url: everyChange.url, onChange: 'on' });
    await registerWebhook(temp.store, record, admin, { url: releasesOnly.url });
    await publishRelease(temp.store, record, admin, { name: 'Update 1' });
    await deliverDueWebhooks(temp.store);
    assert.deepEqual([everyChange.received.length, releasesOnly.received.length], [1, 1]);
  });
});

describe('a disabled webhook', () => {
  test('gets nothing: neither new events nor those waiting when it was disabled', async () => {
    const hook = await receiver();
    const webhook = await registerWebhook(temp.store, record, admin, { url: hook.url, onChange: 'on' });
    await publishRelease(temp.store, record, admin, { name: 'Update 1' });
    const disabled = await disableWebhook(temp.store, record, admin, webhook.id);
    assert.notEqual(disabled.disabledAt, null);
    await publishRelease(temp.store, record, admin, { name: 'Update 2' });
    await cancelEntry(temp.store, record, 'opening', { actor: admin });
    await deliverDueWebhooks(temp.store);
    assert.equal(hook.received.length, 0);
    assert.equal((await listDeliveries(temp.store, webhook.id)).total, 1, 'only the event from before it was disabled was enqueued');
  });
});

describe('enqueueing is part of the commit', () => {
  test('a release whose commit fails after the notifications were written leaves neither the release nor its deliveries and mails', async () => {
    await registerWebhook(temp.store, record, admin, { url: 'https://example.org/hook' });
    await temp.store.db.insertInto('subscriptions').values({ conference_id: record.id, email: 'd@example.org', created_at: new Date().toISOString() }).execute();
    const stop = temp.store.onCommit(async () => {
      throw new Error('the disk is full');
    });
    await assert.rejects(publishRelease(temp.store, record, admin, { name: 'Update 1' }), /disk is full/);
    stop();
    assert.equal((await temp.store.listReleases(record.id)).length, 0);
    assert.equal((await temp.store.db.selectFrom('webhook_deliveries').selectAll().execute()).length, 0);
    assert.equal((await temp.store.db.selectFrom('outbox').selectAll().execute()).length, 0);
  });
});
