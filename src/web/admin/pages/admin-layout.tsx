/** The frame of every secretariat page: the user, the CSRF token, the admin navigation, log out. */
import type { ComponentChildren } from 'preact';
import { may } from '../../../app/policy.ts';
import type { AdminPageContext } from '../admin-page.ts';

export type AdminNavItem = 'grid' | 'history' | 'venues' | 'releases' | 'settings' | 'import' | 'users' | 'requests' | 'my-requests' | 'webhooks' | 'outbox' | null;

interface AdminLayoutProps {
  page: AdminPageContext;
  title: string;
  current: AdminNavItem;
  children: ComponentChildren;
}

export function AdminLayout({ page, title, current, children }: AdminLayoutProps) {
  const role = page.user.role;
  const aria = (item: AdminNavItem) => (item === current ? ('page' as const) : undefined);
  const conference = page.conference?.conference;
  const name = conference?.session ?? conference?.title ?? 'Agora';
  const items: { item: Exclude<AdminNavItem, null>; href: string; label: string; shown: boolean }[] = [
    { item: 'grid', href: page.link('/admin'), label: 'Grid', shown: may(role, 'edit-entries') },
    { item: 'history', href: page.link('/admin/history'), label: 'History', shown: may(role, 'read-history') },
    { item: 'venues', href: page.link('/admin/venues'), label: 'Venues', shown: may(role, 'manage-venues') },
    { item: 'releases', href: page.link('/admin/releases'), label: 'Releases', shown: may(role, 'publish-releases') },
    { item: 'requests', href: page.link('/admin/requests'), label: 'Requests', shown: may(role, 'review-requests') },
    { item: 'my-requests', href: page.link('/requests'), label: 'My requests', shown: may(role, 'submit-requests') },
    { item: 'settings', href: page.link('/admin/settings'), label: 'Settings', shown: may(role, 'manage-conference') },
    { item: 'import', href: page.link('/admin/import'), label: 'Import', shown: may(role, 'import-programme') },
    { item: 'users', href: '/admin/users', label: 'Users', shown: may(role, 'manage-users') },
    { item: 'webhooks', href: page.link('/admin/webhooks'), label: 'Webhooks', shown: may(role, 'manage-notifications') },
    { item: 'outbox', href: '/admin/outbox', label: 'Outbox', shown: may(role, 'manage-notifications') },
  ];
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="csrf-token" content={page.csrf} />
        <title>{`${title} · ${name} · Agora`}</title>
        <link rel="stylesheet" href={page.assets.css} />
        <link rel="stylesheet" href={page.assets.adminCss} />
        <script type="module" src={page.assets.adminScript} />
      </head>
      <body
        class="admin"
        data-conference={page.conference?.slug}
        data-revision={page.conference?.revision}
        data-live={page.liveUrl}
        data-prefix={page.link('')}
      >
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="admin-header">
          <p class="admin-name">
            <a href={page.link('/')}>{name}</a>
          </p>
          <nav class="admin-nav" aria-label="Secretariat">
            <ul>
              {items
                .filter((entry) => entry.shown)
                .map((entry) => (
                  <li key={entry.item}>
                    <a href={entry.href} aria-current={aria(entry.item)}>
                      {entry.label}
                    </a>
                  </li>
                ))}
            </ul>
          </nav>
          <div class="admin-user">
            <span>
              {page.user.name} ({role})
            </span>
            <form method="post" action="/logout">
              <input type="hidden" name="_csrf" value={page.csrf} />
              <button type="submit">Log out</button>
            </form>
          </div>
        </header>
        <main id="main" class="admin-main">
          {children}
        </main>
      </body>
    </html>
  );
}
