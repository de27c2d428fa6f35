/**
 * Takes screenshots of the secretariat's entry form with real Chromium, into docs/screenshots/:
 * the form showing the conflict its values would leave, with "Save anyway"
 * (admin-entry-conflict.png), and the answer to a clerk who saved after someone else
 * (admin-entry-two-clerks.png), over a fresh database holding the test suite's sample programme.
 * The pages are taken without script, so they show what every browser gets from the server.
 *
 * Usage: npx tsx scripts/entry-form-screenshots.ts (SCREENSHOTS_DIR=dir writes elsewhere; CHROMIUM=path).
 */
import { moveEntry } from '../src/app/entry-commands.ts';
import { sampleProgramme } from '../test/support/sample-programme.ts';
import { withScreenshotServer } from './support/screenshot-session.ts';

await withScreenshotServer({ name: 'entry', programme: sampleProgramme(), slug: 'cws3' }, async ({ store, record, base, createAccount, openAs, screenshot }) => {
  await createAccount({ email: 'ben@example.org', name: 'Ben Desk', role: 'editor' });
  const { context } = await openAs({ email: 'anna@example.org', name: 'Anna Clerk', role: 'editor' }, { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  const tab = await context.newPage();

  await tab.goto(`${base}/admin/entries/eel-routes`, { waitUntil: 'networkidle' });
  await tab.getByLabel('Start', { exact: true }).fill('13:30');
  await tab.getByLabel('End', { exact: true }).fill('14:30');
  await tab.getByRole('button', { name: 'Save', exact: true }).click();
  await tab.getByRole('button', { name: 'Save anyway' }).waitFor();
  await screenshot(tab, 'admin-entry-conflict.png', { fullPage: true });

  await tab.goto(`${base}/admin/entries/salt-marsh`, { waitUntil: 'networkidle' });
  await moveEntry(store, record, 'salt-marsh', { venue: 'R2' }, { actor: { name: 'ben@example.org', role: 'editor' } });
  await tab.getByRole('group', { name: 'What' }).getByLabel('Title', { exact: true }).fill('Salt marshes store carbon');
  await tab.getByLabel('Start', { exact: true }).fill('12:30');
  await tab.getByRole('button', { name: 'Save', exact: true }).click();
  await tab.getByText('Apply mine on top').waitFor();
  await screenshot(tab, 'admin-entry-two-clerks.png');
});
