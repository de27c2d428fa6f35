/**
 * Takes screenshots of the side-event request form (an organiser on a phone, after a refused
 * submission, so a message shows beside its field) and the secretariat's review list (a desk
 * screen, requests in every state, one scheduled) with real Chromium, into docs/screenshots/
 * (request-form.png, review-list.png), over a fresh database. It also checks that the organiser's
 * pages and the review list do not scroll sideways at 360 px (the table scrolls in its own box).
 *
 * Usage: npx tsx scripts/request-screenshots.ts (SCREENSHOTS_DIR=dir writes elsewhere; CHROMIUM=path).
 */
import type { Page } from 'playwright-core';
import { submitRequest } from '../src/app/requests/organiser-requests.ts';
import type { RequestForm } from '../src/app/requests/request-form.ts';
import { acceptRequest, declineRequest } from '../src/app/requests/review-requests.ts';
import { scheduleRequest } from '../src/app/requests/schedule-request.ts';
import { sampleProgramme } from '../test/support/sample-programme.ts';
import { withScreenshotServer } from './support/screenshot-session.ts';

async function fitsPhone(page: Page, path: string): Promise<boolean> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  if (scrollWidth > clientWidth) console.error(`${path} scrolls sideways at 360 px: ${scrollWidth} px wide`);
  return scrollWidth <= clientWidth;
}

function request(fields: Partial<RequestForm>): RequestForm {
  return {
    sponsors: 'Portugal',
    title: '',
    description: '',
    expectedAttendance: '',
    choices: [{ date: '2031-05-12', start: '13:15', end: '14:45' }],
    refreshments: 'none',
    languages: [],
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    ...fields,
  };
}

const ok = await withScreenshotServer({ name: 'request', programme: sampleProgramme(), slug: 'cws3' }, async ({ store, record, base, createAccount, logIn, newContext, screenshot }) => {
  const ana = await createAccount({ email: 'ana.souza@example.org', name: 'Ana Souza', role: 'organiser' });
  const kofi = await createAccount({ email: 'kofi@example.org', name: 'Kofi Mensah', role: 'organiser' });
  await createAccount({ email: 'clara@example.org', name: 'Clara Clerk', role: 'editor' });
  const clerk = { name: 'clara@example.org', role: 'editor' as const };

  const blue = await submitRequest(store, record, kofi, request({ sponsors: 'Ghana\nSenegal', title: 'Blue carbon along the West African coast', expectedAttendance: '80', contactName: 'Kofi Mensah', contactEmail: 'kofi@example.org', choices: [{ date: '2031-05-13', start: '13:15', end: '14:45' }, { date: '2031-05-12', start: '18:15', end: '19:45' }], refreshments: 'before' }));
  const eels = await submitRequest(store, record, ana, request({ sponsors: 'Portugal\nWetlands International', title: 'Glass eels: counting what comes back', expectedAttendance: '45', contactName: 'Ana Souza', contactEmail: 'ana.souza@example.org' }));
  await submitRequest(store, record, kofi, request({ sponsors: 'Friends of the Estuary', title: 'Citizen science on mudflats', expectedAttendance: '30', contactName: 'Kofi Mensah', contactEmail: 'kofi@example.org', choices: [{ date: '2031-05-13', start: '18:15', end: '19:45' }] }));
  const dunes = await submitRequest(store, record, ana, request({ sponsors: 'Portugal', title: 'Moving dunes and fixed borders', expectedAttendance: '120', contactName: 'Ana Souza', contactEmail: 'ana.souza@example.org' }));
  await acceptRequest(store, record, clerk, blue.id, '', 1);
  await scheduleRequest(store, record, clerk, blue.id, { date: '2031-05-13', start: '13:15', end: '14:45', venue: 'R1', saveAnyway: false }, 2);
  await acceptRequest(store, record, clerk, eels.id, 'A room will follow.', 1);
  await declineRequest(store, record, clerk, dunes.id, 'The plenary sits until 19:00 that day.', 1);

  const organiser = await logIn(ana.email);
  const phone = await newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-GB' }, organiser);
  const form = await phone.newPage();
  await form.goto(`${base}/requests/new`, { waitUntil: 'networkidle' });
  await form.getByLabel('Sponsors').fill('Spain\nMediterranean Wetlands Initiative');
  await form.getByLabel('Title').fill('Posidonia meadows: a carbon store under threat');
  await form.getByLabel('Expected attendance (optional)').fill('about fifty');
  const first = form.getByRole('group', { name: 'First choice' });
  await first.getByLabel('Day').fill('2031-05-12');
  await first.getByLabel('From').fill('18:15');
  await first.getByLabel('To').fill('19:45');
  await form.getByLabel('After the event').check();
  await form.getByLabel('Spanish').check();
  await form.getByLabel('French').check();
  await form.getByRole('button', { name: 'Submit the request' }).click();
  await form.locator('#request-expectedAttendance-error').waitFor();
  await screenshot(form, 'request-form.png', { fullPage: true });
  await phone.close();

  const reviewer = await logIn('clara@example.org');
  const desk = await newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' }, reviewer);
  const list = await desk.newPage();
  await list.goto(`${base}/admin/requests?sort=attendance`, { waitUntil: 'networkidle' });
  await screenshot(list, 'review-list.png', { fullPage: true });
  await desk.close();

  let fits = true;
  const narrow = await newContext({ viewport: { width: 360, height: 740 }, isMobile: true }, organiser);
  const tab = await narrow.newPage();
  for (const path of ['/requests', '/requests/new', `/requests/${eels.id}`]) {
    await tab.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    fits = (await fitsPhone(tab, path)) && fits;
  }
  await narrow.close();
  const narrowClerk = await newContext({ viewport: { width: 360, height: 740 }, isMobile: true }, reviewer);
  const clerkTab = await narrowClerk.newPage();
  for (const path of ['/admin/requests', `/admin/requests/${eels.id}`]) {
    await clerkTab.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    fits = (await fitsPhone(clerkTab, path)) && fits;
  }
  await narrowClerk.close();
  return fits;
});
if (!ok) process.exitCode = 1;
