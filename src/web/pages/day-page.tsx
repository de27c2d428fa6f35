/**
 * A day as the printed programme lays it out: "Time | Plenary | Parallel meeting" by slot, then
 * "Time | Venue | Side event | Description", footnotes and the notice.
 */
import type { Entry, StoredEntry } from '../../model/programme.ts';
import { dayView, type MeetingRow, type Slot } from '../day-view.ts';
import { EntryLink, NoteMarkers, PartLine, SponsoredTitle, StarButton, isCancelled, CancelledBadge } from './entry-parts.tsx';
import { Layout } from './layout.tsx';
import type { PageContext, ProgrammeContext } from './page-context.ts';

function SlotTime({ page, slot, rows }: { page: PageContext; slot: Slot<Entry, unknown>; rows: number }) {
  const { messages: m, format } = page;
  return (
    <th scope="rowgroup" rowSpan={rows > 1 ? rows : undefined} class="time">
      {slot.start === null ? m.entry.timeUnknown : format.timeRange(slot.start, slot.end)}
    </th>
  );
}

function MeetingCell({ page, entry, label }: { page: PageContext; entry: Entry | null; label: string }) {
  if (entry === null) return <td class="empty" data-label={label} />;
  return (
    <td data-label={label} class={isCancelled(entry) ? 'cancelled' : undefined}>
      <EntryLink page={page} entry={entry} /> <StarButton page={page} entry={entry} />
    </td>
  );
}

function MeetingsTable({ page, slots }: { page: PageContext; slots: Slot<StoredEntry, MeetingRow<StoredEntry>>[] }) {
  const m = page.messages.day;
  return (
    <table class="programme-table meetings">
      <thead>
        <tr>
          <th scope="col" class="time">
            {m.time}
          </th>
          <th scope="col">{m.plenary}</th>
          <th scope="col">{m.parallel}</th>
        </tr>
      </thead>
      {slots.map((slot, slotIndex) => (
        <tbody key={slotIndex}>
          {slot.rows.map((row, index) => (
            <tr key={index} class={index > 0 ? 'continuation' : undefined}>
              {index === 0 && <SlotTime page={page} slot={slot} rows={slot.rows.length} />}
              <MeetingCell page={page} entry={row.plenary} label={m.plenary} />
              <MeetingCell page={page} entry={row.parallel} label={m.parallel} />
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

function SideEventCell({ page, entry }: { page: PageContext; entry: Entry }) {
  const m = page.messages;
  if (entry.parts.length === 0) {
    return (
      <>
        <SponsoredTitle page={page} sponsors={entry.sponsors} title={<EntryLink page={page} entry={entry} name={entry.title} />} />{' '}
        <StarButton page={page} entry={entry} />
      </>
    );
  }
  const cancelled = isCancelled(entry);
  const link = <a href={page.link(`/entries/${encodeURIComponent(entry.id)}`)}>{m.entry.splitPanel}</a>;
  return (
    <>
      {cancelled ? <s>{link}</s> : link}
      <NoteMarkers page={page} entry={entry} />
      {cancelled && (
        <>
          {' '}
          <CancelledBadge page={page} />
        </>
      )}{' '}
      <StarButton page={page} entry={entry} />
      <ul class="parts">
        {entry.parts.map((part) => (
          <li key={part.label}>
            {cancelled ? (
              <s>
                <PartLine page={page} part={part} />
              </s>
            ) : (
              <PartLine page={page} part={part} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function Description({ page, entry }: { page: PageContext; entry: Entry }) {
  if (entry.parts.length === 0) return entry.description === null ? null : <p class="description">{entry.description}</p>;
  return (
    <>
      {entry.parts
        .filter((part) => part.description !== null)
        .map((part) => (
          <p class="description" key={part.label}>
            <span class="part-label">{page.messages.entry.partLabel(part.label)}</span> {part.description}
          </p>
        ))}
    </>
  );
}

function SideEventsTable({ page, slots }: { page: PageContext; slots: Slot<StoredEntry>[] }) {
  const m = page.messages.day;
  return (
    <table class="programme-table side-events">
      <thead>
        <tr>
          <th scope="col" class="time">
            {m.time}
          </th>
          <th scope="col" class="venue">
            {m.venue}
          </th>
          <th scope="col">{m.sideEvent}</th>
          <th scope="col">{m.description}</th>
        </tr>
      </thead>
      {slots.map((slot, slotIndex) => (
        <tbody key={slotIndex}>
          {slot.rows.map((entry, index) => (
            <tr key={entry.id} class={[index > 0 ? 'continuation' : '', isCancelled(entry) ? 'cancelled' : ''].join(' ').trim() || undefined}>
              {index === 0 && <SlotTime page={page} slot={slot} rows={slot.rows.length} />}
              <td class="venue" data-label={m.venue}>
                {entry.venue ?? page.messages.entry.venueUnknown}
              </td>
              <td data-label={m.sideEvent}>
                <SideEventCell page={page} entry={entry} />
              </td>
              <td data-label={m.description} class={entry.description === null && entry.parts.every((part) => part.description === null) ? 'empty' : undefined}>
                <Description page={page} entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

function Footnotes({ page, entries }: { page: PageContext; entries: Entry[] }) {
  const programme = page.programme as ProgrammeContext;
  const used = new Set(entries.flatMap((entry) => entry.notes));
  const notes = programme.programme.notes.filter((note) => used.has(note.id));
  if (notes.length === 0) return null;
  return (
    <section class="footnotes" aria-labelledby="notes-heading">
      <h2 id="notes-heading" class="visually-hidden">
        {page.messages.day.notesHeading}
      </h2>
      <ul>
        {notes.map((note) => (
          <li id={`note-${note.id}`} key={note.id}>
            <span class="note-marker">{programme.markers.get(note.id)}</span> {note.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DayNav({ page, previous, next }: { page: PageContext; previous: string | null; next: string | null }) {
  const { messages: m, format, link } = page;
  if (previous === null && next === null) return null;
  return (
    <nav class="day-nav" aria-label={m.day.daysNav}>
      {previous !== null && (
        <a rel="prev" href={link(`/days/${previous}`)}>
          {m.day.previous(format.dayShort(previous))}
        </a>
      )}
      {next !== null && (
        <a rel="next" href={link(`/days/${next}`)}>
          {m.day.next(format.dayShort(next))}
        </a>
      )}
    </nav>
  );
}

export function DayPage({ page, date }: { page: PageContext; date: string }) {
  const programme = page.programme as ProgrammeContext;
  const { messages: m, format } = page;
  const view = dayView(programme.entries, programme.days, date);
  const sideEvents = view.sideEvents.flatMap((slot) => slot.rows);
  const meetings = view.meetings.flatMap((slot) => slot.rows.flatMap((row) => [row.plenary, row.parallel])).filter((entry) => entry !== null);
  const title = m.day.title(format.day(date));
  return (
    <Layout page={page} title={title} current="day" currentDay={date}>
      <h1>{title}</h1>
      <DayNav page={page} previous={view.previous} next={view.next} />
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">{m.day.meetingsHeading}</h2>
        {view.meetings.length === 0 ? <p class="none">{m.day.noMeetings}</p> : <MeetingsTable page={page} slots={view.meetings} />}
      </section>
      <section aria-labelledby="side-events-heading">
        <h2 id="side-events-heading">{m.day.sideEventsHeading}</h2>
        {view.sideEvents.length === 0 ? <p class="none">{m.day.noSideEvents}</p> : <SideEventsTable page={page} slots={view.sideEvents} />}
        <Footnotes page={page} entries={[...meetings, ...sideEvents]} />
        {programme.conference.notice && <p class="notice">{programme.conference.notice}</p>}
      </section>
      <DayNav page={page} previous={view.previous} next={view.next} />
    </Layout>
  );
}
