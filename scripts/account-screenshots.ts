/**
 * Takes screenshots of the login page (on a phone, after a wrong password, so the message beside
 * its field shows) and the admin's list of users (on a desk screen) with real Chromium, into
 * docs/screenshots/ (admin-login.png, admin-users.png), over a fresh database with a few
 * accounts, so that they can be retaken after a change and looked at. It also checks that
 * neither page scrolls sideways at 360 px.
 *
 * Usage: npx tsx scripts/account-screenshots.ts (SCREENSHOTS_DIR=dir writes elsewhere; CHROMIUM=path).
 */
import type { Page } from 'playwright-core';
import { setDisabled } from '../src/app/accounts/users.ts';
import { sampleProgramme } from '../test/support/sample-programme.ts';
import { withScreenshotServer } from './support/screenshot-session.ts';

async function fitsPhone(page: Page, path: string): Promise<boolean> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  if (scrollWidth > clientWidth) console.error(`${path} scrolls sideways at 360 px: ${scrollWidth} px wide`);
  return scrollWidth <= clientWidth;
}

const ok = await withScreenshotServer({ name: 'account', programme: sampleProgramme(), slug: 'cws3' }, async ({ store, root, base, createAccount, logIn, newContext, screenshot }) => {
  await createAccount({ email: 'maria.admin@example.org', name: 'Maria Admin', role: 'admin' });
  await createAccount({ email: 'anna@example.org', name: 'Anna Clerk', role: 'editor' });
  const ben = await createAccount({ email: 'ben@example.org', name: 'Ben Clerk', role: 'editor' });
  await createAccount({ email: 'foyer-screens@example.org', name: 'Foyer screens', role: 'display' });
  const olga = await createAccount({ email: 'olga@example.org', name: 'Olga Organiser', role: 'organiser' });
  await setDisabled(store, root, olga.id, true);
  const session = await logIn('maria.admin@example.org');

  const phone = await newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const login = await phone.newPage();
  await login.goto(`${base}/login?next=%2Fadmin`, { waitUntil: 'networkidle' });
  await login.getByLabel('E-mail address').fill('anna@example.org');
  await login.getByLabel('Password').fill('a wrong guess');
  await login.getByRole('button', { name: 'Log in' }).click();
  await login.locator('#login-password-error').waitFor();
  await screenshot(login, 'admin-login.png', { fullPage: true });
  await phone.close();

  const desk = await newContext({ viewport: { width: 1280, height: 900 } }, session);
  const users = await desk.newPage();
  await users.goto(`${base}/admin/users`, { waitUntil: 'networkidle' });
  // The answer to a reset is the page that shows the one-time password.
  await users.locator(`#user-${ben.id} button`, { hasText: 'Reset password' }).click();
  await users.locator('[data-one-time-password]').waitFor();
  await screenshot(users, 'admin-users.png', { fullPage: true });
  await desk.close();

  let fits = true;
  const narrow = await newContext({ viewport: { width: 360, height: 740 }, isMobile: true }, session);
  const tab = await narrow.newPage();
  for (const path of ['/login', '/admin/users', '/account/password']) {
    await tab.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    fits = (await fitsPhone(tab, path)) && fits;
  }
  await narrow.close();
  return fits;
});
if (!ok) process.exitCode = 1;
