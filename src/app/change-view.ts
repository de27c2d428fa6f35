/** A change as readers see it, on the live feed and in the API. */
import type { Change } from '../store/change.ts';

/**
 * The change without its bulk: an import (a change of the whole programme) says `reload`
 * instead of carrying the programme before and after. A release says `reload` too (where the
 * public sees releases only, it is what changes the programme) and carries the release.
 */
export function changeView(change: Change) {
  const wholeProgramme = change.entryId === null;
  return {
    revision: change.revision,
    at: change.at,
    actor: change.actor,
    kind: change.kind,
    entryId: change.entryId,
    before: wholeProgramme ? null : change.before,
    // A release's after is the release itself (its number, name and comment): public, and small.
    after: wholeProgramme && change.kind !== 'release' ? null : change.after,
    reload: wholeProgramme,
  };
}
