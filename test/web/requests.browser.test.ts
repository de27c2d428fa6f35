import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { submitRequest } from '../../src/app/requests/organiser-requests.ts';
import { acceptRequest } from '../../src/app/requests/review-requests.ts';
import { SESSION_COOKIE } from '../../src/http/caller.ts';
import { loginAs, TEST_PASSWORD, type LoggedIn } from '../support/login.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { launchChromium, skipWithoutChromium } from './monitor/chromium.ts';

const skip = skipWithoutChromium();

describe('side-event requests in Chromium, two organisers on phones', { skip }, () => {
  let browser: Browser;
  let server: TestServer;
  let ana: LoggedIn;
  let ben: LoggedIn;
  before(async () => {
    browser = await launchChromium();
    server = await startTestServer();
    ana = await loginAs(server.temp.store, 'organiser', { email: 'ana@org.test', name: 'Ana Organiser' });
    ben = await loginAs(server.temp.store, 'organiser', { email: 'ben@org.test', name: 'Ben Organiser' });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  function phone(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
    return browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, ...options });
  }

  test('one organiser submits a request without JavaScript; the other can neither open nor change it', async () => {
    const anaContext = await phone({ javaScriptEnabled: false });
    const benContext = await phone();
    try {
      const page = await anaContext.newPage();
      await page.goto(`${server.url}/login`);
      await page.getByLabel('E-mail address').fill(ana.user.email);
      await page.getByLabel('Password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL(`${server.url}/requests`);
      await page.getByRole('link', { name: 'Request a side event' }).click();
      const fits = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
      assert.ok(fits, 'the request form fits the phone');
      await page.getByLabel('Sponsors').fill('Portugal\nWetlands International');
      await page.getByLabel('Title').fill('Saltmarsh restoration in practice');
      await page.getByLabel('Expected attendance (optional)').fill('60');
      const first = page.getByRole('group', { name: 'First choice' });
      await first.getByLabel('Day').fill('2031-05-13');
      await first.getByLabel('From').fill('15:00');
      await first.getByLabel('To').fill('14:00');
      await page.getByLabel('Before the event').check();
      await page.getByLabel('French').check();
      await page.getByRole('button', { name: 'Submit the request' }).click();
      assert.equal(await page.locator('#request-choice-1-end-error').innerText(), 'must be after the start 15:00');
      await page.getByRole('group', { name: 'First choice' }).getByLabel('To').fill('16:30');
      await page.getByRole('button', { name: 'Submit the request' }).click();
      await page.waitForURL(/\/requests\?done=submitted/);
      const card = page.locator('.request-card');
      assert.match(await card.innerText(), /Saltmarsh restoration in practice[\s\S]*Submitted[\s\S]*Tuesday, 13 May 2031, 15:00–16:30/);
      const href = await card.getByRole('link').getAttribute('href');
      assert.ok(href?.startsWith('/requests/'));

      await benContext.addCookies([{ name: SESSION_COOKIE, value: ben.secret, url: server.url }]);
      const other = await benContext.newPage();
      const answer = await other.goto(`${server.url}${href}`);
      assert.equal(answer?.status(), 404);
      assert.equal(await other.locator('h1').innerText(), 'No such request');
      const edit = await other.request.post(`${server.url}${href}`, { form: { _csrf: ben.csrf, title: 'Taken over', version: '1' } });
      assert.equal(edit.status(), 404);
      const withdraw = await other.request.post(`${server.url}${href}/withdraw`, { form: { _csrf: ben.csrf, version: '1' } });
      assert.equal(withdraw.status(), 404);
      await other.goto(`${server.url}/requests`);
      assert.match(await other.locator('main').innerText(), /You have not requested a side event yet/);

      await page.reload();
      assert.match(await page.locator('.request-card').innerText(), /Saltmarsh restoration in practice[\s\S]*Submitted/, 'Ana\'s request is as she left it');
    } finally {
      await anaContext.close();
      await benContext.close();
    }
  });

  test('a clerk drops an accepted request on the grid: its schedule form opens at that time and venue, and scheduling it places it', async () => {
    const clerk = await loginAs(server.temp.store, 'editor', { name: 'Clara Clerk' });
    const clerkActor = { name: clerk.user.email, role: clerk.user.role };
    const request = await submitRequest(server.temp.store, server.record, ben.user, {
      sponsors: 'Chile',
      title: 'Aquifers of the delta',
      description: '',
      expectedAttendance: '40',
      choices: [{ date: '2031-05-13', start: '15:00', end: '16:30' }],
      refreshments: 'none',
      languages: [],
      contactName: 'Ben Organiser',
      contactEmail: 'ben@org.test',
      contactPhone: '',
    });
    await acceptRequest(server.temp.store, server.record, clerkActor, request.id, '', 1);
    // Tall enough to hold the grid and the list of requests below it without scrolling.
    const context = await browser.newContext({ viewport: { width: 1280, height: 1400 } });
    try {
      await context.addCookies([{ name: SESSION_COOKIE, value: clerk.secret, url: server.url }]);
      const page = await context.newPage();
      await page.goto(`${server.url}/admin?day=2031-05-13`, { waitUntil: 'networkidle' });
      const item = page.locator('.grid-requests a', { hasText: 'Aquifers of the delta' });
      const from = (await item.boundingBox())!;
      const column = (await page.locator('.grid-column-head[data-venue="R2"]').boundingBox())!;
      const row = (await page.locator('.grid-time[data-minute="960"]').boundingBox())!;
      await page.mouse.move(from.x + 5, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + 40, from.y + 40, { steps: 4 });
      await page.mouse.move(column.x + column.width / 2, row.y + row.height / 2, { steps: 8 });
      await page.mouse.up();
      await page.waitForURL(/\/admin\/requests\/\d+\?/);
      const url = new URL(page.url());
      assert.deepEqual(Object.fromEntries(url.searchParams), { date: '2031-05-13', start: '16:00', end: '17:30', venue: 'R2' });
      assert.equal(await page.locator('#schedule-venue').inputValue(), 'R2');
      await page.getByRole('button', { name: 'Schedule the side event' }).click();
      await page.waitForURL(/done=scheduled/);
      const row2 = await server.temp.store.db.selectFrom('side_event_requests').selectAll().where('id', '=', request.id).executeTakeFirstOrThrow();
      const entry = await server.temp.store.readEntry(server.record.id, row2.entry_id!);
      assert.deepEqual([row2.status, entry?.date, entry?.start, entry?.end, entry?.venue], ['scheduled', '2031-05-13', '16:00', '17:30', 'R2']);
    } finally {
      await context.close();
    }
  });
});
