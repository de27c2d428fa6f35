/** Finding the conference a command is about. */
import { AgoraError } from '../errors.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';

/**
 * The conference named by `slug`, or when none is named the only one in the store.
 *
 * Examples: `resolveConference(store)` in a database with one conference; `resolveConference(store, 'cop6')`.
 */
export async function resolveConference(store: Store, slug?: string): Promise<ConferenceRecord> {
  if (slug !== undefined) {
    const record = await store.findConference(slug);
    if (record) return record;
    const known = (await store.listConferences()).map((conference) => conference.slug);
    throw new AgoraError(
      'AGORA_NOT_FOUND',
      known.length === 0
        ? `There is no conference "${slug}": ${store.location} holds none yet. Import a programme first.`
        : `There is no conference "${slug}" in ${store.location}; it holds ${known.map((s) => `"${s}"`).join(', ')}.`,
    );
  }
  const all = await store.listConferences();
  if (all.length === 1 && all[0]) return all[0];
  if (all.length === 0) {
    throw new AgoraError('AGORA_NOT_FOUND', `${store.location} holds no conference yet. Import a programme first (agora import <file>).`);
  }
  throw new AgoraError(
    'AGORA_BAD_INPUT',
    `${store.location} holds several conferences (${all.map((c) => `"${c.slug}"`).join(', ')}); name one with --conference.`,
    { problems: [{ where: 'conference', message: 'name the conference' }] },
  );
}
