/**
 * Who is calling: a bearer token's holder, or an anonymous reader. Routes that change state or
 * read what is not public say which action they need; the policy table decides.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { may, type Action, type Role } from '../app/policy.ts';
import { verifyToken } from '../app/tokens.ts';
import type { Store } from '../store/store.ts';

export interface Caller {
  role: Role | null;
  /** For the change log: "token:desk-1", or "anonymous". */
  actor: string;
}

const ANONYMOUS: Caller = { role: null, actor: 'anonymous' };

export async function callerOf(store: Store, request: FastifyRequest): Promise<Caller> {
  const header = request.headers.authorization;
  const fromQuery = (request.query as Record<string, unknown> | undefined)?.token;
  const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : typeof fromQuery === 'string' ? fromQuery : null;
  if (token === null) return ANONYMOUS;
  const info = await verifyToken(store, token);
  return info ? { role: info.role, actor: `token:${info.label}` } : { role: null, actor: 'invalid-token' };
}

/**
 * Answers 401 (no or unknown token) or 403 (a token whose role may not) and returns null, or
 * returns the caller who may.
 */
export async function authorise(store: Store, request: FastifyRequest, reply: FastifyReply, action: Action): Promise<Caller | null> {
  const caller = await callerOf(store, request);
  if (caller.role === null) {
    await reply
      .code(401)
      .header('www-authenticate', 'Bearer realm="agora"')
      .send({ code: 'AGORA_UNAUTHORISED', message: caller.actor === 'invalid-token' ? 'That token is unknown or revoked.' : 'This needs a bearer token (agora token create).' });
    return null;
  }
  if (!may(caller.role, action)) {
    await reply.code(403).send({ code: 'AGORA_FORBIDDEN', message: `A ${caller.role} token may not ${action.replace('-', ' ')}.` });
    return null;
  }
  return caller;
}
