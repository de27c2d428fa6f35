/**
 * One entry's own history, newest first: when, who, what kind of change, and each field
 * before → after. Given the entry's changes and the users' names, it renders anywhere an entry
 * is shown (the entry's form, a dialog).
 */
import { entryFieldChanges } from '../../../model/entry-diff.ts';
import type { Entry } from '../../../model/programme.ts';
import type { Change } from '../../../store/change.ts';

interface EntryHistoryProps {
  /** The entry's changes, in any order. */
  changes: readonly Change[];
  /** Users' names by e-mail; other actors ("cli", "token:desk-1") show as recorded. */
  names: ReadonlyMap<string, string>;
  /** The conference's IANA zone, for the time of each change; UTC when unknown. */
  timeZone?: string | null;
}

function when(at: string, timeZone: string): string {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return format.format(new Date(at));
}

function undoneRevision(change: Change): number | null {
  return typeof change.meta.undoes === 'number' ? change.meta.undoes : null;
}

export function EntryHistory({ changes, names, timeZone }: EntryHistoryProps) {
  const zone = timeZone ?? 'UTC';
  const newestFirst = [...changes].sort((a, b) => b.revision - a.revision);
  if (newestFirst.length === 0) return <p class="entry-history-empty">No changes since the programme was imported.</p>;
  return (
    <ol class="entry-history" reversed>
      {newestFirst.map((change) => {
        const fields = entryFieldChanges(change.before as Entry | null, change.after as Entry | null);
        const undoes = undoneRevision(change);
        return (
          <li key={change.revision} id={`change-${change.revision}`}>
            <p class="entry-history-head">
              <time dateTime={change.at}>{when(change.at, zone)}</time> · <span class="entry-history-who">{names.get(change.actor) ?? change.actor}</span> ·{' '}
              <span class="entry-history-kind">{change.kind}</span>
              {undoes !== null ? <span class="entry-history-undo"> (undoes revision {undoes})</span> : null}{' '}
              <span class="entry-history-revision">revision {change.revision}</span>
            </p>
            {fields.length > 0 ? (
              <dl class="entry-history-fields">
                {fields.map((field) => (
                  <div key={field.field}>
                    <dt>{field.field}</dt>
                    <dd>
                      <del>{field.before ?? '—'}</del> → <ins>{field.after ?? '—'}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
