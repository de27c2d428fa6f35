/** One committed edit of a conference, numbered by the conference's revision and kept forever. */

/**
 * `venue`, `settings` and `note` change the conference around its entries (a venue, the
 * conference's own fields, a footnote): their entryId is null, and readers reload.
 * `release` publishes the programme as it is (its after is the {@link Release}); it changes no
 * entry, but in "public on release" mode it is what readers see change.
 */
export type ChangeKind = 'import' | 'add' | 'update' | 'move' | 'cancel' | 'restore' | 'venue' | 'settings' | 'note' | 'release';

/** Every kind, for validation and schemas. */
export const CHANGE_KINDS = ['import', 'add', 'update', 'move', 'cancel', 'restore', 'venue', 'settings', 'note', 'release'] as const satisfies readonly ChangeKind[];

export interface Change {
  revision: number;
  /** ISO 8601 instant of the commit. */
  at: string;
  /** Who made it: "cli", "token:<label>", a user's e-mail … */
  actor: string;
  kind: ChangeKind;
  /** The entry changed, or null for a change of the whole programme (an import) or of what is around the entries (a venue, the settings, a note). */
  entryId: string | null;
  /** The entry (for an import the whole programme; for a venue, settings or note change that object) before and after; null where there was none. */
  before: unknown;
  after: unknown;
  meta: Record<string, unknown>;
}

/** A change as a command describes it, before the store gives it its revision and time. */
export type ChangeDraft = Omit<Change, 'revision' | 'at'>;
