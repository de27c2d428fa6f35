/**
 * The frame of the pages a user sees before the secretariat's area: logging in and setting a
 * password. They have no navigation (there may be no session yet, or one that must first set a
 * password), but the same stylesheets as every admin page.
 */
import type { ComponentChildren } from 'preact';
import type { AdminAssetLinks } from '../../web-assets.ts';

interface PlainLayoutProps {
  assets: AdminAssetLinks;
  title: string;
  children: ComponentChildren;
}

export function PlainLayout({ assets, title, children }: PlainLayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} · Agora`}</title>
        <link rel="stylesheet" href={assets.css} />
        <link rel="stylesheet" href={assets.adminCss} />
      </head>
      <body class="admin admin-plain">
        <main id="main" class="plain-main">
          <p class="plain-brand">Agora</p>
          {children}
        </main>
      </body>
    </html>
  );
}
