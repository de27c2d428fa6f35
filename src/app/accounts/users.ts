/**
 * The secretariat's accounts: each person has an e-mail address, a name, one role and a
 * password. Admins make, change, reset and disable accounts; every such change is one
 * transaction with its row in the account change log.
 */
import { randomBytes } from 'node:crypto';
import type { Selectable, Transaction } from 'kysely';
import { AgoraError, type Problem } from '../../errors.ts';
import type { Flavour } from '../../store/migrations.ts';
import type { Database, UserTable } from '../../store/schema.ts';
import type { Store } from '../../store/store.ts';
import { isRole, requireMay, ROLES, type Actor, type Role } from '../policy.ts';
import { endOtherSessions } from './session-secret.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  mustChangePassword: boolean;
  createdAt: string;
  disabledAt: string | null;
}

export interface NewUser {
  email: string;
  name: string;
  role: string;
  password: string;
  /** True when someone else chose the password (an admin in the browser): the user sets their own at first login. */
  mustChangePassword?: boolean;
  /** For a self-registered organiser: the conference they registered at, the only one they may ask of. */
  registeredFor?: number;
}

export const MIN_PASSWORD_LENGTH = 10;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;


export function userFromRow(row: Selectable<UserTable>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: isRole(row.role) ? row.role : 'display',
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** What is wrong with a new password, named as the form's field. */
export function passwordProblems(password: string, where = 'password'): Problem[] {
  return password.length < MIN_PASSWORD_LENGTH ? [{ where, message: `must be at least ${MIN_PASSWORD_LENGTH} characters long` }] : [];
}

function roleProblems(role: string): Problem[] {
  return isRole(role) ? [] : [{ where: 'role', message: `must be one of ${ROLES.join(', ')}` }];
}

async function recordChange(trx: Transaction<Database>, actor: Actor, kind: string, userId: number, detail: Record<string, unknown>): Promise<void> {
  await trx
    .insertInto('account_changes')
    .values({ at: new Date().toISOString(), actor: actor.name, kind, user_id: userId, detail: JSON.stringify(detail) })
    .execute();
}

async function readUser(db: Store['db'] | Transaction<Database>, id: number): Promise<User> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AgoraError('AGORA_NOT_FOUND', `There is no user with id ${id}.`, { problems: [{ where: 'user', message: 'unknown' }] });
  return userFromRow(row);
}

/** Makes an account. Refuses, naming each field, a bad address, an address in use, a short password or an unknown role. */
export async function createUser(store: Store, actor: Actor, input: NewUser): Promise<User> {
  requireMay(actor, 'manage-users');
  const email = normaliseEmail(input.email);
  const name = input.name.trim();
  const problems: Problem[] = [
    ...(EMAIL.test(email) ? [] : [{ where: 'email', message: 'must be an e-mail address such as clerk@example.org' }]),
    ...(name === '' ? [{ where: 'name', message: 'give the name shown in the change history, such as "A. Clerk"' }] : []),
    ...roleProblems(input.role),
    ...passwordProblems(input.password),
  ];
  if (problems.length > 0) throw new AgoraError('AGORA_BAD_INPUT', 'The account was not made.', { problems });
  const passwordHash = await hashPassword(input.password);
  return store.db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (taken) {
      throw new AgoraError('AGORA_BAD_INPUT', `There is already an account for ${email}.`, { problems: [{ where: 'email', message: 'is in use' }] });
    }
    const row = await trx
      .insertInto('users')
      .values({
        email,
        name,
        role: input.role,
        password_hash: passwordHash,
        must_change_password: input.mustChangePassword ? 1 : 0,
        created_at: new Date().toISOString(),
        disabled_at: null,
        registered_for: input.registeredFor ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordChange(trx, actor, 'create', row.id, { email, name, role: input.role });
    return readUser(trx, row.id);
  });
}

export async function listUsers(store: Store, actor: Actor): Promise<User[]> {
  requireMay(actor, 'manage-users');
  const rows = await store.db.selectFrom('users').selectAll().orderBy('email').execute();
  return rows.map(userFromRow);
}

export async function findUserByEmail(store: Store, email: string): Promise<(User & { passwordHash: string }) | null> {
  const row = await store.db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
  return row ? { ...userFromRow(row), passwordHash: row.password_hash } : null;
}

/** The account with this address, for an admin (the CLI names accounts by address); refuses an unknown one. */
export async function requireUserByEmail(store: Store, actor: Actor, email: string): Promise<User> {
  requireMay(actor, 'manage-users');
  const found = await findUserByEmail(store, email);
  if (!found) throw new AgoraError('AGORA_NOT_FOUND', `There is no account for ${normaliseEmail(email)}.`, { problems: [{ where: 'email', message: 'no such account' }] });
  const { passwordHash: _hash, ...user } = found;
  return user;
}

/** One account by id, for an admin. */
export async function readUserById(store: Store, actor: Actor, id: number): Promise<User> {
  requireMay(actor, 'manage-users');
  return readUser(store.db, id);
}

/** The names of the users among the change log's actors, by e-mail (tokens and the CLI have none). */
export async function userNames(store: Store, actors: readonly string[]): Promise<Map<string, string>> {
  const emails = [...new Set(actors.filter((actor) => actor.includes('@')))];
  if (emails.length === 0) return new Map();
  const rows = await store.db.selectFrom('users').select(['email', 'name']).where('email', 'in', emails).execute();
  return new Map(rows.map((row) => [row.email, row.name]));
}

/** Refuses a change that would leave no admin able to log in, naming the form field that asked for it. */
async function keepAnAdmin(trx: Transaction<Database>, flavour: Flavour, userId: number, where: 'role' | 'status'): Promise<void> {
  // On PostgreSQL, lock every active admin's row: two admins demoting each other at once then
  // take turns, and the second sees the first's change. (SQLite writers already take turns.)
  let admins = trx.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled_at', 'is', null);
  if (flavour === 'postgres') admins = admins.forUpdate();
  const others = (await admins.execute()).filter((row) => row.id !== userId);
  if (others.length === 0) {
    throw new AgoraError('AGORA_BAD_INPUT', 'This is the last active admin; make another admin first, so someone can still manage accounts.', {
      problems: [{ where, message: where === 'role' ? 'the last admin must stay an admin' : 'the last admin cannot be disabled' }],
    });
  }
}

export async function changeRole(store: Store, actor: Actor, userId: number, role: string): Promise<User> {
  requireMay(actor, 'manage-users');
  const problems = roleProblems(role);
  if (problems.length > 0) throw new AgoraError('AGORA_BAD_INPUT', 'The role was not changed.', { problems });
  return store.db.transaction().execute(async (trx) => {
    const user = await readUser(trx, userId);
    if (user.role === 'admin' && role !== 'admin') await keepAnAdmin(trx, store.flavour, userId, 'role');
    await trx.updateTable('users').set({ role }).where('id', '=', userId).execute();
    await recordChange(trx, actor, 'role', userId, { before: user.role, after: role });
    return readUser(trx, userId);
  });
}

/**
 * Gives the account a new one-time password, returned in clear to show the admin once; the user
 * must set a password of their own at next login. Their open sessions end.
 */
export async function resetPassword(store: Store, actor: Actor, userId: number): Promise<{ user: User; temporaryPassword: string }> {
  requireMay(actor, 'manage-users');
  const temporaryPassword = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await store.db.transaction().execute(async (trx) => {
    await readUser(trx, userId);
    await trx.updateTable('users').set({ password_hash: passwordHash, must_change_password: 1 }).where('id', '=', userId).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await recordChange(trx, actor, 'reset', userId, {});
    return readUser(trx, userId);
  });
  return { user, temporaryPassword };
}

/** Disables (or enables again) an account; a disabled account cannot log in and its sessions end. */
export async function setDisabled(store: Store, actor: Actor, userId: number, disabled: boolean): Promise<User> {
  requireMay(actor, 'manage-users');
  return store.db.transaction().execute(async (trx) => {
    const user = await readUser(trx, userId);
    if (disabled && user.role === 'admin') await keepAnAdmin(trx, store.flavour, userId, 'status');
    await trx
      .updateTable('users')
      .set({ disabled_at: disabled ? new Date().toISOString() : null })
      .where('id', '=', userId)
      .execute();
    if (disabled) await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await recordChange(trx, actor, disabled ? 'disable' : 'enable', userId, {});
    return readUser(trx, userId);
  });
}

export interface OwnPasswordChange {
  /** The password they log in with now; not asked after a reset, when they have only the one-time password. */
  current: string | null;
  password: string;
  confirmation: string;
  /** The session the user is changing it from, which stays open; every other one ends. */
  keepSession: string | null;
}

/**
 * A user sets their own password (after a reset, or at will). Refuses, naming each field, a wrong
 * current password, a short new one, a confirmation that differs, and (after a reset) the one-time
 * password itself.
 */
export async function setOwnPassword(store: Store, user: User, change: OwnPasswordChange): Promise<void> {
  const row = await store.db.selectFrom('users').select(['password_hash', 'must_change_password']).where('id', '=', user.id).executeTakeFirst();
  if (!row) throw new AgoraError('AGORA_NOT_FOUND', 'This account no longer exists.', { problems: [{ where: 'user', message: 'unknown' }] });
  const mustChange = row.must_change_password === 1;
  const currentProblems: Problem[] = mustChange
    ? []
    : change.current === null || change.current === ''
      ? [{ where: 'current', message: 'give the password you log in with now' }]
      : (await verifyPassword(change.current, row.password_hash))
        ? []
        : [{ where: 'current', message: 'is not your present password' }];
  const problems = [
    ...currentProblems,
    ...passwordProblems(change.password),
    ...(mustChange && change.password !== '' && (await verifyPassword(change.password, row.password_hash))
      ? [{ where: 'password', message: 'must be a password of your own, not the one-time password' }]
      : []),
    ...(change.password === change.confirmation ? [] : [{ where: 'confirmation', message: 'does not match the new password' }]),
  ];
  if (problems.length > 0) throw new AgoraError('AGORA_BAD_INPUT', 'The password was not changed.', { problems });
  const passwordHash = await hashPassword(change.password);
  await store.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, must_change_password: 0 }).where('id', '=', user.id).execute();
    // Whoever else holds a session of this account (a cookie left on another computer) is out.
    await endOtherSessions(trx, user.id, change.keepSession);
    await recordChange(trx, { name: user.email, role: user.role }, 'password', user.id, {});
  });
}
