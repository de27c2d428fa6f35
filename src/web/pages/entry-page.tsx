/** One entry with all its facts: when, where, sponsors, description, panels, notes and status. */
import type { ComponentChildren } from 'preact';
import type { StoredEntry } from '../../model/programme.ts';
import { entryName } from '../entry-name.ts';
import { CancelledBadge, SponsoredTitle, StarButton, isCancelled } from './entry-parts.tsx';
import { Layout } from './layout.tsx';
import type { PageContext, ProgrammeContext } from './page-context.ts';

function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function VenueFact({ page, name }: { page: PageContext; name: string }) {
  const m = page.messages.entryPage;
  const venue = (page.programme as ProgrammeContext).programme.venues.find((known) => known.name === name);
  const details = [venue?.building ? m.building(venue.building) : null, venue?.capacity ? m.capacity(venue.capacity) : null].filter((text) => text !== null);
  return (
    <>
      {name}
      {details.length > 0 && <span class="venue-details"> {m.venueDetails(details)}</span>}
    </>
  );
}

export function EntryPage({ page, entry }: { page: PageContext; entry: StoredEntry }) {
  const programme = page.programme as ProgrammeContext;
  const { messages: m, format, link } = page;
  const e = m.entryPage;
  const name = entryName(entry, m);
  const cancelled = isCancelled(entry);
  const notes = entry.notes.map((id) => programme.programme.notes.find((note) => note.id === id)).filter((note) => note !== undefined);
  return (
    <Layout page={page} title={name} current={null}>
      {entry.date !== null && (
        <p class="breadcrumb">
          <a href={link(`/days/${entry.date}`)}>{e.backToDay(format.day(entry.date))}</a>
        </p>
      )}
      <article class={cancelled ? 'entry cancelled' : 'entry'}>
        <h1>
          {cancelled ? <s>{name}</s> : name}
          {entry.continued && (
            <>
              {' '}
              <i class="continued">{m.entry.continued}</i>
            </>
          )}
        </h1>
        {cancelled && (
          <p class="cancelled-notice" role="note">
            <CancelledBadge page={page} /> {m.entry.cancelledNotice}
          </p>
        )}
        <h2 class="visually-hidden">{e.facts}</h2>
        <dl class="facts">
          <Fact term={e.kind}>{m.kinds[entry.kind]}</Fact>
          <Fact term={e.status}>{cancelled ? m.entry.cancelled : m.entry.scheduled}</Fact>
          <Fact term={e.day}>{entry.date === null ? m.entry.dateUnknown : <a href={link(`/days/${entry.date}`)}>{format.day(entry.date)}</a>}</Fact>
          <Fact term={e.time}>{entry.start === null ? m.entry.timeUnknown : format.timeRange(entry.start, entry.end)}</Fact>
          <Fact term={e.venue}>{entry.venue === null ? m.entry.venueUnknown : <VenueFact page={page} name={entry.venue} />}</Fact>
          {entry.agendaItem !== null && <Fact term={e.agendaItem}>{entry.agendaItem}</Fact>}
          {entry.continued && <Fact term={e.continued}>{e.continuedValue}</Fact>}
          {entry.sponsors.length > 0 && <Fact term={e.sponsors}>{entry.sponsors.join(m.sponsorSeparator)}</Fact>}
          {entry.expectedAttendance !== null && <Fact term={e.expectedAttendance}>{entry.expectedAttendance}</Fact>}
        </dl>
        {entry.description !== null && (
          <section aria-labelledby="description-heading">
            <h2 id="description-heading">{e.description}</h2>
            <p class="description">{entry.description}</p>
          </section>
        )}
        {entry.parts.length > 0 && (
          <section aria-labelledby="parts-heading">
            <h2 id="parts-heading">{e.partsHeading}</h2>
            {entry.parts.map((part, index) => (
              <section class="part" key={part.label} aria-labelledby={`part-${index}`}>
                <h3 id={`part-${index}`}>
                  <span class="part-label">{m.entry.partLabel(part.label)}</span> <SponsoredTitle page={page} sponsors={part.sponsors} title={part.title} />
                </h3>
                {part.description !== null && <p class="description">{part.description}</p>}
              </section>
            ))}
          </section>
        )}
        {notes.length > 0 && (
          <section aria-labelledby="notes-heading">
            <h2 id="notes-heading">{e.notesHeading}</h2>
            <ul class="notes">
              {notes.map((note) => (
                <li key={note.id}>{note.text}</li>
              ))}
            </ul>
          </section>
        )}
        <section class="actions" aria-labelledby="actions-heading">
          <h2 id="actions-heading" class="visually-hidden">
            {e.actions}
          </h2>
          <a class="button" href={link(`/entries/${encodeURIComponent(entry.id)}.ics`)} download={`${entry.id}.ics`}>
            {e.addToCalendar}
          </a>{' '}
          <StarButton page={page} entry={entry} compact={false} />
        </section>
      </article>
    </Layout>
  );
}
