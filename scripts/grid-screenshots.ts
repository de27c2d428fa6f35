/**
 * Takes screenshots of the programme grid with real Chromium, into docs/screenshots/, so that
 * they can be retaken after a change and looked at:
 *
 * - admin-grid.png: the busiest day of the demo programme (several venues);
 * - admin-grid-conflict.png: a side event dragged onto another's room and hour, the clash shown
 *   on both entries and listed before anything is saved;
 * - admin-two-clerks.png: the dialog a clerk sees on saving an entry another clerk moved meanwhile.
 *
 * Usage: npx tsx scripts/grid-screenshots.ts (SCREENSHOTS_DIR=dir writes elsewhere; CHROMIUM=path).
 * Reads demo/programme.txt.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { logIn } from '../src/app/accounts/sessions.ts';
import { createUser } from '../src/app/accounts/users.ts';
import { moveEntry } from '../src/app/entry-commands.ts';
import { importProgramme } from '../src/app/import-programme.ts';
import { readProgrammeSource } from '../src/app/read-source.ts';
import { buildServer } from '../src/http/server.ts';
import type { Entry } from '../src/model/programme.ts';
import { openSqliteStore } from '../src/store/open-store.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = process.env.SCREENSHOTS_DIR ?? join(ROOT, 'docs/screenshots');
const PASSWORD = 'screenshots only, never used';

async function dragAndHold(page: Page, id: string, column: string, start: string): Promise<void> {
  const block = await page.locator(`article[data-entry="${id}"]`).boundingBox();
  const head = await page.locator(`.grid-column-head[data-column="${column}"]`).boundingBox();
  const minute = Number(start.slice(0, 2)) * 60 + Number(start.slice(3));
  const row = await page.locator(`.grid-time[data-minute="${minute}"]`).boundingBox();
  if (!block || !head || !row) throw new Error(`cannot drag ${id} to ${column} at ${start}`);
  await page.mouse.move(block.x + 12, block.y + 4);
  await page.mouse.down();
  await page.mouse.move(block.x + 24, block.y + 16, { steps: 2 });
  await page.mouse.move(head.x + head.width / 2, row.y + row.height / 2, { steps: 8 });
}

async function main(): Promise<void> {
  const source = join(ROOT, 'demo/programme.txt');
  const { programme } = readProgrammeSource(readFileSync(source, 'utf8'), source);
  const dir = mkdtempSync(join(tmpdir(), 'agora-grid-screenshots-'));
  const store = await openSqliteStore(join(dir, 'agora.db'));
  const root = { name: 'cli:root', role: 'admin' as const };
  const { conference: record } = await importProgramme(store, programme, { actor: root, slug: 'demo' });
  const clerks = [];
  for (const [email, name] of [
    ['ana@example.org', 'Ana Clerk'],
    ['ben@example.org', 'Ben Clerk'],
  ] as const) {
    await createUser(store, root, { email, name, role: 'editor', password: PASSWORD });
    clerks.push({ email, session: await logIn(store, { email, password: PASSWORD, ip: '127.0.0.1' }) });
  }
  const [ana, ben] = clerks as [(typeof clerks)[number], (typeof clerks)[number]];

  const sideEventsOn = (date: string | null) => programme.entries.filter((entry) => entry.date === date && entry.kind === 'side-event' && entry.venue !== null && entry.start !== null);
  const day = [...new Set(programme.entries.map((entry) => entry.date))].sort((a, b) => sideEventsOn(b).length - sideEventsOn(a).length)[0] ?? null;
  const events = sideEventsOn(day);
  const [first, second] = [...events].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '')) as [Entry, Entry];
  if (day === null || !first || !second) throw new Error('the demo programme has no day with two side events');
  const otherVenue = programme.venues.find((venue) => venue.name !== second.venue)?.name ?? second.venue;

  const server = await buildServer({ store, logger: false, pollMs: 50 });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const open = async (session: { secret: string }) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    await context.addCookies([{ name: 'agora_session', value: session.secret, url: base }]);
    const page = await context.newPage();
    await page.goto(`${base}/admin?day=${day}`, { waitUntil: 'networkidle' });
    await page.locator('article[data-movable]').first().waitFor();
    return page;
  };
  const wrote = (name: string) => console.log(`wrote ${join(OUT, name)}`);
  try {
    mkdirSync(OUT, { recursive: true });
    const anaPage = await open(ana.session);
    await anaPage.screenshot({ path: join(OUT, 'admin-grid.png'), fullPage: true });
    wrote('admin-grid.png');

    await dragAndHold(anaPage, second.id, `venue:${first.venue}`, first.start ?? '');
    await anaPage.locator('[data-grid-conflicts]:not([hidden]) li').first().waitFor();
    await anaPage.locator(`article[data-entry="${first.id}"]`).scrollIntoViewIfNeeded();
    await anaPage.screenshot({ path: join(OUT, 'admin-grid-conflict.png') });
    wrote('admin-grid-conflict.png');
    await anaPage.keyboard.press('Escape');
    await anaPage.mouse.up();

    // Ben picks up the second event; Ana moves it to another room meanwhile; Ben then saves his move.
    const benPage = await open(ben.session);
    await benPage.locator(`article[data-entry="${second.id}"]`).focus();
    await benPage.keyboard.press('Enter');
    await moveEntry(store, record, second.id, { venue: otherVenue }, { actor: { name: ana.email, role: 'editor' } });
    await benPage.keyboard.press('ArrowDown');
    await benPage.keyboard.press('ArrowDown');
    await benPage.keyboard.press('Enter');
    await benPage.locator('dialog[data-grid-stale][open]').waitFor();
    await benPage.screenshot({ path: join(OUT, 'admin-two-clerks.png') });
    wrote('admin-two-clerks.png');
  } finally {
    await browser.close();
    await server.app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
