/**
 * The changes page (`/changes`): every release of the programme, newest first, each with when it
 * was published, the secretariat's comment, what changed since the release before, and the
 * release's own downloads at `/v/<release>/…`. Its feeds are advertised in the head.
 */
import { Temporal } from 'temporal-polyfill';
import type { ReleaseWithChangelog } from '../../app/releases.ts';
import { isTimeZone, wallClockAt } from '../../model/wall-clock.ts';
import type { Release } from '../../store/release.ts';
import { ChangelogView, type ChangelogViewProps } from './changelog-view.tsx';
import { Layout } from './layout.tsx';
import type { PageContext } from './page-context.ts';

/** The downloads each release keeps, in the order a reader looks for them. */
export const RELEASE_DOWNLOADS = [
  { path: '/programme.pdf', label: 'pdf' },
  { path: '/programme.ics', label: 'ical' },
  { path: '/schedule.xml', label: 'xml' },
  { path: '/programme.json', label: 'json' },
  { path: '/programme.csv', label: 'csv' },
] as const;

/** "Monday 12 May 2031 at 09:30", on the conference's clock as `when` gives it. */
export type ReleaseTime = (release: Release) => string;

/**
 * When releases were published, on the clock of the conference's zone (in UTC, said so, when it
 * has none or names one that is not a zone).
 *
 * Examples: `releaseTime(page, 'Europe/Lisbon')(release)` is "Monday 12 May 2031 at 09:30".
 */
export function releaseTime(page: Pick<PageContext, 'messages' | 'format'>, zone: string | null): ReleaseTime {
  const known = zone !== null && isTimeZone(zone) ? zone : null;
  return (release) => {
    const { date, time } = wallClockAt(Temporal.Instant.from(release.at), known ?? 'UTC');
    const text = page.messages.changes.at(page.format.day(date), page.format.time(time));
    return known === null ? `${text} UTC` : text;
  };
}

export function ReleaseDownloads({ page, release }: { page: PageContext; release: Release }) {
  const c = page.messages.changes;
  return (
    <ul class="release-downloads">
      {RELEASE_DOWNLOADS.map(({ path, label }) => (
        <li key={path}>
          <a href={page.link(`/v/${release.id}${path}`)}>{c.download[label]}</a>
        </li>
      ))}
    </ul>
  );
}

export interface ChangesPageProps {
  page: PageContext;
  releases: ReleaseWithChangelog[];
  when: ReleaseTime;
  /** Where an entry of the programme now is, or null when it is gone. */
  entryHref: (id: string) => string | null;
  noteText: (id: string) => string | null;
}

export function ChangesPage({ page, releases, when, entryHref, noteText }: ChangesPageProps) {
  const { messages: m, format, link } = page;
  const c = m.changes;
  const head = (
    <>
      <link rel="alternate" type="application/atom+xml" title={c.atom} href={link('/changes.atom')} />
      <link rel="alternate" type="application/rss+xml" title={c.rss} href={link('/changes.rss')} />
    </>
  );
  return (
    <Layout page={page} title={c.title} current="changes" head={head}>
      <h1>{c.title}</h1>
      {releases.length === 0 ? (
        <p class="none">{c.none}</p>
      ) : (
        <>
          <p>{c.intro}</p>
          <ol class="releases">
            {releases.map(({ release, previous, changelog }) => (
              <li key={release.id} id={`release-${release.id}`} class="release">
                <h2>{release.name}</h2>
                <p class="release-when">{c.published(when(release))}</p>
                {release.comment !== null && <p class="release-comment">{release.comment}</p>}
                <ChangelogView messages={m} format={format} changelog={changelog} previous={previous?.name ?? null} entryHref={entryHref} noteText={noteText} />
                <div class="release-files">
                  <p>
                    <a href={link(`/v/${release.id}/`)}>{c.downloads}</a>
                  </p>
                  <ReleaseDownloads page={page} release={release} />
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      <p class="feeds">
        {c.feeds} <a href={link('/changes.atom')}>{c.atom}</a>
        {m.listSeparator}
        <a href={link('/changes.rss')}>{c.rss}</a>
      </p>
    </Layout>
  );
}

/** `/v/<release>/`: the release named, with its downloads and a way to its changes. */
export function ReleasePage({ page, release, when }: { page: PageContext; release: Release; when: ReleaseTime }) {
  const c = page.messages.changes;
  return (
    <Layout page={page} title={c.releasePage(release.name)} current={null}>
      <h1>{release.name}</h1>
      <p>{c.releaseIntro(release.name, when(release))}</p>
      {release.comment !== null && <p class="release-comment">{release.comment}</p>}
      <h2>{c.downloadsHeading}</h2>
      <ReleaseDownloads page={page} release={release} />
      <p>
        <a href={page.link(`/changes#release-${release.id}`)}>{c.seeChanges}</a>
      </p>
      <p>{c.latest}</p>
    </Layout>
  );
}

export interface ReleaseFeedContentProps {
  messages: PageContext['messages'];
  format: PageContext['format'];
  release: Release;
  when: ReleaseTime;
  /** Absolute address of the release's downloads. */
  downloads: string;
  changelog: Omit<ChangelogViewProps, 'messages' | 'format'>;
}

/** A feed item's content: when, the comment, the changelog and the way to the release's files. */
export function ReleaseFeedContent({ messages, format, release, when, downloads, changelog }: ReleaseFeedContentProps) {
  const c = messages.changes;
  return (
    <>
      <p>{c.published(when(release))}</p>
      {release.comment !== null && <p>{release.comment}</p>}
      <ChangelogView messages={messages} format={format} {...changelog} />
      <p>
        <a href={downloads}>{c.downloads}</a>
      </p>
    </>
  );
}
