/** What is on now and next, on the conference's clock, with a form to preview another moment. */
import type { StoredEntry } from '../../model/programme.ts';
import type { NowAndNext, WallClockMoment } from '../now-and-next.ts';
import { EntryList } from './entry-parts.tsx';
import { Layout } from './layout.tsx';
import type { PageContext, ProgrammeContext } from './page-context.ts';

export interface NowPageProps {
  page: PageContext;
  /** The moment shown, or null when the conference names no zone and none was asked for. */
  moment: WallClockMoment | null;
  result: NowAndNext<StoredEntry> | null;
  preview: boolean;
  /** The `at` value that could not be read, shown back with a message. */
  badAt: string | null;
}

function During({ page, result, moment }: { page: PageContext; result: Extract<NowAndNext<StoredEntry>, { when: 'during' }>; moment: WallClockMoment }) {
  const { messages: m, format, link } = page;
  return (
    <>
      <section aria-labelledby="now-heading">
        <h2 id="now-heading">{m.now.onNow}</h2>
        {result.onNow.length === 0 ? <p class="none">{m.now.nothingNow}</p> : <EntryList page={page} entries={result.onNow} withDay={false} />}
      </section>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">{result.next ? m.now.next(format.time(result.next.start)) : m.now.nextHeading}</h2>
        {result.next === null ? <p class="none">{m.now.nothingNext}</p> : <EntryList page={page} entries={result.next.entries} withDay={false} />}
      </section>
      <p>
        <a href={link(`/days/${moment.date}`)}>{m.now.wholeDay(format.day(moment.date))}</a>
      </p>
    </>
  );
}

function Outside({ page, result }: { page: PageContext; result: Exclude<NowAndNext<StoredEntry>, { when: 'during' }> }) {
  const { messages: m, format, link } = page;
  if (result.when === 'no-dates') return <p class="outside">{m.now.noDates}</p>;
  const day = result.when === 'before' ? result.first : result.last;
  const text = result.when === 'before' ? m.now.before(format.day(day)) : m.now.after(format.day(day));
  return (
    <p class="outside">
      {text} <a href={link(`/days/${day}`)}>{format.day(day)}</a>
    </p>
  );
}

export function NowPage({ page, moment, result, preview, badAt }: NowPageProps) {
  const programme = page.programme as ProgrammeContext;
  const { messages: m, format, link } = page;
  const zone = programme.conference.timeZone;
  const place = zone === null ? null : m.now.place(programme.conference.city, zone);
  return (
    <Layout page={page} title={m.now.title} current="now">
      <h1>{m.now.title}</h1>
      {badAt !== null && (
        <div class="problems" role="alert">
          <p id="at-problem">{m.now.badAt(badAt)}</p>
        </div>
      )}
      {moment === null ? (
        <p class="outside">{m.now.noZone}</p>
      ) : (
        <>
          <p class="moment">
            <time dateTime={`${moment.date}T${moment.time}`}>{m.now.at(format.day(moment.date), format.time(moment.time), place)}</time>
          </p>
          {preview && (
            <p class="preview">
              {m.now.preview} <a href={link('/now')}>{m.now.backToNow}</a>
            </p>
          )}
        </>
      )}
      {moment !== null && result !== null && (result.when === 'during' ? <During page={page} result={result} moment={moment} /> : <Outside page={page} result={result} />)}
      <form class="preview-form" method="get" action={link('/now')}>
        <label for="preview-at">{m.now.previewLabel}</label>{' '}
        <input
          id="preview-at"
          type="datetime-local"
          name="at"
          value={moment ? `${moment.date}T${moment.time}` : undefined}
          aria-invalid={badAt !== null ? true : undefined}
          aria-describedby={badAt !== null ? 'at-problem' : undefined}
        />{' '}
        <button type="submit">{m.now.previewSubmit}</button>
      </form>
    </Layout>
  );
}
