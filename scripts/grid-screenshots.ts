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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { moveEntry } from '../src/app/entry-commands.ts';
import { readProgrammeSource } from '../src/app/read-source.ts';
import type { Entry } from '../src/model/programme.ts';
import { ROOT, withScreenshotServer } from './support/screenshot-session.ts';

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

const source = join(ROOT, 'demo/programme.txt');
const { programme } = readProgrammeSource(readFileSync(source, 'utf8'), source);
const sideEventsOn = (date: string | null) => programme.entries.filter((entry) => entry.date === date && entry.kind === 'side-event' && entry.venue !== null && entry.start !== null);
const day = [...new Set(programme.entries.map((entry) => entry.date))].sort((a, b) => sideEventsOn(b).length - sideEventsOn(a).length)[0] ?? null;
const events = sideEventsOn(day);
const [first, second] = [...events].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '')) as [Entry, Entry];
if (day === null || !first || !second) throw new Error('the demo programme has no day with two side events');
const otherVenue = programme.venues.find((venue) => venue.name !== second.venue)?.name ?? second.venue;

await withScreenshotServer({ name: 'grid', programme, slug: 'demo', pollMs: 50 }, async ({ store, record, base, createAccount, logIn, newContext, screenshot }) => {
  const clerks = [];
  for (const [email, name] of [
    ['ana@example.org', 'Ana Clerk'],
    ['ben@example.org', 'Ben Clerk'],
  ] as const) {
    await createAccount({ email, name, role: 'editor' });
    clerks.push({ email, session: await logIn(email) });
  }
  const [ana, ben] = clerks as [(typeof clerks)[number], (typeof clerks)[number]];
  const open = async (session: { secret: string }) => {
    const context = await newContext({ viewport: { width: 1440, height: 1000 } }, session);
    const page = await context.newPage();
    await page.goto(`${base}/admin?day=${day}`, { waitUntil: 'networkidle' });
    await page.locator('article[data-movable]').first().waitFor();
    return page;
  };

  const anaPage = await open(ana.session);
  await screenshot(anaPage, 'admin-grid.png', { fullPage: true });

  await dragAndHold(anaPage, second.id, `venue:${first.venue}`, first.start ?? '');
  await anaPage.locator('[data-grid-conflicts]:not([hidden]) li').first().waitFor();
  await anaPage.locator(`article[data-entry="${first.id}"]`).scrollIntoViewIfNeeded();
  await screenshot(anaPage, 'admin-grid-conflict.png');
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
  await screenshot(benPage, 'admin-two-clerks.png');
});
