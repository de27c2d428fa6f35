/** The session's CSRF token, which every admin page carries in `<meta name="csrf-token">`. */
export function csrfToken(root: Document): string {
  return root.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
}

/** fetch() for a state-changing request: sends the CSRF token and the session cookie. */
export function adminFetch(root: Document, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('x-csrf-token', csrfToken(root));
  if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  return fetch(url, { ...init, headers, credentials: 'same-origin' });
}
