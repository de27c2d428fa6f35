/**
 * Where a conference's public pages are, for links in e-mails and webhook payloads, which are read
 * away from the site and so want whole addresses.
 */

/**
 * The conference's public address: its own (from its settings) when it has one, else the server's
 * followed by `/c/<slug>`, else just the path `/c/<slug>`. Never ends in a slash.
 *
 * Examples: `conferenceHome('cop6', null, 'https://agora.example/')` → `'https://agora.example/c/cop6'`;
 * `conferenceHome('cop6', 'https://programme.example.org', null)` → `'https://programme.example.org'`.
 */
export function conferenceHome(slug: string, conferenceBaseUrl: string | null, serverBaseUrl: string | null | undefined): string {
  const scoped = `/c/${encodeURIComponent(slug)}`;
  if (conferenceBaseUrl) return conferenceBaseUrl.replace(/\/+$/, '');
  return serverBaseUrl ? `${serverBaseUrl.replace(/\/+$/, '')}${scoped}` : scoped;
}
