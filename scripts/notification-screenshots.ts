/**
 * Takes screenshots of the notifications with real Chromium into docs/screenshots/: a webhook's
 * page with its delivery log after a receiver failed once (notifications-webhook.png, desk), the
 * outbox with no SMTP server (notifications-outbox.png, phone) and the subscription form on a
 * phone (notifications-subscribe.png). It also checks that none of the pages scrolls sideways at 360 px.
 *
 * Usage: npx tsx scripts/notification-screenshots.ts (SCREENSHOTS_DIR=dir writes elsewhere; CHROMIUM=path).
 */
import type { Page } from 'playwright-core';
import { deliverDueWebhooks } from '../src/app/notifications/webhook-worker.ts';
import { registerWebhook } from '../src/app/notifications/webhooks.ts';
import { prepareAppStore } from '../src/app/open-app-store.ts';
import { publishRelease } from '../src/app/releases.ts';
import { sampleProgramme } from '../test/support/sample-programme.ts';
import { startWebhookReceiver } from '../test/support/webhook-receiver.ts';
import { withScreenshotServer } from './support/screenshot-session.ts';

async function fitsPhone(page: Page, path: string): Promise<boolean> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  if (scrollWidth > clientWidth) console.error(`${path} scrolls sideways at 360 px: ${scrollWidth} px wide`);
  return scrollWidth <= clientWidth;
}

const receiver = await startWebhookReceiver([500, 200]);
try {
  const ok = await withScreenshotServer({ name: 'notification', programme: sampleProgramme(), slug: 'cws3' }, async ({ store, record, root, base, createAccount, logIn, newContext, screenshot }) => {
    prepareAppStore(store, { baseUrl: 'https://programme.example.org' });
    await createAccount({ email: 'maria.admin@example.org', name: 'Maria Admin', role: 'admin' });
    const session = await logIn('maria.admin@example.org');
    const webhook = await registerWebhook(store, record, root, { url: receiver.url, onChange: 'on' });

    const phone = await newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const form = await phone.newPage();
    for (const email of ['delegate@example.org', 'press.office@example.org']) {
      await form.goto(`${base}/subscribe`, { waitUntil: 'networkidle' });
      await form.getByLabel('Your e-mail address').fill(email);
      await form.getByRole('button', { name: 'Subscribe' }).click();
      await form.getByText('You are subscribed').first().waitFor();
    }
    await form.goto(`${base}/subscribe`, { waitUntil: 'networkidle' });
    await form.getByLabel('Your e-mail address').fill('not an address');
    await form.evaluate(() => document.querySelector('form.updates-form')?.setAttribute('novalidate', ''));
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await form.locator('#updates-email-problem').waitFor();
    await screenshot(form, 'notifications-subscribe.png', { fullPage: true });
    await phone.close();

    await publishRelease(store, record, root, { name: 'Update 1', comment: 'R2 is closed on Tuesday afternoon; the working group meets in R1.' });
    await deliverDueWebhooks(store);
    await deliverDueWebhooks(store, new Date(Date.now() + 60_000));

    const desk = await newContext({ viewport: { width: 1280, height: 900 } }, session);
    const hook = await desk.newPage();
    await hook.goto(`${base}/admin/webhooks/${webhook.id}`, { waitUntil: 'networkidle' });
    await screenshot(hook, 'notifications-webhook.png', { fullPage: true });
    await desk.close();

    let fits = true;
    const narrow = await newContext({ viewport: { width: 360, height: 740 }, isMobile: true }, session);
    const tab = await narrow.newPage();
    for (const path of ['/admin/webhooks', `/admin/webhooks/${webhook.id}`, '/admin/outbox', '/subscribe']) {
      await tab.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      fits = (await fitsPhone(tab, path)) && fits;
    }
    await tab.goto(`${base}/admin/outbox`, { waitUntil: 'networkidle' });
    await tab.locator('#main details summary').first().click();
    await screenshot(tab, 'notifications-outbox.png', { fullPage: true });
    await narrow.close();
    return fits;
  });
  if (!ok) process.exitCode = 1;
} finally {
  await receiver.close();
}
