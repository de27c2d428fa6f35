import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { moveEntry, updateEntry } from '../../src/app/entry-commands.ts';
import type { TestServer } from '../support/test-server.ts';
import { launchChromium, skipWithoutChromium } from './monitor/chromium.ts';
import { startWebServer } from './web-server.ts';
import { testActor } from '../support/test-actor.ts';

const skip = skipWithoutChromium();

describe('the web programme in Chromium', { skip }, () => {
  let browser: Browser;
  let server: TestServer;
  before(async () => {
    browser = await launchChromium();
    server = await startWebServer();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function phone(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
    return browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, ...options });
  }

  test('a star on an entry page puts the entry on my agenda, with a calendar link for the starred entries', async () => {
    const context = await phone();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/entries/dune-law`);
      const star = page.locator('button[data-star="dune-law"]');
      assert.match(await star.innerText(), /Add to my agenda/);
      await star.click();
      assert.equal(await star.getAttribute('data-starred'), 'true');
      assert.match(await star.innerText(), /Remove from my agenda/);
      await page.goto(`${server.url}/days/2031-05-12`);
      await page.locator('button[data-star="salt-marsh"]').click();
      await page.goto(`${server.url}/agenda`);
      const agenda = page.locator('#agenda');
      assert.match(await agenda.innerText(), /2 starred entries[\s\S]*Monday, 12 May 2031[\s\S]*Salt marshes as carbon stores[\s\S]*Tuesday, 13 May 2031[\s\S]*Dune protection in national law/);
      assert.equal(await page.locator('[data-no-script]').count(), 0, 'the no-JavaScript note is gone');
      const href = await agenda.locator('a[download]').getAttribute('href');
      assert.equal(href, '/agenda.ics?ids=salt-marsh,dune-law');
      const calendar = await page.request.get(`${server.url}${href}`);
      assert.equal((await calendar.text()).match(/BEGIN:VEVENT/g)?.length, 2);
      await agenda.locator('button[data-star="salt-marsh"]').click();
      assert.doesNotMatch(await agenda.innerText(), /Salt marshes/, 'unstarring takes it off the agenda');
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the agenda page says why it is empty, and no star shows', async () => {
    const context = await phone({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/agenda`);
      assert.match(await page.locator('main').innerText(), /needs JavaScript/);
      await page.goto(`${server.url}/days/2031-05-12`);
      assert.equal(await page.locator('button[data-star]:visible').count(), 0);
      assert.match(await page.locator('table.side-events').innerText(), /Salt marshes as carbon stores/);
    } finally {
      await context.close();
    }
  });

  test('a page open while entries change shows a banner saying what changed, with a reload link', async () => {
    const context = await phone();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/days/2031-05-12`);
      assert.equal(await page.locator('#change-banner').isVisible(), false);
      await moveEntry(server.temp.store, server.record, 'eel-routes', { venue: 'R2' }, { actor: testActor('test:clerk') });
      await moveEntry(server.temp.store, server.record, 'salt-marsh', { start: '12:00' }, { actor: testActor('test:clerk') });
      await updateEntry(server.temp.store, server.record, 'wg-data', { status: 'cancelled' }, { actor: testActor('test:clerk') });
      await server.bus.poke();
      const banner = page.locator('#change-banner');
      await banner.locator('li').nth(2).waitFor({ timeout: 5000 });
      const text = await banner.innerText();
      assert.match(text, /Changed since you opened this page:/);
      assert.match(text, /Eel migration routes moved to R2 \(was R1\)/);
      assert.match(text, /Salt marshes as carbon stores now 12:00 \(was 13:00\)/);
      assert.match(text, /Working Group on Shared Data cancelled/);
      assert.equal(await banner.locator('a.reload').getAttribute('href'), `${server.url}/days/2031-05-12`);
    } finally {
      await context.close();
    }
  });

  test('no page scrolls sideways on a 360 px phone', async () => {
    const context = await phone();
    try {
      const page = await context.newPage();
      for (const path of ['/', '/days/2031-05-12', '/days/2031-05-13', '/entries/lagoon-panel', '/search?q=a', '/now?at=2031-05-12T13:30', '/agenda']) {
        await page.goto(`${server.url}${path}`);
        const width = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        assert.ok((width[0] as number) <= (width[1] as number), `${path} is ${width[0]} px wide in a ${width[1]} px window`);
      }
    } finally {
      await context.close();
    }
  });
});
