import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loginAs, type LoggedIn } from '../../support/login.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';
import { launchChromium, skipWithoutChromium } from '../monitor/chromium.ts';

const skip = skipWithoutChromium();
const DAY = '2031-05-12';

async function clerkPage(browser: Browser, server: TestServer, clerk: LoggedIn): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.addCookies([{ name: 'agora_session', value: clerk.secret, url: server.url }]);
  const page = await context.newPage();
  await page.goto(`${server.url}/admin?day=${DAY}`);
  await page.locator('article[data-entry][data-movable]').first().waitFor();
  return { context, page };
}

/** Drags an entry's block with the mouse so that it starts at `start` in `column`, and holds it there. */
async function dragTo(page: Page, id: string, column: string, start: string): Promise<void> {
  const block = await page.locator(`article[data-entry="${id}"]`).boundingBox();
  const head = await page.locator(`.grid-column-head[data-column="${column}"]`).boundingBox();
  const row = await page.locator(`.grid-time[data-minute="${Number(start.slice(0, 2)) * 60 + Number(start.slice(3))}"]`).boundingBox();
  assert.ok(block && head && row);
  // Take hold of the block's first row, so the pointer's row is the entry's new start.
  await page.mouse.move(block.x + 12, block.y + 4);
  await page.mouse.down();
  await page.mouse.move(block.x + 24, block.y + 16, { steps: 2 });
  await page.mouse.move(head.x + head.width / 2, row.y + row.height / 2, { steps: 6 });
}

async function entry(server: TestServer, id: string) {
  const stored = await server.temp.store.readEntry(server.record.id, id);
  assert.ok(stored, `entry ${id} exists`);
  return stored;
}

async function waitForEntry(server: TestServer, id: string, test: (stored: Awaited<ReturnType<typeof entry>>) => boolean): Promise<Awaited<ReturnType<typeof entry>>> {
  for (let tries = 0; tries < 50; tries += 1) {
    const stored = await entry(server, id);
    if (test(stored)) return stored;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return entry(server, id);
}

describe('the programme grid in Chromium', { skip }, () => {
  let browser: Browser;
  let server: TestServer;
  let clerk: LoggedIn;

  before(async () => {
    browser = await launchChromium();
    server = await startTestServer();
    clerk = await loginAs(server.temp.store, 'editor', { name: 'Ana Clerk' });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('dragging an entry to another venue saves the move and shows the entry in its new column', async () => {
    const { context, page } = await clerkPage(browser, server, clerk);
    try {
      const before = await entry(server, 'eel-routes');
      await dragTo(page, 'eel-routes', 'venue:R2', '14:00');
      await page.locator('[data-grid-status]', { hasText: '"Eel migration routes" to 14:00–15:00 in R2. No conflicts.' }).waitFor();
      await page.mouse.up();
      await page.locator('[data-grid-status]', { hasText: 'Saved: "Eel migration routes" is now 14:00–15:00 in R2' }).waitFor();
      const saved = await entry(server, 'eel-routes');
      assert.deepEqual([saved.venue, saved.start, saved.end], ['R2', '14:00', '15:00']);
      assert.ok(saved.revision > before.revision);
      const block = page.locator('article[data-entry="eel-routes"]');
      await page.waitForFunction(() => document.querySelector('article[data-entry="eel-routes"]')?.getAttribute('data-column') === 'venue:R2');
      assert.equal(await block.getAttribute('data-revision'), String(saved.revision));
      const r2 = await page.locator('.grid-column-head[data-column="venue:R2"]').boundingBox();
      const shown = await block.boundingBox();
      assert.ok(r2 && shown && shown.x >= r2.x - 1 && shown.x < r2.x + r2.width, 'the block is drawn under the R2 heading');
      assert.equal(page.url(), `${server.url}/admin?day=${DAY}`, 'ending a drag does not open the entry');
    } finally {
      await context.close();
    }
  });

  test('with the keyboard: Enter picks an entry up, arrows move it by a quarter hour, Enter saves', async () => {
    const { context, page } = await clerkPage(browser, server, clerk);
    try {
      const block = page.locator('article[data-entry="salt-marsh"]');
      await block.focus();
      await page.keyboard.press('Enter');
      await page.locator('[data-grid-status]', { hasText: 'Picked up "Salt marshes as carbon stores", 13:00–14:00 in R1' }).waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.locator('[data-grid-status]', { hasText: '"Salt marshes as carbon stores" to 13:30–14:30 in R1. No conflicts. Enter saves' }).waitFor();
      await page.keyboard.press('Escape');
      await page.locator('[data-grid-status]', { hasText: 'was not moved' }).waitFor();
      assert.equal((await entry(server, 'salt-marsh')).start, '13:00', 'Escape saves nothing');
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.locator('[data-grid-status]', { hasText: 'Saved: "Salt marshes as carbon stores" is now 13:30–14:30 in R1' }).waitFor();
      const saved = await entry(server, 'salt-marsh');
      assert.deepEqual([saved.venue, saved.start, saved.end], ['R1', '13:30', '14:30']);
      assert.equal(await block.locator('[data-entry-time]').innerText(), '13:30–14:30');
      // The grid is fetched again after the save (and for the change on the live feed): the entry keeps the focus through it.
      await page.waitForTimeout(1000);
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-entry')), 'salt-marsh', 'the entry keeps the focus');
    } finally {
      await context.close();
    }
  });

  test('a move into an occupied room shows the clash on both entries before saving, and needs "Save anyway"', async () => {
    const { context, page } = await clerkPage(browser, server, clerk);
    try {
      const before = await entry(server, 'salt-marsh');
      await dragTo(page, 'salt-marsh', 'venue:R2', '14:00');
      await page.locator('[data-grid-conflicts]:not([hidden]) li.conflict-error', { hasText: 'R2' }).waitFor();
      assert.equal(await page.locator('article[data-entry="eel-routes"]').getAttribute('data-conflict'), 'error');
      assert.equal(await page.locator('[data-grid-target]').getAttribute('data-conflict'), 'error');
      assert.match(await page.locator('[data-grid-status]').innerText(), /1 conflict \(1 error: saving needs "Save anyway"\), listed below/);
      await page.mouse.up();
      const dialog = page.locator('dialog[data-grid-confirm]');
      await dialog.waitFor();
      assert.match(await dialog.innerText(), /would create a conflict[\s\S]*Error/);
      await dialog.getByRole('button', { name: "Don't move it" }).click();
      await page.locator('[data-grid-status]', { hasText: 'was not moved' }).waitFor();
      assert.deepEqual(await entry(server, 'salt-marsh'), before, 'nothing is saved without "Save anyway"');
      assert.equal(await page.locator('article[data-conflict]').count(), 0, 'the conflict marks go with the move');

      await dragTo(page, 'salt-marsh', 'venue:R2', '14:00');
      await page.locator('[data-grid-conflicts]:not([hidden]) li.conflict-error').waitFor();
      await page.mouse.up();
      await dialog.getByRole('button', { name: 'Save anyway' }).click();
      await page.locator('[data-grid-status]', { hasText: 'Saved: "Salt marshes as carbon stores" is now 14:00–15:00 in R2' }).waitFor();
      const saved = await entry(server, 'salt-marsh');
      assert.deepEqual([saved.venue, saved.start], ['R2', '14:00']);
      const [change] = await server.temp.store.changesSince(server.record.id, saved.revision - 1, { entryId: 'salt-marsh' });
      assert.equal((change?.meta as { conflicts?: { rule: string }[] } | undefined)?.conflicts?.[0]?.rule, 'venue-clash', 'the change records the conflict saved anyway');
    } finally {
      await context.close();
    }
  });
});

describe('the programme grid on a phone and without JavaScript', { skip }, () => {
  let browser: Browser;
  let server: TestServer;
  let clerk: LoggedIn;

  before(async () => {
    browser = await launchChromium();
    server = await startTestServer();
    clerk = await loginAs(server.temp.store, 'editor');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('on a narrow screen the grid scrolls sideways in its own box while the page does not', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    try {
      await context.addCookies([{ name: 'agora_session', value: clerk.secret, url: server.url }]);
      const page = await context.newPage();
      await page.goto(`${server.url}/admin?day=${DAY}`);
      const widths = await page.evaluate(() => {
        const scroller = document.querySelector('.grid-scroll') as HTMLElement;
        return { page: document.documentElement.scrollWidth, inner: scroller.scrollWidth, box: scroller.clientWidth };
      });
      assert.ok(widths.page <= 360, `the page is ${widths.page}px wide`);
      assert.ok(widths.inner > widths.box, 'the grid is wider than its box and scrolls');
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the grid is a map of links to each entry', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      await context.addCookies([{ name: 'agora_session', value: clerk.secret, url: server.url }]);
      const page = await context.newPage();
      await page.goto(`${server.url}/admin?day=${DAY}`);
      assert.equal(await page.locator('article[data-movable]').count(), 0);
      assert.equal(await page.locator('[data-grid-help]').isVisible(), false, 'no instructions for moves that cannot be made');
      await page.locator('article[data-entry="eel-routes"] a').click();
      assert.equal(new URL(page.url()).pathname, '/admin/entries/eel-routes');
    } finally {
      await context.close();
    }
  });
});

describe('two clerks on the grid at once', { skip }, () => {
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

  test("one clerk's move shows on the other's grid within a second, and a stale save asks before applying on top", async () => {
    const a = await clerkPage(browser, server, await loginAs(server.temp.store, 'editor', { name: 'A. Clerk' }));
    const b = await clerkPage(browser, server, await loginAs(server.temp.store, 'editor', { name: 'B. Clerk' }));
    try {
      await dragTo(a.page, 'eel-routes', 'venue:R2', '14:00');
      await a.page.mouse.up();
      await waitForEntry(server, 'eel-routes', (stored) => stored.venue === 'R2');
      const saved = Date.now();
      await b.page.waitForFunction(() => document.querySelector('article[data-entry="eel-routes"]')?.getAttribute('data-column') === 'venue:R2', undefined, { timeout: 1000 });
      assert.ok(Date.now() - saved < 1000, "B's grid shows A's move within a second");

      // B picks up "Salt marshes" while A moves it to R2: B's save then names a revision A replaced.
      await b.page.locator('article[data-entry="salt-marsh"]').focus();
      await b.page.keyboard.press('Enter');
      await a.page.locator('article[data-entry="salt-marsh"]').focus();
      await a.page.keyboard.press('Enter');
      await a.page.keyboard.press('ArrowRight');
      await a.page.locator('[data-grid-status]', { hasText: 'to 13:00–14:00 in R2' }).waitFor();
      await a.page.keyboard.press('Enter');
      await waitForEntry(server, 'salt-marsh', (stored) => stored.venue === 'R2');
      await b.page.keyboard.press('ArrowUp');
      await b.page.locator('[data-grid-status]', { hasText: 'to 12:45–13:45 in R1' }).waitFor();
      await b.page.keyboard.press('Enter');
      const dialog = b.page.locator('dialog[data-grid-stale]');
      await dialog.waitFor();
      const text = await dialog.innerText();
      assert.match(text, /Changed by A\. Clerk at \d\d:\d\d: venue R1 → R2/);
      assert.match(text, /Their change:\s*venue: R1 → R2/);
      assert.match(text, /Your change:\s*start: 13:00 → 12:45\s*end: 14:00 → 13:45/);
      assert.equal((await entry(server, 'salt-marsh')).start, '13:00', 'nothing of B is saved before B chooses');
      await dialog.getByRole('button', { name: 'Apply mine on top' }).click();
      await b.page.locator('[data-grid-status]', { hasText: 'Saved: "Salt marshes as carbon stores"' }).waitFor();
      const both = await entry(server, 'salt-marsh');
      assert.deepEqual([both.venue, both.start, both.end], ['R2', '12:45', '13:45'], "B's new time on top of A's new room");
      await b.page.waitForFunction(() => document.querySelector('article[data-entry="salt-marsh"]')?.getAttribute('data-column') === 'venue:R2');
      await a.page.waitForFunction(() => document.querySelector('article[data-entry="salt-marsh"]')?.getAttribute('data-start') === '12:45');
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });
});
