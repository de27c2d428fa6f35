import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { loginAs, TEST_PASSWORD, type LoggedIn } from '../support/login.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { launchChromium, skipWithoutChromium } from './monitor/chromium.ts';

const skip = skipWithoutChromium();

describe('logging in and out in Chromium', { skip }, () => {
  let browser: Browser;
  let server: TestServer;
  let admin: LoggedIn;
  before(async () => {
    browser = await launchChromium();
    server = await startTestServer();
    admin = await loginAs(server.temp.store, 'admin', { email: 'desk-admin@agora.test', name: 'Desk Admin' });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function phone(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
    return browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, ...options });
  }

  test('on a phone without JavaScript, the login form leads to the page asked for, and logging out ends the session', async () => {
    const context = await phone({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/admin/users`);
      assert.equal(new URL(page.url()).pathname, '/login');
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      assert.ok(scrollWidth <= clientWidth, `the login page fits the phone (${scrollWidth} > ${clientWidth})`);
      await page.getByLabel('E-mail address').fill(admin.user.email);
      await page.getByLabel('Password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL(`${server.url}/admin/users`);
      assert.equal(await page.locator('h1').innerText(), 'Users');
      assert.match(await page.locator('.admin-user').innerText(), /Desk Admin \(admin\)/);
      const [cookie] = await context.cookies(server.url);
      assert.equal(cookie?.httpOnly, true);
      assert.equal(cookie?.sameSite, 'Lax');
      await page.getByRole('button', { name: 'Log out' }).click();
      await page.waitForURL(/\/login/);
      assert.match(await page.locator('main').innerText(), /You have logged out/);
      await page.goto(`${server.url}/admin/users`);
      assert.equal(new URL(page.url()).pathname, '/login', 'the session is over');
    } finally {
      await context.close();
    }
  });

  test('a wrong password shows the message beside the password field and keeps the e-mail address', async () => {
    const context = await phone();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/login`);
      await page.getByLabel('E-mail address').fill(admin.user.email);
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Log in' }).click();
      const error = page.locator('#login-password-error');
      await error.waitFor();
      assert.equal(await error.innerText(), 'does not match this e-mail address');
      assert.equal(await page.getByLabel('Password').getAttribute('aria-describedby'), 'login-password-error');
      assert.equal(await page.getByLabel('E-mail address').inputValue(), admin.user.email);
      assert.equal(await page.getByLabel('Password').inputValue(), '', 'the wrong password is not sent back');
      assert.deepEqual(await context.cookies(server.url), []);
    } finally {
      await context.close();
    }
  });
});
