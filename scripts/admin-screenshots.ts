/**
 * Takes screenshots of the secretariat's history page and import preview with real Chromium,
 * into docs/screenshots/ (admin-history.png, admin-import-preview.png), over a fresh database
 * holding the test suite's sample programme and a few clerks' changes, so that they can be
 * retaken after a change and looked at.
 *
 * Usage: npx tsx scripts/admin-screenshots.ts (SCREENSHOTS_DIR=dir writes elsewhere; CHROMIUM=path).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { logIn } from '../src/app/accounts/sessions.ts';
import { createUser } from '../src/app/accounts/users.ts';
import { moveEntry, updateEntry } from '../src/app/entry-commands.ts';
import { importProgramme } from '../src/app/import-programme.ts';
import { readProgrammeSource } from '../src/app/read-source.ts';
import { addVenue } from '../src/app/venue-commands.ts';
import { renderDocument } from '../src/document/index.ts';
import { buildServer } from '../src/http/server.ts';
import { openSqliteStore } from '../src/store/open-store.ts';
import { sampleProgramme } from '../test/support/sample-programme.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = process.env.SCREENSHOTS_DIR ?? join(ROOT, 'docs/screenshots');
const PASSWORD = 'screenshots only, never used';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'agora-admin-screenshots-'));
  const store = await openSqliteStore(join(dir, 'agora.db'));
  const root = { name: 'cli:root', role: 'admin' as const };
  // Imported from its document, as a conference's programme usually is, so a re-import matches its entries by id.
  const document = renderDocument(sampleProgramme());
  const { programme } = readProgrammeSource(document, 'sample');
  const { conference: record } = await importProgramme(store, programme, { actor: root, slug: 'cws3' });
  const idOf = (title: string) => programme.entries.find((entry) => entry.title === title)?.id ?? title;
  await createUser(store, root, { email: 'anna@example.org', name: 'Anna Clerk', role: 'editor', password: PASSWORD });
  const anna = { name: 'anna@example.org', role: 'editor' as const };
  const desk = { name: 'token:desk-1', role: 'editor' as const };
  await moveEntry(store, record, idOf('Eel migration routes'), { venue: 'R2' }, { actor: anna });
  await moveEntry(store, record, idOf('Salt marshes as carbon stores'), { start: '12:30', end: '13:30' }, { actor: desk });
  await addVenue(store, record, anna, { name: 'M3', building: 'M', capacity: '120', hours: [{ date: '', open: '09:00', close: '18:00' }] });
  await updateEntry(store, record, idOf('Dune protection in national law'), { status: 'cancelled' }, { actor: anna });
  const session = await logIn(store, { email: anna.name, password: PASSWORD, ip: '127.0.0.1' });

  const server = await buildServer({ store, logger: false });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    mkdirSync(OUT, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name: 'agora_session', value: session.secret, url: base }]);
    const tab = await context.newPage();
    await tab.goto(`${base}/admin/history`, { waitUntil: 'networkidle' });
    await tab.screenshot({ path: join(OUT, 'admin-history.png'), fullPage: true });
    console.log(`wrote ${join(OUT, 'admin-history.png')}`);

    const next = document.replace('Morocco: Eel migration routes', 'Morocco: Eel migration routes and weirs');
    await tab.goto(`${base}/admin/import`, { waitUntil: 'networkidle' });
    await tab.locator('#import-text').fill(next);
    await tab.getByRole('button', { name: 'Preview' }).click();
    await tab.locator('.import-preview').waitFor();
    for (const summary of await tab.locator('.import-preview summary').all()) await summary.click();
    await tab.screenshot({ path: join(OUT, 'admin-import-preview.png'), fullPage: true });
    console.log(`wrote ${join(OUT, 'admin-import-preview.png')}`);
  } finally {
    await browser.close();
    await server.app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
