import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { listOutbox } from '../../src/app/notifications/outbox.ts';
import { publishRelease } from '../../src/app/releases.ts';
import { loginAs, type LoggedIn } from '../support/login.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { testActor } from '../support/test-actor.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

function text(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

describe('the admin pages of webhooks and the outbox', () => {
  let server: TestServer;
  let admin: LoggedIn;
  const receivers: WebhookReceiver[] = [];
  before(async () => {
    server = await startTestServer();
    admin = await loginAs(server.temp.store, 'admin');
  });
  after(async () => {
    await Promise.all(receivers.map((receiver) => receiver.close()));
    await server?.close();
  });

  function post(url: string, fields: Record<string, string>, login: LoggedIn = admin) {
    return server.app.inject({
      method: 'POST',
      url,
      headers: { ...FORM, cookie: login.cookie },
      payload: new URLSearchParams({ _csrf: login.csrf, ...fields }).toString(),
    });
  }

  test('editors and organisers are refused every page with 403', async () => {
    for (const role of ['editor', 'organiser'] as const) {
      const login = await loginAs(server.temp.store, role);
      for (const url of ['/admin/webhooks', '/admin/webhooks/1', '/admin/outbox', '/c/cws3/admin/webhooks']) {
        const response = await server.app.inject({ url, headers: { cookie: login.cookie } });
        assert.equal(response.statusCode, 403, `${role} ${url}`);
      }
      const refused = await post('/admin/webhooks', { url: 'https://example.org/hook' }, login);
      assert.equal(refused.statusCode, 403);
    }
    assert.equal((await server.temp.store.db.selectFrom('webhooks').selectAll().execute()).length, 0);
  });

  test('an admin registers a webhook, sees its secret, the delivery log after a release, and disables it', async () => {
    const receiver = await startWebhookReceiver([500, 200]);
    receivers.push(receiver);
    const bad = await post('/admin/webhooks', { url: 'ftp://example.org/hook' });
    assert.equal(bad.statusCode, 400);
    assert.match(text(bad.body), /must start with http:\/\/ or https:\/\//);
    assert.match(bad.body, /value="ftp:\/\/example.org\/hook"/, 'keeps what was typed');

    const made = await post('/admin/webhooks', { url: receiver.url, onChange: 'on' });
    assert.equal(made.statusCode, 303);
    const page = String(made.headers.location);
    assert.match(page, /^\/admin\/webhooks\/\d+\?done=registered$/);
    const [webhook] = await server.temp.store.db.selectFrom('webhooks').selectAll().execute();
    assert.equal(webhook?.on_change, 1);
    const shown = await server.app.inject({ url: page, headers: { cookie: admin.cookie } });
    assert.equal(shown.statusCode, 200);
    assert.ok(shown.body.includes(webhook?.secret ?? 'no secret'), 'the secret is shown to the admin');
    assert.match(text(shown.body), /Nothing has been sent to this webhook yet/);

    await publishRelease(server.temp.store, server.record, testActor('editor@agora.test', 'editor'), { name: 'Update 1' });
    const { deliverDueWebhooks } = await import('../../src/app/notifications/webhook-worker.ts');
    await deliverDueWebhooks(server.temp.store);
    await deliverDueWebhooks(server.temp.store, new Date(Date.now() + 60_000));
    const log = text((await server.app.inject({ url: `/admin/webhooks/${webhook?.id}`, headers: { cookie: admin.cookie } })).body);
    assert.match(log, /release/);
    assert.match(log, /Delivered/);
    assert.match(log, /HTTP 500.*HTTP 200/);

    const list = text((await server.app.inject({ url: '/admin/webhooks', headers: { cookie: admin.cookie } })).body);
    assert.match(list, /Releases and every change/);
    assert.match(list, /1 delivered, 0 waiting, 0 failed/);

    const disabled = await post(`/admin/webhooks/${webhook?.id}/disable`, {});
    assert.equal(disabled.statusCode, 303);
    const after = text((await server.app.inject({ url: `/admin/webhooks/${webhook?.id}?done=disabled`, headers: { cookie: admin.cookie } })).body);
    assert.match(after, /The webhook was disabled/);
    assert.match(after, /nothing more is sent to it/);
  });

  test('a webhook of no such number is a 404 page', async () => {
    const response = await server.app.inject({ url: '/admin/webhooks/999', headers: { cookie: admin.cookie } });
    assert.equal(response.statusCode, 404);
    assert.match(text(response.body), /There is no webhook 999/);
  });

  test('the outbox lists messages newest first and says they wait for want of an SMTP server', async () => {
    const empty = text((await server.app.inject({ url: '/admin/outbox', headers: { cookie: admin.cookie } })).body);
    assert.match(empty, /No SMTP server is configured/);
    await server.app.inject({ method: 'POST', url: '/subscribe', headers: FORM, payload: 'email=earlier%40example.org' });
    await server.app.inject({ method: 'POST', url: '/subscribe', headers: FORM, payload: 'email=reader%40example.org' });
    const page = await server.app.inject({ url: '/admin/outbox', headers: { cookie: admin.cookie } });
    assert.equal(page.statusCode, 200);
    const shown = text(page.body);
    assert.match(shown, /reader@example\.org/);
    assert.match(shown, /you are subscribed to updates/);
    assert.match(shown, /Waiting: no SMTP server configured/);
    assert.match(shown, /Each time the secretariat publishes a release/, 'the body can be read');
    assert.ok(shown.indexOf('reader@example.org') < shown.indexOf('earlier@example.org'), 'newest first');
  });
});

describe('subscribing to updates by e-mail', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.temp.store.db.deleteFrom('outbox').execute();
    await server.temp.store.db.deleteFrom('subscriptions').execute();
  });
  after(async () => {
    await server?.close();
  });

  function subscribe(email: string, headers: Record<string, string> = {}, url = '/subscribe') {
    return server.app.inject({ method: 'POST', url, headers: { ...FORM, ...headers }, payload: new URLSearchParams({ email }).toString() });
  }

  async function subscriptions() {
    return server.temp.store.db.selectFrom('subscriptions').selectAll().execute();
  }

  async function tokenFor(email: string): Promise<string> {
    const { messages } = await listOutbox(server.temp.store);
    const match = /unsubscribe\?token=([A-Za-z0-9_-]+)/.exec(messages.find((message) => message.to === email)?.body ?? '');
    assert.ok(match);
    return match[1] as string;
  }

  test('the form is linked from the programme\'s pages and works at / and /c/<slug>/', async () => {
    const home = await server.app.inject({ url: '/' });
    assert.match(home.body, /href="\/subscribe"/);
    for (const url of ['/subscribe', '/c/cws3/subscribe']) {
      const page = await server.app.inject({ url });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<input[^>]+name="email"[^>]+type="email"/);
    }
  });

  test('an address subscribes once, however often it is given, and the answer says what will come', async () => {
    const first = await subscribe('Delegate@Example.org', { origin: 'http://localhost:80' });
    assert.equal(first.statusCode, 200);
    assert.match(text(first.body), /delegate@example\.org will receive an e-mail each time a release of the programme is published/);
    const again = await subscribe('delegate@example.org', {}, '/c/cws3/subscribe');
    assert.equal(again.statusCode, 200);
    assert.match(text(again.body), /was already subscribed/);
    assert.equal((await subscriptions()).length, 1);
  });

  test('an address that is not one is refused with 400, the field marked, and nothing is stored', async () => {
    const response = await subscribe('not-an-address');
    assert.equal(response.statusCode, 400);
    assert.match(text(response.body), /This is not an e-mail address/);
    assert.match(response.body, /aria-invalid="true"/);
    assert.equal((await subscriptions()).length, 0);
    assert.equal((await listOutbox(server.temp.store)).total, 0);
  });

  test('the welcome e-mail links to this conference whatever Host the request named, once under /c/<slug>', async () => {
    const response = await subscribe('victim@example.org', { host: 'evil.example' }, '/c/cws3/subscribe');
    assert.equal(response.statusCode, 200, response.body);
    const [mail] = (await listOutbox(server.temp.store)).messages;
    assert.doesNotMatch(mail?.body ?? '', /evil\.example/);
    assert.match(mail?.body ?? '', /(^|\s)\/c\/cws3\/unsubscribe\?token=[A-Za-z0-9_-]+$/m, 'a path on this server when no public address is set');
    const token = await tokenFor('victim@example.org');
    assert.equal((await server.app.inject({ url: `/c/cws3/unsubscribe?token=${token}` })).statusCode, 200, 'the link leads to the page that asks');
  });

  test('a subscription posted from another site is refused with 403 and nothing is stored', async () => {
    const response = await subscribe('victim@example.org', { origin: 'https://evil.example' });
    assert.equal(response.statusCode, 403);
    assert.match(text(response.body), /sent from another site/);
    assert.equal((await subscriptions()).length, 0);
  });

  test('the link in an e-mail asks first, then unsubscribes; the link then no longer works', async () => {
    await subscribe('delegate@example.org');
    const token = await tokenFor('delegate@example.org');
    const asked = await server.app.inject({ url: `/unsubscribe?token=${token}` });
    assert.equal(asked.statusCode, 200);
    assert.match(text(asked.body), /Stop sending delegate@example\.org an e-mail/);
    assert.equal((await subscriptions()).length, 1, 'opening the link changes nothing');
    const forged = await server.app.inject({ method: 'POST', url: '/unsubscribe', headers: { ...FORM, origin: 'https://evil.example' }, payload: `token=${token}` });
    assert.equal(forged.statusCode, 403);
    assert.equal((await subscriptions()).length, 1);
    const done = await server.app.inject({ method: 'POST', url: '/unsubscribe', headers: FORM, payload: `token=${token}` });
    assert.equal(done.statusCode, 200);
    assert.match(text(done.body), /delegate@example\.org will receive no more e-mails/);
    assert.equal((await subscriptions()).length, 0);
    const used = await server.app.inject({ url: `/unsubscribe?token=${token}` });
    assert.equal(used.statusCode, 404);
    assert.match(text(used.body), /This link is not valid/);
    assert.equal((await server.app.inject({ url: '/unsubscribe' })).statusCode, 400);
  });

  test('a subscriber gets the release: name, comment, the link to the changes and a working link to leave', async () => {
    await subscribe('delegate@example.org');
    await publishRelease(server.temp.store, server.record, testActor('editor@agora.test', 'editor'), { name: 'Update 2', comment: 'R2 closed' });
    const { messages } = await listOutbox(server.temp.store);
    const mail = messages.find((message) => message.reason === 'release');
    assert.equal(mail?.to, 'delegate@example.org');
    assert.match(mail?.body ?? '', /Update 2[\s\S]*R2 closed[\s\S]*\/changes#release-\d+/);
    const token = await tokenFor('delegate@example.org');
    const done = await server.app.inject({ method: 'POST', url: '/c/cws3/unsubscribe', headers: FORM, payload: `token=${token}` });
    assert.equal(done.statusCode, 200);
    assert.equal((await subscriptions()).length, 0);
  });
});

describe('the server sends notifications when asked to (agora serve)', () => {
  test('a release reaches a webhook without anyone calling the sender', async () => {
    const receiver = await startWebhookReceiver();
    const server = await startTestServer({ server: { notifications: { mail: null, intervalMs: 20 } } });
    try {
      const { registerWebhook } = await import('../../src/app/notifications/webhooks.ts');
      await registerWebhook(server.temp.store, server.record, testActor('admin', 'admin'), { url: receiver.url });
      await publishRelease(server.temp.store, server.record, testActor('editor', 'editor'), { name: 'Update 1' });
      const deadline = Date.now() + 5000;
      while (receiver.received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(receiver.received.length, 1);
      assert.equal(JSON.parse(receiver.received[0]?.body ?? '{}').release.name, 'Update 1');
    } finally {
      await server.close();
      await receiver.close();
    }
  });
});
