/** Pieces of an entry that several pages show: its linked name, markers, status, star, card. */
import type { Entry, Part } from '../../model/programme.ts';
import { entryName } from '../entry-name.ts';
import type { PageContext } from './page-context.ts';

export function isCancelled(entry: Entry): boolean {
  return entry.status === 'cancelled';
}

/** Struck through when cancelled: the text stays readable, so delegates see what is off. */
function Struck({ when, children }: { when: boolean; children: preact.ComponentChildren }) {
  return when ? <s>{children}</s> : <>{children}</>;
}

export function CancelledBadge({ page }: { page: PageContext }) {
  return <strong class="badge badge-cancelled">{page.messages.entry.cancelled}</strong>;
}

/** Footnote markers after a title, each linking to its note on the page. */
export function NoteMarkers({ page, entry }: { page: PageContext; entry: Entry }) {
  const markers = page.programme?.markers;
  if (!markers || entry.notes.length === 0) return null;
  return (
    <>
      {entry.notes.map((id) => {
        const marker = markers.get(id);
        if (marker === undefined) return null;
        return (
          <sup class="note-marker" key={id}>
            {' '}
            <a href={`#note-${id}`} aria-label={page.messages.entry.noteMarkerLabel(marker)}>
              {marker}
            </a>
          </sup>
        );
      })}
    </>
  );
}

/**
 * The star that keeps an entry in "my agenda"; hidden until the client script can keep it.
 * A compact star (in tables and lists) shows only its icon; its words stay for screen readers.
 */
export function StarButton({ page, entry, compact = true }: { page: PageContext; entry: Entry; compact?: boolean }) {
  const m = page.messages.star;
  return (
    <button type="button" class={compact ? 'star compact' : 'star'} data-star={entry.id} data-starred="false" title={compact ? m.add : undefined} hidden>
      <span class="star-icon" aria-hidden="true">
        {m.iconOff}
      </span>
      <span class={compact ? 'star-label visually-hidden' : 'star-label'}>{m.add}</span>
    </button>
  );
}

function Sponsors({ page, sponsors }: { page: PageContext; sponsors: string[] }) {
  return <span class="sponsors">{sponsors.join(page.messages.sponsorSeparator)}</span>;
}

/** "Sponsor / Sponsor: Title", as the side-event table prints it. */
export function SponsoredTitle({ page, sponsors, title }: { page: PageContext; sponsors: string[]; title: preact.ComponentChildren }) {
  if (sponsors.length === 0) return <>{title}</>;
  return (
    <>
      <Sponsors page={page} sponsors={sponsors} />
      {page.messages.entry.sponsorsTitleSeparator}
      {title}
    </>
  );
}

export function PartLine({ page, part }: { page: PageContext; part: Part }) {
  return (
    <>
      <span class="part-label">{page.messages.entry.partLabel(part.label)}</span> <SponsoredTitle page={page} sponsors={part.sponsors} title={part.title} />
    </>
  );
}

/** The entry's name linking to its page, with "(continued)", note markers and "Cancelled". */
export function EntryLink({ page, entry, name }: { page: PageContext; entry: Entry; name?: string }) {
  const cancelled = isCancelled(entry);
  return (
    <>
      <Struck when={cancelled}>
        <a href={page.link(`/entries/${encodeURIComponent(entry.id)}`)}>{name ?? entryName(entry, page.messages)}</a>
      </Struck>
      {entry.continued && (
        <>
          {' '}
          <i class="continued">{page.messages.entry.continued}</i>
        </>
      )}
      <NoteMarkers page={page} entry={entry} />
      {cancelled && (
        <>
          {' '}
          <CancelledBadge page={page} />
        </>
      )}
    </>
  );
}

/** When and where, on one line: "Monday 15 October · 13:00–14:00 · R1". */
export function WhenAndWhere({ page, entry, withDay }: { page: PageContext; entry: Entry; withDay: boolean }) {
  const { messages: m, format } = page;
  const parts: string[] = [];
  if (withDay) parts.push(entry.date === null ? m.entry.dateUnknown : format.dayShort(entry.date));
  parts.push(entry.start === null ? m.entry.timeUnknown : format.timeRange(entry.start, entry.end));
  if (entry.venue !== null) parts.push(entry.venue);
  return <p class="when">{parts.join(m.detailSeparator)}</p>;
}

/** An entry in a list (search results, now and next): when, where, name, sponsors. */
export function EntryCard({ page, entry, withDay }: { page: PageContext; entry: Entry; withDay: boolean }) {
  const sponsors = entry.parts.length > 0 ? [] : entry.sponsors;
  return (
    <li class={isCancelled(entry) ? 'entry-card cancelled' : 'entry-card'}>
      <WhenAndWhere page={page} entry={entry} withDay={withDay} />
      <p class="entry-name">
        <EntryLink page={page} entry={entry} name={entry.parts.length > 0 ? page.messages.entry.splitPanel : undefined} /> <StarButton page={page} entry={entry} />
      </p>
      {sponsors.length > 0 && (
        <p class="entry-sponsors">
          <Sponsors page={page} sponsors={sponsors} />
        </p>
      )}
      {entry.parts.length > 0 && (
        <ul class="parts">
          {entry.parts.map((part) => (
            <li key={part.label}>
              <PartLine page={page} part={part} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function EntryList({ page, entries, withDay }: { page: PageContext; entries: Entry[]; withDay: boolean }) {
  return (
    <ol class="entry-list">
      {entries.map((entry) => (
        <EntryCard key={entry.id} page={page} entry={entry} withDay={withDay} />
      ))}
    </ol>
  );
}
