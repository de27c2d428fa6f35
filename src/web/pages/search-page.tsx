/** Search and filters: a plain GET form that works without JavaScript, then the entries found. */
import type { StoredEntry } from '../../model/programme.ts';
import { ENTRY_KINDS } from '../../model/programme.ts';
import type { Messages } from '../messages.ts';
import { MAX_QUERY_LENGTH, sponsorNames, venueNames, type SearchField, type SearchProblem, type SearchRequest } from '../search.ts';
import { EntryList } from './entry-parts.tsx';
import { Layout } from './layout.tsx';
import type { PageContext, ProgrammeContext } from './page-context.ts';

export function problemText(problem: SearchProblem, messages: Messages): string {
  const p = messages.search.problem;
  if (problem.kind === 'repeated') return p.repeated(messages.search[problem.field]);
  if (problem.kind === 'too-long') return p.q(problem.max);
  return p[problem.field](problem.value);
}

function fieldProps(field: SearchField, problems: SearchProblem[]) {
  const index = problems.findIndex((problem) => problem.field === field);
  return index === -1 ? {} : { 'aria-invalid': true as const, 'aria-describedby': `problem-${index}` };
}

export function SearchPage({ page, search, results }: { page: PageContext; search: SearchRequest; results: StoredEntry[] }) {
  const programme = page.programme as ProgrammeContext;
  const { messages: m, format, link } = page;
  const s = m.search;
  const { input, problems } = search;
  return (
    <Layout page={page} title={s.title} current="search">
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
      {problems.length > 0 && (
        <div class="problems" role="alert">
          <p>{s.problemsHeading}</p>
          <ul>
            {problems.map((problem, index) => (
              <li id={`problem-${index}`} key={index}>
                {problemText(problem, m)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form class="search-form" method="get" action={link('/search')} role="search">
        <div class="field field-q">
          <label for="search-q">{s.q}</label>
          <input id="search-q" type="search" name="q" value={input.q} maxLength={MAX_QUERY_LENGTH} {...fieldProps('q', problems)} />
        </div>
        <div class="field">
          <label for="search-day">{s.day}</label>
          <select id="search-day" name="day" {...fieldProps('day', problems)}>
            <option value="">{s.anyDay}</option>
            {programme.days.map((date) => (
              <option key={date} value={date} selected={input.day === date}>
                {format.dayAbbreviated(date)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="search-venue">{s.venue}</label>
          <select id="search-venue" name="venue" {...fieldProps('venue', problems)}>
            <option value="">{s.anyVenue}</option>
            {venueNames(programme.programme).map((name) => (
              <option key={name} value={name} selected={input.venue === name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="search-sponsor">{s.sponsor}</label>
          <input id="search-sponsor" type="text" name="sponsor" list="sponsor-names" value={input.sponsor} {...fieldProps('sponsor', problems)} />
          <datalist id="sponsor-names">
            {sponsorNames(programme.programme, m.locale).map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
        <div class="field">
          <label for="search-kind">{s.kind}</label>
          <select id="search-kind" name="kind" {...fieldProps('kind', problems)}>
            <option value="">{s.anyKind}</option>
            {ENTRY_KINDS.map((kind) => (
              <option key={kind} value={kind} selected={input.kind === kind}>
                {m.kinds[kind]}
              </option>
            ))}
          </select>
        </div>
        <div class="form-actions">
          <button type="submit">{s.submit}</button> <a href={link('/search')}>{s.reset}</a>
        </div>
      </form>
      {search.asked && (
        <section aria-labelledby="results-heading" class="results">
          <h2 id="results-heading">{s.results(results.length)}</h2>
          {results.length === 0 ? <p class="none">{s.nothingFound}</p> : <EntryList page={page} entries={results} withDay={true} />}
        </section>
      )}
    </Layout>
  );
}
