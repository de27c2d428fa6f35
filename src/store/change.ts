/** One committed edit of a conference, numbered by the conference's revision and kept forever. */

export type ChangeKind = 'import' | 'add' | 'update' | 'move' | 'cancel' | 'restore';

export interface Change {
  revision: number;
  /** ISO 8601 instant of the commit. */
  at: string;
  /** Who made it: "cli", "token:<label>", a user's e-mail … */
  actor: string;
  kind: ChangeKind;
  /** The entry changed, or null for a change of the whole programme (an import). */
  entryId: string | null;
  /** The entry (or for an import, the whole programme) before and after; null where there was none. */
  before: unknown;
  after: unknown;
  meta: Record<string, unknown>;
}

/** A change as a command describes it, before the store gives it its revision and time. */
export type ChangeDraft = Omit<Change, 'revision' | 'at'>;
