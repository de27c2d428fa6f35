/**
 * Takes screenshots of the secretariat's entry form with real Chromium, into docs/screenshots/:
 * the form showing the conflict its values would leave, with "Save anyway"
 * (admin-entry-conflict.png), and the answer to a clerk who saved after someone else
 * (admin-entry-two-clerks.png), over a fresh database holding the test suite's sample programme.
 * The pages are taken without script, so they show what every browser gets from the server.
 *
 * Usage: npx tsx scripts/entry-form-screenshots.ts (SCREENSHOTS_DIR=dir writes elsewhere; CHROMIUM=path).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { logIn } from '../src/app/accounts/sessions.ts';
import { createUser } from '../src/app/accounts/users.ts';
import { moveEntry } from '../src/app/entry-commands.ts';
import { importProgramme } from '../src/app/import-programme.ts';
import { buildServer } from '../src/http/server.ts';
import { openSqliteStore } from '../src/store/open-store.ts';
import { sampleProgramme } from '../test/support/sample-programme.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = process.env.SCREENSHOTS_DIR ?? join(ROOT, 'docs/screenshots');
const PASSWORD = 'screenshots only, never used';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'agora-entry-screenshots-'));
  const store = await openSqliteStore(join(dir, 'agora.db'));
  const root = { name: 'cli:root', role: 'admin' as const };
  const { conference: record } = await importProgramme(store, sampleProgramme(), { actor: root, slug: 'cws3' });
  await createUser(store, root, { email: 'anna@example.org', name: 'Anna Clerk', role: 'editor', password: PASSWORD });
  await createUser(store, root, { email: 'ben@example.org', name: 'Ben Desk', role: 'editor', password: PASSWORD });
  const session = await logIn(store, { email: 'anna@example.org', password: PASSWORD, ip: '127.0.0.1' });

  const server = await buildServer({ store, logger: false });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    mkdirSync(OUT, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    await context.addCookies([{ name: 'agora_session', value: session.secret, url: base }]);
    const tab = await context.newPage();

    await tab.goto(`${base}/admin/entries/eel-routes`, { waitUntil: 'networkidle' });
    await tab.getByLabel('Start', { exact: true }).fill('13:30');
    await tab.getByLabel('End', { exact: true }).fill('14:30');
    await tab.getByRole('button', { name: 'Save', exact: true }).click();
    await tab.getByRole('button', { name: 'Save anyway' }).waitFor();
    await tab.screenshot({ path: join(OUT, 'admin-entry-conflict.png'), fullPage: true });
    console.log(`wrote ${join(OUT, 'admin-entry-conflict.png')}`);

    await tab.goto(`${base}/admin/entries/salt-marsh`, { waitUntil: 'networkidle' });
    await moveEntry(store, record, 'salt-marsh', { venue: 'R2' }, { actor: { name: 'ben@example.org', role: 'editor' } });
    await tab.getByRole('group', { name: 'What' }).getByLabel('Title', { exact: true }).fill('Salt marshes store carbon');
    await tab.getByLabel('Start', { exact: true }).fill('12:30');
    await tab.getByRole('button', { name: 'Save', exact: true }).click();
    await tab.getByText('Apply mine on top').waitFor();
    await tab.screenshot({ path: join(OUT, 'admin-entry-two-clerks.png'), fullPage: false });
    console.log(`wrote ${join(OUT, 'admin-entry-two-clerks.png')}`);
  } finally {
    await browser.close();
    await server.app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
