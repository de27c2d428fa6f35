/**
 * Logging in and out. A session is a random secret in an HttpOnly cookie; the database keeps
 * only its hash, with the user, a CSRF token and an expiry. Logging in always makes a new
 * session (so a session id planted before login is worthless), and failed attempts are
 * counted per address and per client so that passwords cannot be guessed at speed.
 */
import { randomBytes } from 'node:crypto';
import { AgoraError } from '../../errors.ts';
import type { Store } from '../../store/store.ts';
import { hashSecret } from './session-secret.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { findUserByEmail, normaliseEmail, userFromRow, type User } from './users.ts';

/** A working day and an evening: a clerk logs in once a day. */
export const SESSION_HOURS = 14;
/** Failed logins allowed per address, and per client address, in {@link LIMIT_WINDOW_MINUTES}. */
export const FAILURES_PER_EMAIL = 5;
export const FAILURES_PER_CLIENT = 20;
export const LIMIT_WINDOW_MINUTES = 15;

export interface Session {
  user: User;
  csrf: string;
  expiresAt: string;
}

export interface NewSession extends Session {
  /** The cookie's value, seen only now. */
  secret: string;
}

/** Compared against when the address is unknown, so an unknown address takes as long to refuse. */
let decoyHash: Promise<string> | null = null;

async function countFailures(store: Store, column: 'email' | 'ip', value: string, since: string): Promise<number> {
  const row = await store.db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where(column, '=', value)
    .where('succeeded', '=', 0)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Refuses when the failures before this attempt reach a limit. The attempt itself is already
 * recorded (as failed until its password matches), so attempts sent all at once count each other.
 */
async function refuseIfLimited(store: Store, email: string, ip: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - LIMIT_WINDOW_MINUTES * 60_000).toISOString();
  const [withThis, withThisFromClient] = await Promise.all([countFailures(store, 'email', email, since), countFailures(store, 'ip', ip, since)]);
  const byEmail = withThis - 1;
  const byClient = withThisFromClient - 1;
  if (byEmail >= FAILURES_PER_EMAIL || byClient >= FAILURES_PER_CLIENT) {
    throw new AgoraError(
      'AGORA_RATE_LIMITED',
      `Too many failed logins ${byEmail >= FAILURES_PER_EMAIL ? `for ${email}` : 'from this computer'}. Wait ${LIMIT_WINDOW_MINUTES} minutes and try again, or ask an admin to reset the password.`,
      { problems: [{ where: 'email', message: 'too many failed logins' }] },
    );
  }
}

/**
 * Checks the password and opens a session. A wrong password, an unknown address and a disabled
 * account get the same answer, so the form does not tell who has an account.
 */
export async function logIn(store: Store, input: { email: string; password: string; ip: string }): Promise<NewSession> {
  const email = normaliseEmail(input.email);
  const now = new Date();
  const at = now.toISOString();
  await forgetOld(store, now);
  // Recorded as failed before the password is checked, and marked a success only after.
  await store.db.insertInto('login_attempts').values({ email, ip: input.ip, at, succeeded: 0 }).execute();
  await refuseIfLimited(store, email, input.ip, now);
  const user = await findUserByEmail(store, email);
  decoyHash ??= hashPassword(randomBytes(12).toString('base64url'));
  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash));
  const ok = user !== null && matches && user.disabledAt === null;
  if (ok) {
    await store.db.updateTable('login_attempts').set({ succeeded: 1 }).where('email', '=', email).where('ip', '=', input.ip).where('at', '=', at).execute();
  }
  if (!ok || user === null) {
    throw new AgoraError('AGORA_BAD_LOGIN', 'The e-mail address or password is not right, or the account is disabled.', {
      problems: [{ where: 'password', message: 'does not match this e-mail address' }],
    });
  }
  const secret = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  await store.db
    .insertInto('sessions')
    .values({ id_hash: hashSecret(secret), user_id: user.id, csrf, created_at: now.toISOString(), expires_at: expiresAt })
    .execute();
  const { passwordHash: _hash, ...plain } = user;
  return { secret, csrf, expiresAt, user: plain };
}

/** Login attempts older than a day and expired sessions are of no further use. */
async function forgetOld(store: Store, now: Date): Promise<void> {
  const dayAgo = new Date(now.getTime() - 24 * 3_600_000).toISOString();
  await store.db.deleteFrom('login_attempts').where('at', '<', dayAgo).execute();
  await store.db.deleteFrom('sessions').where('expires_at', '<', now.toISOString()).execute();
}

/** The session a cookie names, or null when it is unknown, expired, or its account disabled. */
export async function findSession(store: Store, secret: string): Promise<Session | null> {
  const row = await store.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.csrf', 'sessions.expires_at'])
    .where('sessions.id_hash', '=', hashSecret(secret))
    .executeTakeFirst();
  if (!row || row.expires_at <= new Date().toISOString() || row.disabled_at !== null) return null;
  return { user: userFromRow(row), csrf: row.csrf, expiresAt: row.expires_at };
}

export async function logOut(store: Store, secret: string): Promise<void> {
  await store.db.deleteFrom('sessions').where('id_hash', '=', hashSecret(secret)).execute();
}
