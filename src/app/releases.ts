/**
 * Releases: an editor publishes the programme as it is now under a name ("Update 3") and a
 * comment ("M3 closed on Thursday"). Publishing is a commit of its own (a `release` change), so
 * it is in the change log, moves the revision and reaches every reader over the live feed.
 *
 * A release's changelog compares the programme at its revision with the programme at the
 * previous release's; both are rebuilt from the change log, which is never rewritten, so a
 * changelog once computed never changes and is kept in memory.
 */
import { AgoraError, type Problem } from '../errors.ts';
import { compareProgrammes, type Changelog } from '../model/changelog.ts';
import type { Programme } from '../model/programme.ts';
import type { Release } from '../store/release.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';
import { requireMay, type Actor } from './policy.ts';
import { programmesAt } from './read-programme.ts';

export const MAX_RELEASE_NAME = 100;
export const MAX_RELEASE_COMMENT = 1000;

export interface ReleaseForm {
  name?: unknown;
  comment?: unknown;
}

/** A release with what changed since the one before it. */
export interface ReleaseWithChangelog {
  release: Release;
  /** The release it is compared with; null for the first. */
  previous: Release | null;
  changelog: Changelog;
}

function readForm(form: ReleaseForm): { name: string; comment: string | null } {
  const problems: Problem[] = [];
  const name = typeof form.name === 'string' ? form.name.trim() : '';
  const comment = typeof form.comment === 'string' ? form.comment.trim() : '';
  if (form.name !== undefined && typeof form.name !== 'string') problems.push({ where: 'name', message: 'must be text' });
  else if (name === '') problems.push({ where: 'name', message: 'give the release a name readers will recognise, such as "Update 3"' });
  else if (name.length > MAX_RELEASE_NAME) problems.push({ where: 'name', message: `at most ${MAX_RELEASE_NAME} characters` });
  else if (/[\u0000-\u001f\u007f]/.test(name)) problems.push({ where: 'name', message: 'one line of text, without control characters' });
  if (form.comment !== undefined && form.comment !== null && typeof form.comment !== 'string') problems.push({ where: 'comment', message: 'must be text' });
  else if (comment.length > MAX_RELEASE_COMMENT) problems.push({ where: 'comment', message: `at most ${MAX_RELEASE_COMMENT} characters` });
  if (problems.length > 0) throw new AgoraError('AGORA_BAD_INPUT', 'The release was not published: correct the fields marked.', { problems });
  return { name, comment: comment === '' ? null : comment };
}

/**
 * Publishes the programme as it is now as the conference's next release.
 *
 * Examples: `await publishRelease(store, record, actor, { name: 'Update 3', comment: 'M3 closed on Thursday' })`.
 */
export async function publishRelease(store: Store, record: ConferenceRecord, actor: Actor, form: ReleaseForm): Promise<Release> {
  requireMay(actor, 'publish-releases');
  const fields = readForm(form);
  const { result } = await store.commit(record.id, async (tx) => {
    const release = await tx.putRelease({ ...fields, actor: actor.name, at: new Date().toISOString() });
    return { change: { actor: actor.name, kind: 'release', entryId: null, before: null, after: release, meta: { releaseId: release.id } }, result: release };
  });
  return result;
}

/** The release `id`, or AGORA_NOT_FOUND naming the releases there are. */
export async function findRelease(store: Store, record: ConferenceRecord, id: number): Promise<Release> {
  const release = Number.isSafeInteger(id) && id >= 1 && id <= 2147483647 ? await store.readRelease(record.id, id) : null;
  if (release) return release;
  const all = await store.listReleases(record.id);
  const there = all.length === 0 ? `${record.slug} has no releases yet` : `its releases run from 1 to ${all.length}`;
  throw new AgoraError('AGORA_NOT_FOUND', `There is no release ${id} of ${record.slug}; ${there}.`);
}

const changelogs = new Map<string, Changelog>();

/**
 * Every release with its changelog, newest first. Programmes are rebuilt in one pass over the
 * change log; changelogs already computed are not computed again.
 */
export async function releasesWithChangelogs(store: Store, record: ConferenceRecord): Promise<ReleaseWithChangelog[]> {
  const releases = await store.listReleases(record.id);
  const key = (release: Release) => `${store.location}:${record.id}:${release.id}:${release.revision}`;
  const missing = releases.filter((release) => !changelogs.has(key(release)));
  if (missing.length > 0) {
    const needed = new Set<number>();
    for (const release of missing) {
      needed.add(release.revision);
      const previous = releases[releases.indexOf(release) - 1];
      if (previous) needed.add(previous.revision);
    }
    const programmes = await programmesAt(store, record, [...needed]);
    for (const release of missing) {
      const previous = releases[releases.indexOf(release) - 1];
      const older: Programme | null = previous ? (programmes.get(previous.revision) ?? null) : null;
      const newer = programmes.get(release.revision);
      if (newer) changelogs.set(key(release), compareProgrammes(older, newer));
    }
  }
  return releases
    .map((release, index) => ({ release, previous: releases[index - 1] ?? null, changelog: changelogs.get(key(release)) as Changelog }))
    .reverse();
}

/** The newest release, or null before the first. */
export async function latestRelease(store: Store, record: ConferenceRecord): Promise<Release | null> {
  const releases = await store.listReleases(record.id);
  return releases.at(-1) ?? null;
}
