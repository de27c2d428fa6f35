/** The frame of every page: head, skip link, change banner, site header with navigation, footer. */
import type { ComponentChildren } from 'preact';
import type { PageContext } from './page-context.ts';

export type NavItem = 'home' | 'day' | 'now' | 'search' | 'agenda' | 'changes' | null;

interface LayoutProps {
  page: PageContext;
  /** The page's own title; the conference's name follows it in the window title. */
  title: string;
  current: NavItem;
  /** The day shown, to mark it in the list of days. */
  currentDay?: string;
  /** More in the head, such as the feeds a page advertises. */
  head?: ComponentChildren;
  children: ComponentChildren;
}

function siteName(page: PageContext): string {
  const conference = page.programme?.conference;
  return conference?.session ?? conference?.title ?? page.messages.agora;
}

export function Layout({ page, title, current, currentDay, head, children }: LayoutProps) {
  const { messages: m, format, link, programme } = page;
  const name = siteName(page);
  const windowTitle = title === name ? name : `${title}${m.titleSeparator}${name}`;
  const aria = (item: NavItem) => (item === current ? ('page' as const) : undefined);
  return (
    <html lang={m.locale} dir={m.direction}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{windowTitle}</title>
        <link rel="stylesheet" href={page.assets.css} />
        <script type="module" src={page.assets.script} />
        {head}
      </head>
      <body data-revision={programme?.revision} data-live={programme?.liveUrl ?? undefined} data-conference={programme?.slug}>
        <a class="skip-link" href="#main">
          {m.skipToContent}
        </a>
        <div id="change-banner" class="change-banner" role="status" aria-live="polite" hidden />
        <header class="site-header">
          <p class="site-name">
            <a href={link('/')}>{name}</a>
          </p>
          {programme && (
            <nav class="site-nav" aria-label={m.nav.label}>
              <ul>
                <li>
                  <a href={link('/')} aria-current={aria('home')}>
                    {m.nav.home}
                  </a>
                </li>
                {programme.days.map((date) => (
                  <li key={date}>
                    <a href={link(`/days/${date}`)} aria-current={current === 'day' && currentDay === date ? 'page' : undefined}>
                      {format.dayAbbreviated(date)}
                    </a>
                  </li>
                ))}
                <li>
                  <a href={link('/now')} aria-current={aria('now')}>
                    {m.nav.now}
                  </a>
                </li>
                <li>
                  <a href={link('/search')} aria-current={aria('search')}>
                    {m.nav.search}
                  </a>
                </li>
                <li>
                  <a href={link('/agenda')} aria-current={aria('agenda')}>
                    {m.nav.agenda}
                  </a>
                </li>
                <li>
                  <a href={link('/changes')} aria-current={aria('changes')}>
                    {m.nav.changes}
                  </a>
                </li>
              </ul>
            </nav>
          )}
        </header>
        <main id="main">
          {programme && !programme.published && (
            <p class="notice unpublished" role="note">
              {m.publication.notYet}
            </p>
          )}
          {children}
        </main>
        {programme && (
          <footer class="site-footer">
            <p>
              {programme.conference.timeZone && m.footer.timeZone(programme.conference.city, programme.conference.timeZone)} {m.footer.revision(programme.revision)}
            </p>
            <p>
              <a href={link('/subscribe')}>{m.footer.updates}</a>
            </p>
          </footer>
        )}
      </body>
    </html>
  );
}
