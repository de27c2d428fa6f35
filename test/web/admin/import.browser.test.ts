import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { renderDocument } from '../../../src/document/index.ts';
import { loginAs } from '../../support/login.ts';
import { sampleProgramme } from '../../support/sample-programme.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';
import { launchChromium, skipWithoutChromium } from '../monitor/chromium.ts';

const skip = skipWithoutChromium();
const DOCUMENT = renderDocument(sampleProgramme());

describe('importing a programme from the browser', { skip }, () => {
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

  async function revision(): Promise<number> {
    return (await server.temp.store.findConference('cws3'))?.revision ?? -1;
  }

  test('a chosen file with a broken line shows the error by line and imports nothing; a good one is previewed, confirmed and shown on the public page', async () => {
    const editor = await loginAs(server.temp.store, 'editor');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await context.addCookies([{ name: 'agora_session', value: editor.secret, url: server.url }]);
      const page = await context.newPage();
      await page.goto(`${server.url}/admin/import`);
      const start = await revision();

      const broken = DOCUMENT.replace('2 - 3 p.m.\tR1', 'two until three\tR1');
      const line = broken.split('\n').findIndex((row) => row.startsWith('two until three')) + 1;
      await page.locator('#import-file').setInputFiles({ name: 'programme.txt', mimeType: 'text/plain', buffer: Buffer.from(broken, 'utf8') });
      await page.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('#import-text')?.value ?? '').includes('two until three'));
      await page.getByRole('button', { name: 'Preview' }).click();
      const problems = page.locator('.import-problems');
      await problems.waitFor();
      assert.match(await problems.innerText(), new RegExp(`Line ${line}: `));
      assert.equal(await page.locator('.import-preview').count(), 0, 'no preview for a document that cannot be read');
      assert.equal(await revision(), start, 'nothing was imported');

      const good = DOCUMENT.replace('Morocco: Eel migration routes', 'Morocco: Eel migration routes and weirs');
      await page.locator('#import-text').fill(good);
      await page.getByRole('button', { name: 'Preview' }).click();
      const preview = page.locator('.import-preview');
      await preview.waitFor();
      const said = await preview.innerText();
      assert.match(said, /Entries\s+6: 2 plenary, 1 parallel, 3 side events/);
      assert.match(said, /This replaces the programme there is now/);
      assert.equal(await revision(), start, 'a preview writes nothing');

      await page.getByRole('button', { name: 'Import this programme' }).click();
      await page.locator('.notice-ok').waitFor();
      assert.match(await page.locator('.notice-ok').innerText(), new RegExp(`imported \\(revision ${start + 1}\\)`));
      assert.equal(await revision(), start + 1);

      await server.bus.poke();
      await page.goto(`${server.url}/days/2031-05-12`);
      assert.match(await page.locator('main').innerText(), /Eel migration routes and weirs/);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the text can be pasted, and the file chooser (which would need the script) is not offered', async () => {
    const editor = await loginAs(server.temp.store, 'editor');
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, isMobile: true });
    try {
      await context.addCookies([{ name: 'agora_session', value: editor.secret, url: server.url }]);
      const page = await context.newPage();
      await page.goto(`${server.url}/admin/import`);
      assert.equal(await page.locator('#import-file').isVisible(), false);
      await page.locator('#import-text').fill(DOCUMENT);
      await page.getByRole('button', { name: 'Preview' }).click();
      await page.locator('.import-preview').waitFor();
      assert.match(await page.locator('.import-preview').innerText(), /Preview: nothing is imported yet/);
    } finally {
      await context.close();
    }
  });
});
