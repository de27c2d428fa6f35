/**
 * Takes screenshots of the web programme with real Chromium, so that they can be retaken after a
 * change and looked at: the home page, a day page and an entry page, on a desktop (1280 px) and a
 * phone (390 px), into docs/screenshots/. It also checks that no page scrolls sideways at 360 px.
 *
 * Usage: npx tsx scripts/screenshots.ts [programme.txt|programme.json]
 * (default: demo/programme.txt, or the test suite's sample programme when that is missing).
 * Needs Debian's chromium at /usr/bin/chromium (or CHROMIUM=/path/to/chromium); SCREENSHOTS_DIR=dir
 * writes elsewhere.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { importProgramme } from '../src/app/import-programme.ts';
import { readProgrammeSource } from '../src/app/read-source.ts';
import { buildServer } from '../src/http/server.ts';
import type { Programme } from '../src/model/programme.ts';
import { openSqliteStore } from '../src/store/open-store.ts';
import { conferenceDays } from '../src/web/day-view.ts';
import { sampleProgramme } from '../test/support/sample-programme.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = process.env.SCREENSHOTS_DIR ?? join(ROOT, 'docs/screenshots');
const DEMO = join(ROOT, 'demo/programme.txt');

function loadProgramme(path: string | undefined): { programme: Programme; from: string } {
  const file = path === undefined ? DEMO : resolve(path);
  if (existsSync(file)) return { programme: readProgrammeSource(readFileSync(file, 'utf8'), file).programme, from: file };
  if (path !== undefined) throw new Error(`${file} does not exist`);
  return { programme: sampleProgramme(), from: 'test/support/sample-programme.ts (demo/programme.txt is missing)' };
}

/** The day with the most side events, and on it the side event with the most to show. */
function pickPages(programme: Programme): { day: string; entry: string } {
  const days = conferenceDays(programme);
  const sideEventsOn = (date: string) => programme.entries.filter((entry) => entry.date === date && entry.kind === 'side-event');
  const day = [...days].sort((a, b) => sideEventsOn(b).length - sideEventsOn(a).length)[0] ?? days[0];
  if (day === undefined) throw new Error('the programme has no days');
  const richness = (entry: Programme['entries'][number]) => entry.sponsors.length + entry.notes.length * 2 + entry.parts.length * 3 + (entry.description ? 2 : 0);
  const entry = [...programme.entries].sort((a, b) => richness(b) - richness(a))[0];
  if (entry === undefined) throw new Error('the programme has no entries');
  return { day, entry: entry.id };
}

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900, mobile: false },
  { name: 'phone', width: 390, height: 844, mobile: true },
] as const;

async function main(): Promise<void> {
  const { programme, from } = loadProgramme(process.argv[2]);
  console.log(`programme: ${from}`);
  const dir = mkdtempSync(join(tmpdir(), 'agora-screenshots-'));
  const store = await openSqliteStore(join(dir, 'agora.db'));
  await importProgramme(store, programme, { actor: { name: 'screenshots', role: 'admin' as const }, slug: 'demo' });
  const server = await buildServer({ store, logger: false });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  const { day, entry } = pickPages(programme);
  const pages = [
    { name: 'home', path: '/' },
    { name: 'day', path: `/days/${day}` },
    { name: 'entry', path: `/entries/${encodeURIComponent(entry)}` },
  ];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let overflowing = 0;
  try {
    mkdirSync(OUT, { recursive: true });
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, isMobile: viewport.mobile, hasTouch: viewport.mobile });
      const tab = await context.newPage();
      for (const page of pages) {
        await tab.goto(`${base}${page.path}`, { waitUntil: 'networkidle' });
        const file = join(OUT, `${page.name}-${viewport.name}.png`);
        await tab.screenshot({ path: file, fullPage: true });
        console.log(`${file}  (${page.path})`);
      }
      await context.close();
    }
    const narrow = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const tab = await narrow.newPage();
    for (const path of [...pages.map((page) => page.path), '/search?q=a', '/now', '/agenda']) {
      await tab.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      const { scrollWidth, clientWidth } = await tab.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      if (scrollWidth > clientWidth) {
        overflowing += 1;
        console.error(`${path} scrolls sideways at 360 px: ${scrollWidth} px wide`);
      }
    }
    await narrow.close();
  } finally {
    await browser.close();
    await server.app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (overflowing > 0) process.exitCode = 1;
}

await main();
