/**
 * Opening the database as the application uses it: the store, plus what every commit must set in
 * motion (the notifications). The server, every CLI command and the tests open it here, so a
 * release published from the command line notifies just as one published in the browser.
 */
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { notifyOnCommits, type NotifyOptions } from './notifications/notify-on-commit.ts';

/**
 * Registers the application's commit hooks on a store already open; returns the function that
 * removes them.
 *
 * Examples: `prepareAppStore(await openSqliteStore(path), { baseUrl: null })`.
 */
export function prepareAppStore(store: Store, options: NotifyOptions = {}): () => void {
  return notifyOnCommits(store, options);
}

/**
 * Opens the store a `--db` value names (see {@link openStore}) with the application's commit hooks.
 * The server's public address for links in notifications is `baseUrl`, else BASE_URL.
 *
 * Examples: `const store = await openAppStore(options.db)`.
 */
export async function openAppStore(location?: string, options: NotifyOptions = {}): Promise<Store> {
  const store = await openStore(location);
  prepareAppStore(store, { baseUrl: options.baseUrl ?? process.env.BASE_URL ?? null });
  return store;
}
