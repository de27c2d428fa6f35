import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loginAs } from '../../support/login.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';
import { launchChromium, skipWithoutChromium } from '../monitor/chromium.ts';

const skip = skipWithoutChromium();

describe('the entry form in Chromium', { skip }, () => {
  let browser: Browser;
  let server: TestServer;
  before(async () => {
    browser = await launchChromium();
    server = await startTestServer();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function clerk(options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
    const login = await loginAs(server.temp.store, 'editor', { name: 'Ana Clerk' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    await context.addCookies([{ name: 'agora_session', value: login.secret, url: server.url }]);
    return { context, page: await context.newPage() };
  }

  test('a clerk edits a field and saves: the page says so and the entry is changed', async () => {
    const { context, page } = await clerk();
    try {
      await page.goto(`${server.url}/admin/entries/dune-law`);
      await page.getByRole('group', { name: 'What' }).getByLabel('Title', { exact: true }).fill('Dune protection in national and local law');
      await page.getByLabel('Sponsors', { exact: true }).fill('Senegal\nMauritania');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('status').getByText(/Saved as revision \d+/).waitFor();
      const entry = await server.temp.store.readEntry(server.record.id, 'dune-law');
      assert.equal(entry?.title, 'Dune protection in national and local law');
      assert.deepEqual(entry?.sponsors, ['Senegal', 'Mauritania']);
      assert.match(await page.locator('.entry-history').innerText(), /Ana Clerk · update/);
    } finally {
      await context.close();
    }
  });

  test('changing the time shows the venue clash it would make before anything is saved', async () => {
    const { context, page } = await clerk();
    try {
      await page.goto(`${server.url}/admin/entries/eel-routes`);
      await page.waitForSelector('form[data-live="true"]');
      const conflicts = page.locator('[data-entry-conflicts]');
      assert.doesNotMatch(await conflicts.innerText(), /booked twice/);
      await page.getByLabel('Start', { exact: true }).fill('13:30');
      await conflicts.locator('li.conflict-error').getByText(/R1 is booked twice/).waitFor({ timeout: 5000 });
      assert.match(await conflicts.innerText(), /These values would leave one conflict \(one error/);
      assert.equal((await server.temp.store.readEntry(server.record.id, 'eel-routes'))?.start, '14:00', 'nothing saved yet');
      await page.getByLabel('Venue', { exact: true }).selectOption('R2');
      await conflicts.getByText('These values would leave no conflicts.').waitFor({ timeout: 5000 });
    } finally {
      await context.close();
    }
  });

  test('an invalid time is shown next to its field and nothing is saved', async () => {
    const { context, page } = await clerk({ javaScriptEnabled: false });
    try {
      const revision = (await server.temp.store.readEntry(server.record.id, 'salt-marsh'))?.revision;
      await page.goto(`${server.url}/admin/entries/salt-marsh`);
      await page.getByLabel('End', { exact: true }).fill('14:75');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const error = page.locator('[data-field="end"] .field-error');
      assert.match(await error.innerText(), /"14:75" is not a time/);
      assert.equal(await page.getByLabel('End', { exact: true }).inputValue(), '14:75', 'what was typed is kept');
      assert.equal(await page.getByLabel('End', { exact: true }).getAttribute('aria-invalid'), 'true');
      assert.equal((await server.temp.store.readEntry(server.record.id, 'salt-marsh'))?.revision, revision);
    } finally {
      await context.close();
    }
  });

  test('with script, an invalid time is named next to its field as it is typed', async () => {
    const { context, page } = await clerk();
    try {
      await page.goto(`${server.url}/admin/entries/salt-marsh`);
      await page.waitForSelector('form[data-live="true"]');
      await page.getByLabel('Start', { exact: true }).fill('9');
      const error = page.locator('[data-field="start"] .field-error');
      await error.getByText(/"9" is not a time/).waitFor({ timeout: 5000 });
      await page.getByLabel('Start', { exact: true }).fill('09:00');
      await error.waitFor({ state: 'hidden', timeout: 5000 });
    } finally {
      await context.close();
    }
  });
});
