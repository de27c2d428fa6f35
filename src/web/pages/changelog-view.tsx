/**
 * A release's changelog as a delegate reads it: what is new, cancelled, back, withdrawn, moved
 * (where and when it was, and is now) and otherwise changed (which fields, before → after).
 *
 * The same markup is the changes page's and, escaped once more, each feed item's content, so
 * it uses plain lists and no classes that only the stylesheet gives meaning to.
 */
import type { Changelog, Placement } from '../../model/changelog.ts';
import { isEmptyChangelog } from '../../model/changelog.ts';
import type { FieldChange } from '../../model/entry-diff.ts';
import type { Entry, EntryKind } from '../../model/programme.ts';
import { entryName } from '../entry-name.ts';
import type { Messages } from '../messages.ts';
import type { WallClockFormat } from '../wall-clock-format.ts';

export interface ChangelogViewProps {
  messages: Messages;
  format: WallClockFormat;
  changelog: Changelog;
  /** The name of the release compared with, or null for the first release. */
  previous: string | null;
  /** Where an entry's page is, or null to name it without a link (an entry no longer there). */
  entryHref: (id: string) => string | null;
  /** A footnote's text by its id, to say which footnotes an entry gained or lost. */
  noteText: (id: string) => string | null;
}

function placementText(placement: Placement, messages: Messages, format: WallClockFormat): string {
  const day = placement.date === null ? null : format.dayShort(placement.date);
  const time = placement.start === null ? null : format.timeRange(placement.start, placement.end);
  return messages.changes.placement(day, time, placement.venue);
}

/** A field's value in a reader's words: days and times as the pages print them, kinds by name. */
function valueText(change: FieldChange, value: string | null, props: ChangelogViewProps): string {
  const { messages: m, format } = props;
  if (value === null) return m.changes.noValue;
  switch (change.field) {
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? format.dayShort(value) : value;
    case 'start':
    case 'end':
      return /^\d{2}:\d{2}$/.test(value) ? format.time(value) : value;
    case 'kind':
      return m.kinds[value as EntryKind] ?? value;
    case 'continued':
      return value === 'yes' ? m.changes.yes : m.changes.no;
    case 'notes':
      return value
        .split('; ')
        .map((id) => props.noteText(id) ?? id)
        .join(m.listSeparator);
    default:
      return value;
  }
}

function EntryName({ entry, props }: { entry: Entry; props: ChangelogViewProps }) {
  const name = entryName(entry, props.messages);
  const href = props.entryHref(entry.id);
  return <strong>{href === null ? name : <a href={href}>{name}</a>}</strong>;
}

function FieldChanges({ fields, props }: { fields: FieldChange[]; props: ChangelogViewProps }) {
  const c = props.messages.changes;
  return (
    <ul>
      {fields.map((change) => (
        <li key={change.field}>
          {c.fields[change.field]}: <del>{valueText(change, change.before, props)}</del> → <ins>{valueText(change, change.after, props)}</ins>
        </li>
      ))}
    </ul>
  );
}

function Placed({ entry, props }: { entry: Entry; props: ChangelogViewProps }) {
  return (
    <li>
      <EntryName entry={entry} props={props} /> ({placementText(entry, props.messages, props.format)})
    </li>
  );
}

function Section({ heading, children, count, counted = true }: { heading: string; children: preact.ComponentChildren; count: number; counted?: boolean }) {
  if (count === 0) return null;
  return (
    <>
      <h3>{counted ? `${heading} (${count})` : heading}</h3>
      <ul>{children}</ul>
    </>
  );
}

export function ChangelogView(props: ChangelogViewProps) {
  const { changelog, messages: m, format, previous } = props;
  const c = m.changes;
  if (previous === null) {
    return (
      <div class="changelog">
        <p>{c.first(changelog.added.length)}</p>
        {changelog.added.length > 0 && (
          <details>
            <summary>{c.firstList}</summary>
            <ul>
              {changelog.added.map((entry) => (
                <Placed key={entry.id} entry={entry} props={props} />
              ))}
            </ul>
          </details>
        )}
      </div>
    );
  }
  if (isEmptyChangelog(changelog)) {
    return (
      <div class="changelog">
        <p>{c.nothing}</p>
      </div>
    );
  }
  return (
    <div class="changelog">
      <p>{c.since(previous)}</p>
      <Section heading={c.added} count={changelog.added.length}>
        {changelog.added.map((entry) => (
          <Placed key={entry.id} entry={entry} props={props} />
        ))}
      </Section>
      <Section heading={c.cancelled} count={changelog.cancelled.length}>
        {changelog.cancelled.map((entry) => (
          <Placed key={entry.id} entry={entry} props={props} />
        ))}
      </Section>
      <Section heading={c.restored} count={changelog.restored.length}>
        {changelog.restored.map((entry) => (
          <Placed key={entry.id} entry={entry} props={props} />
        ))}
      </Section>
      <Section heading={c.removed} count={changelog.removed.length}>
        {changelog.removed.map((entry) => (
          <Placed key={entry.id} entry={entry} props={props} />
        ))}
      </Section>
      <Section heading={c.moved} count={changelog.moved.length}>
        {changelog.moved.map((moved) => (
          <li key={moved.entry.id}>
            <EntryName entry={moved.entry} props={props} />: {c.was} <del>{placementText(moved.from, m, format)}</del>, {c.now}{' '}
            <ins>{placementText(moved.to, m, format)}</ins>
            {moved.fields.length > 0 && <FieldChanges fields={moved.fields} props={props} />}
          </li>
        ))}
      </Section>
      <Section heading={c.changed} count={changelog.changed.length}>
        {changelog.changed.map((changed) => (
          <li key={changed.entry.id}>
            <EntryName entry={changed.entry} props={props} />
            <FieldChanges fields={changed.fields} props={props} />
          </li>
        ))}
      </Section>
      <Section heading={c.other} count={changelog.around.length} counted={false}>
        {changelog.around.map((what) => (
          <li key={what}>{c.around[what]}</li>
        ))}
      </Section>
    </div>
  );
}
