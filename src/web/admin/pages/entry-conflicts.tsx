/**
 * The conflicts an entry's values would leave (or leave now), errors first, each naming the other
 * entries with links to their forms. The client script refills the same list as the clerk types,
 * so its markup is the contract of `client/entry-form.ts`: `[data-entry-conflicts]` holding
 * `ul > li.conflict.conflict-<severity>`.
 */
import type { ConflictFinding } from '../../../model/conflicts/index.ts';
import { conflictSummary, errorsFirst, SEVERITY_LABELS, type ConflictsOf } from '../client/entry-form-conflicts.ts';

interface EntryConflictsProps {
  conflicts: readonly ConflictFinding[];
  of: ConflictsOf;
  titles: Readonly<Record<string, string>>;
  /** The entry of the form, which every finding names and which is not linked. */
  selfId: string | null;
  link: (entryId: string) => string;
  saveAnyway: boolean;
  formId: string;
}

export function EntryConflicts({ conflicts, of, titles, selfId, link, saveAnyway, formId }: EntryConflictsProps) {
  const ordered = errorsFirst(conflicts);
  return (
    <section class="entry-conflicts" aria-labelledby="entry-conflicts-title" data-entry-conflicts>
      <h2 id="entry-conflicts-title">Conflicts</h2>
      <p class="entry-conflicts-summary" aria-live="polite" data-conflicts-summary>
        {conflictSummary(conflicts, of)}
      </p>
      <ul class="conflict-list" data-conflict-list>
        {ordered.map((finding, index) => (
          <li key={index} class={`conflict conflict-${finding.severity}`}>
            <strong class="conflict-severity">{SEVERITY_LABELS[finding.severity]}</strong> {finding.message}
            {finding.entries
              .filter((id) => id !== selfId)
              .map((id) => (
                <>
                  {' '}
                  <a key={id} href={link(id)}>
                    {titles[id] ?? id}
                  </a>
                </>
              ))}
          </li>
        ))}
      </ul>
      {saveAnyway ? (
        <p class="entry-save-anyway">
          <button type="submit" form={formId} name="intent" value="save-anyway" class="button-danger">
            Save anyway
          </button>
        </p>
      ) : null}
    </section>
  );
}
