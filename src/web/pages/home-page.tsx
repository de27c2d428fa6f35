/** The conference's home: what it is, its days, ways in (now, search, agenda), monitors, exports. */
import { EXPORT_PATHS } from '../../http/export-routes.ts';
import { Layout } from './layout.tsx';
import type { PageContext, ProgrammeContext } from './page-context.ts';

function buildings(programme: ProgrammeContext): string[] {
  const names = new Set<string>();
  for (const venue of programme.programme.venues) if (venue.building !== null) names.add(venue.building);
  return [...names];
}

export function HomePage({ page }: { page: PageContext }) {
  const programme = page.programme as ProgrammeContext;
  const { messages: m, format, link } = page;
  const { conference } = programme;
  const title = conference.title ?? conference.session ?? m.agora;
  const first = programme.days[0];
  const last = programme.days.at(-1);
  const dates = conference.startDate !== null && conference.endDate !== null ? format.dayRange(conference.startDate, conference.endDate) : first && last ? format.dayRange(first, last) : null;
  const countOn = (date: string) => programme.entries.filter((entry) => entry.date === date).length;
  const monitorBuildings = buildings(programme);
  return (
    <Layout page={page} title={title} current="home">
      <header class="conference">
        {conference.organizer && <p class="organizer">{conference.organizer}</p>}
        <h1>{title}</h1>
        {conference.session && conference.session !== title && <p class="session">{conference.session}</p>}
        <p class="dates-and-city">{[dates, conference.city].filter((text) => text !== null).join(m.listSeparator)}</p>
        {conference.theme && <p class="theme">{conference.theme}</p>}
      </header>
      {conference.notice && (
        <p class="notice" role="note">
          {conference.notice}
        </p>
      )}
      <section aria-labelledby="days-heading">
        <h2 id="days-heading">{m.home.daysHeading}</h2>
        {programme.days.length === 0 ? (
          <p class="none">{m.home.noDays}</p>
        ) : (
          <ul class="day-list">
            {programme.days.map((date) => (
              <li key={date}>
                <a href={link(`/days/${date}`)}>{format.day(date)}</a> <span class="count">{m.home.dayEntries(countOn(date))}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="find-heading">
        <h2 id="find-heading">{m.home.findHeading}</h2>
        <ul class="link-list">
          <li>
            <a href={link('/now')}>{m.home.nowLink}</a>
          </li>
          <li>
            <a href={link('/search')}>{m.home.searchLink}</a>
          </li>
          <li>
            <a href={link('/agenda')}>{m.home.agendaLink}</a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="monitors-heading" class="no-print">
        <h2 id="monitors-heading">{m.home.monitorsHeading}</h2>
        <ul class="link-list">
          {monitorBuildings.map((building) => (
            <li key={building}>
              <a href={link(`/monitor?building=${encodeURIComponent(building)}`)}>{m.home.monitorLink(building)}</a>
            </li>
          ))}
          {monitorBuildings.length === 0 && (
            <li>
              <a href={link('/monitor')}>{m.home.monitorAll}</a>
            </li>
          )}
        </ul>
      </section>
      <section aria-labelledby="exports-heading" class="no-print">
        <h2 id="exports-heading">{m.home.exportsHeading}</h2>
        <p>{m.home.exportsIntro}</p>
        <ul class="link-list">
          {EXPORT_PATHS.map(({ path, format: id }) => (
            <li key={path}>
              <a href={link(path)}>{m.home.exports[id]}</a>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
