import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { moveEntry } from '../../../src/app/entry-commands.ts';
import { createEntry } from '../../../src/model/programme.ts';
import { buildServer, type AgoraServer } from '../../../src/http/server.ts';
import { runCli } from '../../support/run-cli.ts';
import { sampleProgramme } from '../../support/sample-programme.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';
import { launchChromium, monitorPage, skipWithoutChromium } from './chromium.ts';
import { testActor } from '../../support/test-actor.ts';

const skip = skipWithoutChromium();
const AT = '2031-05-12T13:30';

function rowText(page: Page, id: string): Promise<string> {
  return page.locator(`tr[data-row="${id}"]`).innerText();
}

async function waitForLive(page: Page): Promise<void> {
  await page.waitForSelector('html[data-live="true"]', { timeout: 5000 });
}

describe('the hall monitor in Chromium', { skip }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(() => browser?.close());

  describe('live changes', () => {
    let server: TestServer;
    let page: Page;
    before(async () => {
      server = await startTestServer();
      page = await monitorPage(browser);
      await page.goto(`${server.url}/monitor?building=R&at=${AT}`);
      await waitForLive(page);
    });
    after(async () => {
      await page.context().close();
      await server.close();
    });

    test('shows the programme of the day, cut into Now, Next and Later, at the conference clock', async () => {
      assert.equal(await page.locator('.clock').innerText(), '13:30');
      assert.deepEqual(await page.locator('section[data-section] h2').allInnerTexts(), ['NOW', 'NEXT', 'LATER']);
      assert.match(await rowText(page, 'salt-marsh'), /13:00[\s\S]*R1[\s\S]*Salt marshes as carbon stores[\s\S]*Portugal \/ Tidal Trust/);
    });

    test('a move made through the app layer shows on the screen, with its notice, within a second', async () => {
      const started = Date.now();
      await moveEntry(server.temp.store, server.record, 'eel-routes', { venue: 'R2' }, { actor: testActor('test:clerk') });
      await server.bus.poke();
      await page.waitForFunction(() => document.querySelector('tr[data-row="eel-routes"]')?.textContent?.includes('Moved to R2 (was R1)'), null, { timeout: 1000 });
      assert.ok(Date.now() - started < 1000, `shown ${Date.now() - started} ms after the commit`);
      assert.match(await rowText(page, 'eel-routes'), /14:00[\s\S]*R2[\s\S]*Moved to R2 \(was R1\)[\s\S]*Eel migration routes/);
    });

    test('a move made by `agora move` in another process shows within a second of its commit', async () => {
      const result = await runCli(['move', 'salt-marsh', '--start', '13:15', '--db', server.temp.path]);
      assert.equal(result.code, 0, result.stderr);
      const committed = Date.now();
      await page.waitForFunction(() => document.querySelector('tr[data-row="salt-marsh"]')?.textContent?.includes('Now 13:15 (was 13:00)'), null, { timeout: 1000 });
      assert.ok(Date.now() - committed < 1000, `shown ${Date.now() - committed} ms after the command ended`);
    });
  });

  describe('when the server goes away and comes back', () => {
    let server: TestServer;
    let second: AgoraServer | null = null;
    let page: Page;
    before(async () => {
      server = await startTestServer();
      page = await monitorPage(browser);
      await page.goto(`${server.url}/monitor?building=R&at=${AT}`);
      await waitForLive(page);
    });
    after(async () => {
      await page.context().close();
      await second?.app.close();
      await server.temp.dispose();
    });

    test('keeps showing the programme with "Last updated HH:MM", then recovers on a new server on the same port and database', async () => {
      const port = (server.app.server.address() as AddressInfo).port;
      await server.app.close();
      await page.waitForSelector('.offline', { timeout: 5000 });
      assert.match(await page.locator('.offline strong').innerText(), /^Last updated \d\d:\d\d$/);
      assert.match(await rowText(page, 'salt-marsh'), /Salt marshes as carbon stores/, 'the programme stays on the screen');
      assert.equal(await page.locator('tr[data-row]:not([hidden])').count(), 3);

      // Changed while the screen could not see it: it must catch up when the server is back.
      await moveEntry(server.temp.store, server.record, 'eel-routes', { venue: 'R2' }, { actor: testActor('test:clerk') });
      second = await buildServer({ store: server.temp.store, logger: false, pollMs: 50 });
      await second.app.listen({ port, host: '127.0.0.1' });
      const restarted = Date.now();
      await page.waitForSelector('.offline', { state: 'detached', timeout: 10_000 });
      await page.waitForFunction(() => document.querySelector('tr[data-row="eel-routes"]')?.textContent?.includes('Moved to R2 (was R1)'), null, { timeout: 5000 });
      assert.ok(Date.now() - restarted < 8000, `recovered ${Date.now() - restarted} ms after the restart`);
      assert.equal(await page.getAttribute('html', 'data-live'), 'true');
    });
  });
});

describe('the hall monitor pages and remembers, in Chromium', { skip }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(() => browser?.close());

  test('a list longer than the screen is shown a page at a time: whole rows only, "Page 1 of N", the next page after ten seconds', async () => {
    const programme = sampleProgramme();
    for (let n = 0; n < 14; n += 1) {
      programme.entries.push(
        createEntry({
          id: `extra-${n}`,
          kind: 'side-event',
          title: `Side event number ${n + 1} on estuaries, tidal flats and the people who live beside them`,
          sponsors: ['Portugal', 'Morocco', 'Senegal', 'Tidal Trust'],
          date: '2031-05-12',
          start: `${String(15 + Math.floor(n / 4)).padStart(2, '0')}:00`,
          end: `${String(16 + Math.floor(n / 4)).padStart(2, '0')}:00`,
          venue: n % 2 === 0 ? 'R1' : 'R2',
        }),
      );
    }
    const server = await startTestServer({ programme });
    const page = await monitorPage(browser);
    try {
      await page.goto(`${server.url}/monitor?building=R&at=${AT}`);
      await waitForLive(page);
      const pageText = await page.locator('.page').innerText();
      const count = Number(/^Page 1 of (\d+)$/.exec(pageText)?.[1]);
      assert.ok(count >= 2, `"${pageText}" pages the list`);
      const fits = () =>
        page.evaluate(() => {
          const main = document.querySelector('#programme') as HTMLElement;
          const bottom = main.getBoundingClientRect().bottom;
          const rows = Array.from(document.querySelectorAll<HTMLElement>('tr[data-row]:not([hidden])'));
          return { ids: rows.map((row) => row.dataset.row ?? ''), overflow: rows.filter((row) => row.getBoundingClientRect().bottom > bottom + 0.5).length };
        });
      const first = await fits();
      assert.ok(first.ids.length > 0);
      assert.equal(first.overflow, 0, 'no row on the first page runs past the bottom of the screen');
      await page.waitForFunction(() => document.querySelector('.page')?.textContent?.startsWith('Page 2 of'), null, { timeout: 11_000 });
      const second = await fits();
      assert.equal(second.overflow, 0, 'no row on the second page runs past the bottom of the screen');
      assert.deepEqual(second.ids.filter((id) => first.ids.includes(id)), [], 'the second page shows other rows');
    } finally {
      await page.context().close();
      await server.close();
    }
  });

  test('reloaded while the server is away, it shows the last good programme it kept, never a blank screen', async () => {
    const server = await startTestServer();
    const page = await monitorPage(browser);
    try {
      const address = `${server.url}/monitor?building=R&at=${AT}`;
      const firstHtml = await (await fetch(address)).text();
      await page.goto(address);
      await waitForLive(page);
      await moveEntry(server.temp.store, server.record, 'eel-routes', { venue: 'R2' }, { actor: testActor('test:clerk') });
      await server.bus.poke();
      await page.waitForFunction(() => document.querySelector('tr[data-row="eel-routes"]')?.textContent?.includes('Moved to R2 (was R1)'), null, { timeout: 2000 });
      await server.app.close();
      // The page comes back from a cache with the state it first had; what it kept is newer.
      await page.route('**/monitor?**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: firstHtml }));
      await page.reload();
      assert.match(await rowText(page, 'eel-routes'), /Moved to R2 \(was R1\)/);
      await page.waitForSelector('.offline', { timeout: 5000 });
      assert.match(await page.locator('.offline strong').innerText(), /^Last updated \d\d:\d\d$/);
    } finally {
      await page.context().close();
      await server.close();
    }
  });
});
