/**
 * Makes the monitor's screenshots for the documentation, in real Chromium at 1920×1080: the
 * normal screen, the screen after a day's changes, and the screen while the server is away.
 *
 * Usage: npx tsx scripts/monitor-screenshots.ts [output folder, default docs/]
 */
import { resolve } from 'node:path';
import { cancelEntry, moveEntry } from '../src/app/entry-commands.ts';
import { startTestServer } from '../test/support/test-server.ts';
import { launchChromium, monitorPage } from '../test/web/monitor/chromium.ts';
import { viennaTuesday } from '../test/web/monitor/vienna-tuesday.ts';

const out = resolve(process.argv[2] ?? 'docs');
const day = viennaTuesday();
const [ngoParticipation, digest, icat, manuals] = day.sideEvents as [string, string, string, string];
const server = await startTestServer({ programme: day.programme, slug: 'cop6' });
const browser = await launchChromium();
try {
  const address = `${server.url}/monitor?building=M&at=${day.date}T09:30`;
  const page = await monitorPage(browser);
  await page.goto(address);
  await page.waitForSelector('html[data-live="true"]');
  await page.screenshot({ path: `${out}/monitor-normal.png` });

  const clerk = { actor: { name: 'screenshots', role: 'admin' as const } };
  await moveEntry(server.temp.store, server.record, manuals, { venue: 'Boardroom B' }, clerk);
  await moveEntry(server.temp.store, server.record, icat, { start: '14:30' }, clerk);
  await cancelEntry(server.temp.store, server.record, ngoParticipation, clerk);
  const { revision } = await cancelEntry(server.temp.store, server.record, digest, clerk);
  await server.bus.poke();
  await page.waitForSelector(`html[data-revision="${revision}"]`);
  await page.screenshot({ path: `${out}/monitor-moved.png` });

  const portrait = await monitorPage(browser, { width: 1080, height: 1920 });
  await portrait.goto(address);
  await portrait.waitForSelector('html[data-live="true"]');
  await portrait.screenshot({ path: `${out}/monitor-portrait.png` });
  await portrait.context().close();

  await server.app.close();
  await page.waitForSelector('.offline');
  await page.screenshot({ path: `${out}/monitor-offline.png` });
  console.log(`wrote monitor-normal.png, monitor-moved.png, monitor-portrait.png and monitor-offline.png to ${out}`);
} finally {
  await browser.close();
  await server.app.close();
  await server.temp.dispose();
}
