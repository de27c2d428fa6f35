/**
 * When a conference's changes reach its readers: `live`, every change is public at once (the
 * default, for the conference week); `release`, readers see the newest release while the
 * secretariat drafts the next one. Editors always see the draft.
 */
export type Publication = 'live' | 'release';

/** Every mode, in the order the settings page offers them. */
export const PUBLICATIONS = ['live', 'release'] as const satisfies readonly Publication[];

/** Each mode in the words the settings page and the history use. */
export const PUBLICATION_WORDS: Readonly<Record<Publication, string>> = {
  live: 'every change is public at once',
  release: 'public on release',
};

/** The mode a conference has when nothing says otherwise. */
export const DEFAULT_PUBLICATION: Publication = 'live';

export function isPublication(value: unknown): value is Publication {
  return typeof value === 'string' && (PUBLICATIONS as readonly string[]).includes(value);
}

/**
 * The mode a stored value or a recorded setting names; anything else (a settings change
 * recorded before the mode existed) is the default.
 *
 * Examples: `publicationOf('release')` is `'release'`; `publicationOf(undefined)` is `'live'`.
 */
export function publicationOf(value: unknown): Publication {
  return isPublication(value) ? value : DEFAULT_PUBLICATION;
}
