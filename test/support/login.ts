/**
 * A logged-in user for tests: an account of the given role made through `app/`, and a session
 * opened for it, as the cookie and CSRF token a browser would hold after the login form.
 */
import { createUser, type User } from '../../src/app/accounts/users.ts';
import { logIn } from '../../src/app/accounts/sessions.ts';
import type { Role } from '../../src/app/policy.ts';
import { SESSION_COOKIE } from '../../src/http/caller.ts';
import type { Store } from '../../src/store/store.ts';
import { testActor } from './test-actor.ts';

export const TEST_PASSWORD = 'correct horse battery';

export interface LoggedIn {
  user: User;
  /** The Cookie header value: "agora_session=…". */
  cookie: string;
  /** The session's CSRF token, for the `x-csrf-token` header or the `_csrf` field. */
  csrf: string;
  /** The session cookie's value alone, for a browser context's cookie jar. */
  secret: string;
}

let made = 0;

/** Makes an account of `role` (named after it unless told) and logs it in. */
export async function loginAs(store: Store, role: Role, options: { email?: string; name?: string } = {}): Promise<LoggedIn> {
  made += 1;
  const email = options.email ?? `${role}-${made}@agora.test`;
  const user = await createUser(store, testActor('test'), { email, name: options.name ?? `${role[0]!.toUpperCase()}${role.slice(1)} ${made}`, role, password: TEST_PASSWORD });
  const session = await logIn(store, { email, password: TEST_PASSWORD, ip: '127.0.0.1' });
  return { user, cookie: `${SESSION_COOKIE}=${encodeURIComponent(session.secret)}`, csrf: session.csrf, secret: session.secret };
}
