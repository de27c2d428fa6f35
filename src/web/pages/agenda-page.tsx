/**
 * "My agenda": the entries starred in this browser. The stars live in localStorage, so the list
 * is drawn by the client script from the programme embedded here; without JavaScript the page
 * says why it is empty and where else to go.
 */
import { agendaEntries } from '../agenda-data.ts';
import { Layout } from './layout.tsx';
import type { PageContext, ProgrammeContext } from './page-context.ts';

export function AgendaPage({ page }: { page: PageContext }) {
  const programme = page.programme as ProgrammeContext;
  const { messages: m, link } = page;
  // A data attribute, not a script element: Preact escapes it like any attribute and the browser
  // hands it back unescaped, so no programme text is ever written into the page unescaped.
  const data = JSON.stringify(agendaEntries(programme.entries, m, link));
  return (
    <Layout page={page} title={m.agenda.title} current="agenda">
      <h1>{m.agenda.title}</h1>
      <p>{m.agenda.intro}</p>
      <p class="no-script" data-no-script>
        {m.agenda.noScript}
      </p>
      <section id="agenda" class="agenda" data-entries={data} data-ics={link('/agenda.ics')} aria-live="polite" />
    </Layout>
  );
}
