/**
 * Where a form may send the browser afterwards (`?next=`): only a path on this site. An address
 * such as `//evil.example/` or `https://evil.example/` would make the login form an open
 * redirect, which phishing mails use to lend a trusted address to a false page.
 */

/** The path when it is one on this site ("/admin?day=2"), else null. */
export function localPath(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/')) return null;
  // Browsers read "//host" and "/\host" as another site; control characters can hide either.
  if (value.startsWith('//') || value.startsWith('/\\') || /[\u0000-\u001f\u007f]/.test(value)) return null;
  return value;
}
