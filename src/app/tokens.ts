/**
 * Bearer tokens for the API and for registered monitors. A token is shown once when it is made;
 * only its hash is kept.
 */
import { createHash, randomBytes } from 'node:crypto';
import { AgoraError } from '../errors.ts';
import type { Store } from '../store/store.ts';
import { isRole, ROLES, type Role } from './policy.ts';

export interface TokenInfo {
  id: number;
  label: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

const PREFIX = 'agora_';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Makes a token and returns it in clear, the only time it is seen. */
export async function createToken(store: Store, role: string, label: string): Promise<{ token: string; info: TokenInfo }> {
  const problems = [];
  if (!isRole(role)) problems.push({ where: 'role', message: `must be one of ${ROLES.join(', ')}` });
  if (label.trim() === '') problems.push({ where: 'label', message: 'give the token a label that says where it is used, such as "desk-1"' });
  if (problems.length > 0 || !isRole(role)) throw new AgoraError('AGORA_BAD_INPUT', 'The token was not made.', { problems });
  const existing = await store.db.selectFrom('api_tokens').select('id').where('label', '=', label).where('revoked_at', 'is', null).executeTakeFirst();
  if (existing) {
    throw new AgoraError('AGORA_BAD_INPUT', `There is already a token labelled "${label}"; revoke it first or choose another label.`, {
      problems: [{ where: 'label', message: 'is in use' }],
    });
  }
  const token = PREFIX + randomBytes(24).toString('base64url');
  const createdAt = new Date().toISOString();
  const row = await store.db
    .insertInto('api_tokens')
    .values({ label, role, hash: hashToken(token), created_at: createdAt, revoked_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { token, info: { id: row.id, label, role, createdAt, revokedAt: null } };
}

/** The token's holder, or null for an unknown or revoked token. */
export async function verifyToken(store: Store, token: string): Promise<TokenInfo | null> {
  if (!token.startsWith(PREFIX)) return null;
  const row = await store.db.selectFrom('api_tokens').selectAll().where('hash', '=', hashToken(token)).where('revoked_at', 'is', null).executeTakeFirst();
  if (!row || !isRole(row.role)) return null;
  return { id: row.id, label: row.label, role: row.role, createdAt: row.created_at, revokedAt: row.revoked_at };
}

export async function revokeToken(store: Store, label: string): Promise<TokenInfo> {
  const row = await store.db.selectFrom('api_tokens').selectAll().where('label', '=', label).where('revoked_at', 'is', null).executeTakeFirst();
  if (!row || !isRole(row.role)) {
    throw new AgoraError('AGORA_NOT_FOUND', `There is no active token labelled "${label}".`, { problems: [{ where: 'label', message: 'unknown' }] });
  }
  const revokedAt = new Date().toISOString();
  await store.db.updateTable('api_tokens').set({ revoked_at: revokedAt }).where('id', '=', row.id).execute();
  return { id: row.id, label: row.label, role: row.role, createdAt: row.created_at, revokedAt };
}

export async function listTokens(store: Store): Promise<TokenInfo[]> {
  const rows = await store.db.selectFrom('api_tokens').selectAll().orderBy('id').execute();
  return rows.flatMap((row) => (isRole(row.role) ? [{ id: row.id, label: row.label, role: row.role, createdAt: row.created_at, revokedAt: row.revoked_at }] : []));
}
