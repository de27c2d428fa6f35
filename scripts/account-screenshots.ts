/**
 * Takes screenshots of the login page (on a phone, after a wrong password, so the message beside
 * its field shows) and the admin's list of users (on a desk screen) with real Chromium, into
 * docs/screenshots/ (admin-login.png, admin-users.png), over a fresh database with a few
 * accounts, so that they can be retaken after a change and looked at. It also checks that
 * neither page scrolls sideways at 360 px.
 *
 * Usage: npx tsx scripts/account-screenshots.ts (SCREENSHOTS_DIR=dir writes elsewhere; CHROMIUM=path).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { logIn } from '../src/app/accounts/sessions.ts';
import { createUser, setDisabled } from '../src/app/accounts/users.ts';
import { importProgramme } from '../src/app/import-programme.ts';
import { buildServer } from '../src/http/server.ts';
import { openSqliteStore } from '../src/store/open-store.ts';
import { sampleProgramme } from '../test/support/sample-programme.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = process.env.SCREENSHOTS_DIR ?? join(ROOT, 'docs/screenshots');
const PASSWORD = 'screenshots only, never used';

async function fitsPhone(page: Page, path: string): Promise<boolean> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  if (scrollWidth > clientWidth) console.error(`${path} scrolls sideways at 360 px: ${scrollWidth} px wide`);
  return scrollWidth <= clientWidth;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'agora-account-screenshots-'));
  const store = await openSqliteStore(join(dir, 'agora.db'));
  const root = { name: 'cli:root', role: 'admin' as const };
  await importProgramme(store, sampleProgramme(), { actor: root, slug: 'cws3' });
  await createUser(store, root, { email: 'maria.admin@example.org', name: 'Maria Admin', role: 'admin', password: PASSWORD });
  await createUser(store, root, { email: 'anna@example.org', name: 'Anna Clerk', role: 'editor', password: PASSWORD });
  const ben = await createUser(store, root, { email: 'ben@example.org', name: 'Ben Clerk', role: 'editor', password: PASSWORD });
  await createUser(store, root, { email: 'foyer-screens@example.org', name: 'Foyer screens', role: 'display', password: PASSWORD });
  const olga = await createUser(store, root, { email: 'olga@example.org', name: 'Olga Organiser', role: 'organiser', password: PASSWORD });
  await setDisabled(store, root, olga.id, true);
  const session = await logIn(store, { email: 'maria.admin@example.org', password: PASSWORD, ip: '127.0.0.1' });
  const server = await buildServer({ store, logger: false });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let ok = true;
  try {
    mkdirSync(OUT, { recursive: true });
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const login = await phone.newPage();
    await login.goto(`${base}/login?next=%2Fadmin`, { waitUntil: 'networkidle' });
    await login.getByLabel('E-mail address').fill('anna@example.org');
    await login.getByLabel('Password').fill('a wrong guess');
    await login.getByRole('button', { name: 'Log in' }).click();
    await login.locator('#login-password-error').waitFor();
    await login.screenshot({ path: join(OUT, 'admin-login.png'), fullPage: true });
    console.log(join(OUT, 'admin-login.png'));
    await phone.close();

    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await desk.addCookies([{ name: 'agora_session', value: session.secret, url: base }]);
    const users = await desk.newPage();
    await users.goto(`${base}/admin/users`, { waitUntil: 'networkidle' });
    // The answer to a reset is the page that shows the one-time password.
    await users.locator(`#user-${ben.id} button`, { hasText: 'Reset password' }).click();
    await users.locator('[data-one-time-password]').waitFor();
    await users.screenshot({ path: join(OUT, 'admin-users.png'), fullPage: true });
    console.log(join(OUT, 'admin-users.png'));
    await desk.close();

    const narrow = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    await narrow.addCookies([{ name: 'agora_session', value: session.secret, url: base }]);
    const tab = await narrow.newPage();
    for (const path of ['/login', '/admin/users', '/account/password']) {
      await tab.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      ok = (await fitsPhone(tab, path)) && ok;
    }
    await narrow.close();
  } finally {
    await browser.close();
    await server.app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (!ok) process.exitCode = 1;
}

await main();
