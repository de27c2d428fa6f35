/**
 * What the scripts that take screenshots of the secretariat's pages share: a fresh SQLite
 * database in a temporary folder holding one imported programme, the server listening on a free
 * port, and real Chromium, with a way to make accounts and open a browser context logged in as
 * one of them. Everything is closed and the folder removed afterwards, however the work ends.
 *
 * The screenshots go to docs/screenshots/ unless SCREENSHOTS_DIR names another folder; CHROMIUM
 * names another browser than /usr/bin/chromium.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { logIn, type NewSession } from '../../src/app/accounts/sessions.ts';
import { createUser, type User } from '../../src/app/accounts/users.ts';
import { importProgramme } from '../../src/app/import-programme.ts';
import type { Actor, Role } from '../../src/app/policy.ts';
import { buildServer } from '../../src/http/server.ts';
import type { Programme } from '../../src/model/programme.ts';
import { openSqliteStore } from '../../src/store/open-store.ts';
import type { ConferenceRecord, Store } from '../../src/store/store.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'screenshots only, never used';

export interface ScreenshotServerOptions {
  /** Names the temporary folder (agora-<name>-screenshots-…). */
  name: string;
  /** The programme imported before the server starts. */
  programme: Programme;
  slug: string;
  /** How often the server looks for changes made by others (the grid's live updates). */
  pollMs?: number;
}

export interface Account {
  email: string;
  name: string;
  role: Role;
}

export interface ScreenshotSession {
  store: Store;
  /** The imported programme's conference. */
  record: ConferenceRecord;
  /** The admin that imported the programme and makes the accounts. */
  root: Actor;
  /** The server's address, e.g. http://127.0.0.1:41234. */
  base: string;
  browser: Browser;
  /** The folder the screenshots go to (made already). */
  out: string;
  /** Makes an account (all share one password). */
  createAccount(account: Account): Promise<User>;
  /** Logs an account in, as its browser would. */
  logIn(email: string): Promise<NewSession>;
  /** A new browser context, carrying the session's cookie when one is given. */
  newContext(options: BrowserContextOptions, session?: { secret: string }): Promise<BrowserContext>;
  /** Makes an account, logs it in and opens a browser context as it. */
  openAs(account: Account, options: BrowserContextOptions): Promise<{ user: User; session: NewSession; context: BrowserContext }>;
  /** Takes a screenshot of the page into the folder, as the file named, and says so. */
  screenshot(page: Page, file: string, options?: { fullPage?: boolean }): Promise<void>;
}

/** Sets up the database, server and browser, runs work with them, and always tears them down. */
export async function withScreenshotServer<T>(options: ScreenshotServerOptions, work: (session: ScreenshotSession) => Promise<T>): Promise<T> {
  const out = process.env.SCREENSHOTS_DIR ?? join(ROOT, 'docs/screenshots');
  const dir = mkdtempSync(join(tmpdir(), `agora-${options.name}-screenshots-`));
  try {
    const store = await openSqliteStore(join(dir, 'agora.db'));
    try {
      const root: Actor = { name: 'cli:root', role: 'admin' };
      const { conference: record } = await importProgramme(store, options.programme, { actor: root, slug: options.slug });
      const server = await buildServer({ store, logger: false, ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }) });
      try {
        await server.app.listen({ port: 0, host: '127.0.0.1' });
        const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
        const browser = await chromium.launch({
          executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        });
        try {
          mkdirSync(out, { recursive: true });
          const createAccount = (account: Account) => createUser(store, root, { ...account, password: PASSWORD });
          const logInAs = (email: string) => logIn(store, { email, password: PASSWORD, ip: '127.0.0.1' });
          const newContext = async (contextOptions: BrowserContextOptions, session?: { secret: string }) => {
            const context = await browser.newContext(contextOptions);
            if (session) await context.addCookies([{ name: 'agora_session', value: session.secret, url: base }]);
            return context;
          };
          return await work({
            store,
            record,
            root,
            base,
            browser,
            out,
            createAccount,
            logIn: logInAs,
            newContext,
            async openAs(account, contextOptions) {
              const user = await createAccount(account);
              const session = await logInAs(account.email);
              return { user, session, context: await newContext(contextOptions, session) };
            },
            async screenshot(page, file, shotOptions = {}) {
              await page.screenshot({ path: join(out, file), fullPage: shotOptions.fullPage ?? false });
              console.log(`wrote ${join(out, file)}`);
            },
          });
        } finally {
          await browser.close();
        }
      } finally {
        await server.app.close();
      }
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
