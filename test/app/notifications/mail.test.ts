import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { importProgramme } from '../../../src/app/import-programme.ts';
import { listOutbox } from '../../../src/app/notifications/outbox.ts';
import { sendDueMail } from '../../../src/app/notifications/send-due-mail.ts';
import { smtpSender } from '../../../src/app/notifications/smtp-sender.ts';
import { subscribe, unsubscribe } from '../../../src/app/notifications/subscriptions.ts';
import { publishRelease } from '../../../src/app/releases.ts';
import { AgoraError } from '../../../src/errors.ts';
import type { ConferenceRecord } from '../../../src/store/store.ts';
import { sampleProgramme } from '../../support/sample-programme.ts';
import { startSmtpReceiver, type SmtpReceiver } from '../../support/smtp-receiver.ts';
import { tempStore, type TempStore } from '../../support/temp-store.ts';
import { testActor } from '../../support/test-actor.ts';

const admin = testActor('test:admin', 'admin');
const links = { baseUrl: 'https://agora.example' };
let temp: TempStore;
let record: ConferenceRecord;
const servers: SmtpReceiver[] = [];

async function smtp(options?: { refuse?: string }): Promise<SmtpReceiver> {
  const made = await startSmtpReceiver(options);
  servers.push(made);
  return made;
}

function sender(server: SmtpReceiver) {
  const made = smtpSender({ SMTP_URL: server.url, MAIL_FROM: 'Agora <agora@agora.example>' });
  assert.ok(made);
  return made;
}

beforeEach(async () => {
  temp = await tempStore();
  record = (await importProgramme(temp.store, sampleProgramme(), { actor: admin, slug: 'cws3' })).conference;
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await temp.dispose();
});

/** The unsubscribe token in the newest message to `to`. */
async function tokenIn(to: string): Promise<string> {
  const { messages } = await listOutbox(temp.store);
  const body = messages.find((message) => message.to === to)?.body ?? '';
  const match = /unsubscribe\?token=([A-Za-z0-9_-]+)/.exec(body);
  assert.ok(match, `an unsubscribe link in ${body}`);
  return match[1] as string;
}

describe('subscribing to releases', () => {
  test('queues a welcome mail with the link to leave; the same address again changes nothing', async () => {
    const first = await subscribe(temp.store, record, { email: ' Delegate@Example.org ' }, links);
    assert.deepEqual(first, { email: 'delegate@example.org', isNew: true });
    const again = await subscribe(temp.store, record, { email: 'delegate@example.org' }, links);
    assert.deepEqual(again, { email: 'delegate@example.org', isNew: false });
    const rows = await temp.store.db.selectFrom('subscriptions').selectAll().execute();
    assert.equal(rows.length, 1);
    const { messages } = await listOutbox(temp.store);
    assert.equal(messages.length, 1);
    assert.equal(messages[0]?.reason, 'subscribed');
    assert.match(messages[0]?.body ?? '', /https:\/\/agora\.example\/c\/cws3\/unsubscribe\?token=/);
    const stored = await temp.store.db.selectFrom('unsubscribe_tokens').select('token_hash').execute();
    assert.equal(stored.length, 1);
    assert.ok(!stored[0]?.token_hash.includes(await tokenIn('delegate@example.org')), 'only the hash of the token is stored');
  });

  test('an address that is not one is refused naming the email field, and nothing is stored', async () => {
    for (const email of ['', 'no-at-sign', 'a@b', 'two@@example.org', 'a b@example.org', 'x@example.org\r\nBcc: y@example.org']) {
      const error = await subscribe(temp.store, record, { email }, links).then(
        () => assert.fail(`"${email}" was accepted`),
        (thrown: unknown) => thrown,
      );
      assert.ok(error instanceof AgoraError && error.code === 'AGORA_BAD_INPUT' && error.problems[0]?.where === 'email', email);
    }
    assert.equal((await temp.store.db.selectFrom('subscriptions').selectAll().execute()).length, 0);
    assert.equal((await listOutbox(temp.store)).total, 0);
  });

  test('a release mails every subscriber its name, comment and link to the changes; the link in it unsubscribes', async () => {
    await subscribe(temp.store, record, { email: 'one@example.org' }, links);
    await subscribe(temp.store, record, { email: 'two@example.org' }, links);
    await publishRelease(temp.store, record, admin, { name: 'Update 3', comment: 'M3 closed on Thursday' });
    const releaseMails = (await listOutbox(temp.store)).messages.filter((message) => message.reason === 'release');
    assert.deepEqual(releaseMails.map((message) => message.to).sort(), ['one@example.org', 'two@example.org']);
    const mail = releaseMails[0];
    assert.equal(mail?.subject, 'Assembly of the Parties to the Convention on Coastal Wetlands: Update 3');
    assert.match(mail?.body ?? '', /Update 3/);
    assert.match(mail?.body ?? '', /M3 closed on Thursday/);
    assert.match(mail?.body ?? '', /\/c\/cws3\/changes#release-1/);
    const gone = await unsubscribe(temp.store, await tokenIn('one@example.org'));
    assert.equal(gone.email, 'one@example.org');
    await publishRelease(temp.store, record, admin, { name: 'Update 4' });
    const latest = (await listOutbox(temp.store)).messages.filter((message) => message.subject.endsWith('Update 4'));
    assert.deepEqual(latest.map((message) => message.to), ['two@example.org']);
  });

  test('the link in an older e-mail still unsubscribes after later e-mails, and then every link is spent', async () => {
    await subscribe(temp.store, record, { email: 'one@example.org' }, links);
    const welcome = await tokenIn('one@example.org');
    await publishRelease(temp.store, record, admin, { name: 'Update 3' });
    const release = await tokenIn('one@example.org');
    assert.notEqual(release, welcome);
    assert.equal((await unsubscribe(temp.store, welcome)).email, 'one@example.org');
    await assert.rejects(unsubscribe(temp.store, release), (error: unknown) => error instanceof AgoraError && error.code === 'AGORA_NOT_FOUND');
    assert.equal((await temp.store.db.selectFrom('unsubscribe_tokens').selectAll().execute()).length, 0, 'the tokens go with the subscription');
  });

  test('an unknown or used token is refused as not found', async () => {
    await assert.rejects(unsubscribe(temp.store, 'not-a-token'), (error: unknown) => error instanceof AgoraError && error.code === 'AGORA_NOT_FOUND');
    await subscribe(temp.store, record, { email: 'one@example.org' }, links);
    const token = await tokenIn('one@example.org');
    await unsubscribe(temp.store, token);
    await assert.rejects(unsubscribe(temp.store, token), (error: unknown) => error instanceof AgoraError && error.code === 'AGORA_NOT_FOUND');
  });
});

describe('sending the outbox', () => {
  test('with no SMTP server configured nothing is sent and every message stays, unsent', async () => {
    assert.equal(smtpSender({}), null);
    await subscribe(temp.store, record, { email: 'one@example.org' }, links);
    await publishRelease(temp.store, record, admin, { name: 'Update 1' });
    assert.deepEqual(await sendDueMail(temp.store, null), { sent: 0, failed: 0 });
    const { messages, waiting } = await listOutbox(temp.store);
    assert.equal(messages.length, 2);
    assert.equal(waiting, 2);
    assert.ok(messages.every((message) => message.sentAt === null && message.attempts === 0));
  });

  test('through a real SMTP server the message arrives and is marked sent', async () => {
    const server = await smtp();
    await subscribe(temp.store, record, { email: 'one@example.org' }, links);
    await publishRelease(temp.store, record, admin, { name: 'Update 1', comment: 'M3 closed' });
    assert.deepEqual(await sendDueMail(temp.store, sender(server)), { sent: 2, failed: 0 });
    assert.equal(server.received.length, 2);
    const release = server.received.find((mail) => /Update 1/.test(mail.raw));
    assert.deepEqual(release?.to, ['one@example.org']);
    assert.equal(release?.from, 'agora@agora.example');
    assert.match(release?.raw ?? '', /M3 closed/);
    const { messages, waiting } = await listOutbox(temp.store);
    assert.equal(waiting, 0);
    assert.ok(messages.every((message) => message.sentAt !== null && message.lastError === null));
    assert.deepEqual(await sendDueMail(temp.store, sender(server)), { sent: 0, failed: 0 }, 'sent once');
  });

  test('a refusing SMTP server leaves the message waiting with the error, and it is sent later', async () => {
    const refusing = await smtp({ refuse: 'mailbox unavailable' });
    await subscribe(temp.store, record, { email: 'one@example.org' }, links);
    const start = new Date();
    assert.deepEqual(await sendDueMail(temp.store, sender(refusing), start), { sent: 0, failed: 1 });
    let [message] = (await listOutbox(temp.store)).messages;
    assert.equal(message?.sentAt, null);
    assert.match(message?.lastError ?? '', /mailbox unavailable/);
    const next = Date.parse(message?.nextAttemptAt ?? '');
    assert.ok(next > start.getTime());
    const working = await smtp();
    assert.deepEqual(await sendDueMail(temp.store, sender(working), start), { sent: 0, failed: 0 }, 'not before the wait');
    assert.deepEqual(await sendDueMail(temp.store, sender(working), new Date(next + 1)), { sent: 1, failed: 0 });
    [message] = (await listOutbox(temp.store)).messages;
    assert.notEqual(message?.sentAt, null);
    assert.equal(working.received.length, 1);
  });

  test('SMTP_URL that is not smtp(s):// or without MAIL_FROM is refused naming the variable', () => {
    assert.throws(() => smtpSender({ SMTP_URL: 'http://mail.example.org' }), (error: unknown) => error instanceof AgoraError && error.problems[0]?.where === 'SMTP_URL');
    assert.throws(() => smtpSender({ SMTP_URL: 'smtp://mail.example.org:587' }), (error: unknown) => error instanceof AgoraError && error.problems[0]?.where === 'MAIL_FROM');
  });
});
