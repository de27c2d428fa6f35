import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { moveEntry } from '../../../src/app/entry-commands.ts';
import { publishRelease } from '../../../src/app/releases.ts';
import type { Publication } from '../../../src/model/publication.ts';
import { setPublication } from '../../support/set-publication.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';
import { testActor } from '../../support/test-actor.ts';
import { launchChromium, monitorPage, skipWithoutChromium } from './chromium.ts';
import { MONITOR_MESSAGES as M } from '../../../src/web/monitor/messages.ts';

const skip = skipWithoutChromium();
const AT = '2031-05-12T13:30';
const clerk = testActor('test:clerk', 'editor');

describe('a monitor while the programme is public on release', { skip }, () => {
  let browser: Browser;
  let server: TestServer;
  let page: Page;
  before(async () => {
    browser = await launchChromium();
    server = await startTestServer();
    page = await monitorPage(browser);
    await page.goto(`${server.url}/monitor?building=R&at=${AT}`);
    await page.waitForSelector('html[data-live="true"]', { timeout: 5000 });
  });
  after(async () => {
    await page?.context().close();
    await browser?.close();
    await server?.close();
  });

  async function switchTo(publication: Publication): Promise<void> {
    await setPublication(server.temp.store, server.record, publication);
    await server.bus.poke();
  }

  const eelRow = () => page.locator('tr[data-row="eel-routes"]');

  test('switching to "public on release" before any release leaves the screen with nothing on, not blank', async () => {
    assert.equal(await eelRow().count(), 1);
    await switchTo('release');
    await eelRow().waitFor({ state: 'detached', timeout: 2000 });
    assert.match(await page.locator('body').innerText(), new RegExp(M.nothingLeftToday.replace('.', '\\.')));
    assert.equal(await page.locator('.clock').innerText(), '13:30');
  });

  test('a release shows the programme; a later draft move waits for the next release', async () => {
    await publishRelease(server.temp.store, server.record, clerk, { name: 'Update 1' });
    await server.bus.poke();
    await eelRow().waitFor({ timeout: 2000 });
    await moveEntry(server.temp.store, server.record, 'eel-routes', { venue: 'R2' }, { actor: clerk });
    await server.bus.poke();
    await page.waitForTimeout(500);
    assert.doesNotMatch(await eelRow().innerText(), /R2/, 'the drafted move is not on the screen');
    await publishRelease(server.temp.store, server.record, clerk, { name: 'Update 2' });
    await server.bus.poke();
    await page.waitForFunction(() => document.querySelector('tr[data-row="eel-routes"]')?.textContent?.includes('Moved to R2 (was R1)'), null, { timeout: 2000 });
  });
});
