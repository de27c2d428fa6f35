/**
 * Takes screenshots of the public changes page with a real changelog, on a desk screen and on a
 * phone 360 px wide, with real Chromium, into docs/screenshots/ (changes.png, changes-phone.png),
 * over a fresh database holding the test suite's sample programme, three releases and the
 * secretariat's changes between them, so that they can be retaken after a change and looked at.
 * It also checks that the page does not scroll sideways at 360 px.
 *
 * Usage: npx tsx scripts/changes-screenshots.ts (SCREENSHOTS_DIR=dir writes elsewhere; CHROMIUM=path).
 */
import { addEntry, cancelEntry, moveEntry, updateEntry } from '../src/app/entry-commands.ts';
import { publishRelease } from '../src/app/releases.ts';
import { updateVenue } from '../src/app/venue-commands.ts';
import { stateTag } from '../src/app/state-tag.ts';
import { sampleProgramme } from '../test/support/sample-programme.ts';
import { withScreenshotServer } from './support/screenshot-session.ts';

const ok = await withScreenshotServer({ name: 'changes', programme: sampleProgramme(), slug: 'cws3' }, async ({ store, record, newContext, base, screenshot }) => {
  const anna = { name: 'anna@example.org', role: 'editor' as const };
  const options = { actor: anna };
  await publishRelease(store, record, anna, { name: 'Programme as printed', comment: 'The programme handed out at registration.' });
  await moveEntry(store, record, 'eel-routes', { venue: 'R2', start: '15:00', end: '16:00' }, options);
  await cancelEntry(store, record, 'dune-law', options);
  await addEntry(store, record, { id: 'reef-night', kind: 'side-event', title: 'Reefs at night', sponsors: ['Cabo Verde'], date: '2031-05-13', start: '18:00', end: '19:00', venue: 'R1' }, options);
  await updateEntry(store, record, 'salt-marsh', { title: 'Salt marshes store carbon', sponsors: ['Portugal', 'Tidal Trust', 'Wetland Network'] }, options);
  await publishRelease(store, record, anna, { name: 'Update 1', comment: 'R1 closes at 15:00 on Monday; the eel migration event moves to R2.' });
  await updateEntry(store, record, 'wg-data', { venue: 'R2' }, options);
  const { programme } = await store.readProgramme(record.id);
  const r1 = programme.venues.find((venue) => venue.id === 'r1');
  if (r1) await updateVenue(store, record, anna, 'r1', { name: 'R1', building: 'R', capacity: '90', hours: [] }, stateTag(r1));
  await publishRelease(store, record, anna, { name: 'Update 2', comment: null });

  const desk = await newContext({ viewport: { width: 1280, height: 900 } });
  const page = await desk.newPage();
  await page.goto(`${base}/changes`, { waitUntil: 'networkidle' });
  await screenshot(page, 'changes.png', { fullPage: true });
  await desk.close();

  const phone = await newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const tab = await phone.newPage();
  await tab.goto(`${base}/changes`, { waitUntil: 'networkidle' });
  await screenshot(tab, 'changes-phone.png', { fullPage: true });
  const { scrollWidth, clientWidth } = await tab.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  if (scrollWidth > clientWidth) console.error(`/changes scrolls sideways at 360 px: ${scrollWidth} px wide`);
  await phone.close();
  return scrollWidth <= clientWidth;
});
if (!ok) process.exitCode = 1;
