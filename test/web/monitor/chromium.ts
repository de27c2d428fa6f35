/**
 * Debian's Chromium, driven by playwright-core, for the monitor's browser tests and screenshots.
 * Where it is missing the browser tests skip and say so; in CI (`CI=true`) its absence fails the run.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The `skip` option of a browser suite: a reason to skip, or false. Throws under CI. */
export function skipWithoutChromium(): string | false {
  if (existsSync(CHROMIUM_PATH)) return false;
  if (process.env.CI === 'true') throw new Error(`CI needs ${CHROMIUM_PATH} for the browser tests (apt-get install chromium)`);
  return `${CHROMIUM_PATH} is not installed (apt-get install chromium), so the browser tests are skipped`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh page (its own storage) the size of a full-HD monitor. */
export async function monitorPage(browser: Browser, size = { width: 1920, height: 1080 }): Promise<Page> {
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
  return context.newPage();
}
