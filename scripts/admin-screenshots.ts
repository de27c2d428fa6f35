/**
 * Takes screenshots of the secretariat's history page and import preview with real Chromium,
 * into docs/screenshots/ (admin-history.png, admin-import-preview.png), over a fresh database
 * holding the test suite's sample programme and a few clerks' changes, so that they can be
 * retaken after a change and looked at.
 *
 * Usage: npx tsx scripts/admin-screenshots.ts (SCREENSHOTS_DIR=dir writes elsewhere; CHROMIUM=path).
 */
import { moveEntry, updateEntry } from '../src/app/entry-commands.ts';
import { readProgrammeSource } from '../src/app/read-source.ts';
import { addVenue } from '../src/app/venue-commands.ts';
import { renderDocument } from '../src/document/index.ts';
import { sampleProgramme } from '../test/support/sample-programme.ts';
import { withScreenshotServer } from './support/screenshot-session.ts';

// Imported from its document, as a conference's programme usually is, so a re-import matches its entries by id.
const document = renderDocument(sampleProgramme());
const { programme } = readProgrammeSource(document, 'sample');
const idOf = (title: string) => programme.entries.find((entry) => entry.title === title)?.id ?? title;

await withScreenshotServer({ name: 'admin', programme, slug: 'cws3' }, async ({ store, record, base, createAccount, logIn, newContext, screenshot }) => {
  await createAccount({ email: 'anna@example.org', name: 'Anna Clerk', role: 'editor' });
  const anna = { name: 'anna@example.org', role: 'editor' as const };
  const desk = { name: 'token:desk-1', role: 'editor' as const };
  await moveEntry(store, record, idOf('Eel migration routes'), { venue: 'R2' }, { actor: anna });
  await moveEntry(store, record, idOf('Salt marshes as carbon stores'), { start: '12:30', end: '13:30' }, { actor: desk });
  await addVenue(store, record, anna, { name: 'M3', building: 'M', capacity: '120', hours: [{ date: '', open: '09:00', close: '18:00' }] });
  await updateEntry(store, record, idOf('Dune protection in national law'), { status: 'cancelled' }, { actor: anna });
  const session = await logIn(anna.name);

  const context = await newContext({ viewport: { width: 1280, height: 900 } }, session);
  const tab = await context.newPage();
  await tab.goto(`${base}/admin/history`, { waitUntil: 'networkidle' });
  await screenshot(tab, 'admin-history.png', { fullPage: true });

  const next = document.replace('Morocco: Eel migration routes', 'Morocco: Eel migration routes and weirs');
  await tab.goto(`${base}/admin/import`, { waitUntil: 'networkidle' });
  await tab.locator('#import-text').fill(next);
  await tab.getByRole('button', { name: 'Preview' }).click();
  await tab.locator('.import-preview').waitFor();
  for (const summary of await tab.locator('.import-preview summary').all()) await summary.click();
  await screenshot(tab, 'admin-import-preview.png', { fullPage: true });
});
