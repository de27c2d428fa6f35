/**
 * Who is calling: a bearer token's holder, a logged-in user (session cookie), or an anonymous
 * reader. Routes that change state or read what is not public say which action they need; the
 * policy table decides. A state-changing request made with a session cookie must also carry the
 * session's CSRF token (see {@link csrfGuard}); one made with a bearer token need not, as no
 * browser sends a bearer token on its own.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findSession, type Session } from '../app/accounts/sessions.ts';
import { describeAction, may, type Action, type Actor, type Role } from '../app/policy.ts';
import { verifyToken } from '../app/tokens.ts';
import type { Store } from '../store/store.ts';
import { readCookie } from './cookies.ts';

export const SESSION_COOKIE = 'agora_session';
export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_FIELD = '_csrf';

export interface Caller {
  role: Role | null;
  /** Who the change log names; null for an anonymous reader. */
  actor: Actor | null;
  via: 'anonymous' | 'invalid-token' | 'token' | 'session';
  /** The logged-in user's session, when the caller came with a cookie. */
  session: Session | null;
}

export interface AuthorisedCaller extends Caller {
  role: Role;
  actor: Actor;
}

const ANONYMOUS: Caller = { role: null, actor: null, via: 'anonymous', session: null };

const callers = new WeakMap<FastifyRequest, Promise<Caller>>();

function bearerOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const fromQuery = (request.query as Record<string, unknown> | undefined)?.token;
  return typeof fromQuery === 'string' ? fromQuery : null;
}

async function resolveCaller(store: Store, request: FastifyRequest): Promise<Caller> {
  const token = bearerOf(request);
  if (token !== null) {
    const info = await verifyToken(store, token);
    if (!info) return { ...ANONYMOUS, via: 'invalid-token' };
    return { role: info.role, actor: { name: `token:${info.label}`, role: info.role }, via: 'token', session: null };
  }
  const secret = readCookie(request, SESSION_COOKIE);
  if (secret === null) return ANONYMOUS;
  const session = await findSession(store, secret);
  if (session === null) return ANONYMOUS;
  return { role: session.user.role, actor: { name: session.user.email, role: session.user.role }, via: 'session', session };
}

/** The request's caller, worked out once per request however many guards ask. */
export function callerOf(store: Store, request: FastifyRequest): Promise<Caller> {
  let caller = callers.get(request);
  if (!caller) callers.set(request, (caller = resolveCaller(store, request)));
  return caller;
}

/**
 * Answers 401 (no login or token, or an unknown token) or 403 (a role that may not) and
 * returns null, or returns the caller who may.
 */
export async function authorise(store: Store, request: FastifyRequest, reply: FastifyReply, action: Action): Promise<AuthorisedCaller | null> {
  const caller = await callerOf(store, request);
  if (caller.role === null || caller.actor === null) {
    await reply
      .code(401)
      .header('www-authenticate', 'Bearer realm="agora"')
      .send({
        code: 'AGORA_UNAUTHORISED',
        message: caller.via === 'invalid-token' ? 'That token is unknown or revoked.' : 'This needs a login (/login) or a bearer token (agora token create).',
      });
    return null;
  }
  if (!may(caller.role, action)) {
    await reply.code(403).send({ code: 'AGORA_FORBIDDEN', message: `The ${caller.role} role may not ${describeAction(action)}.` });
    return null;
  }
  if (caller.session?.user.mustChangePassword) {
    await reply.code(403).send({ code: 'AGORA_PASSWORD_CHANGE_REQUIRED', message: 'Set a new password at /account/password before going on.' });
    return null;
  }
  return { ...caller, role: caller.role, actor: caller.actor };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A `preHandler` hook for the whole server: a state-changing request from a logged-in browser
 * is refused (403 AGORA_CSRF, nothing changed) unless it carries the session's CSRF token in
 * the `x-csrf-token` header or the `_csrf` form field.
 */
export function csrfGuard(store: Store) {
  return async function csrfGuardHook(request: FastifyRequest, reply: FastifyReply) {
    if (SAFE_METHODS.has(request.method)) return undefined;
    const caller = await callerOf(store, request);
    if (caller.via !== 'session' || caller.session === null) return undefined;
    const header = request.headers[CSRF_HEADER];
    const field = (request.body as Record<string, unknown> | null | undefined)?.[CSRF_FIELD];
    const sent = typeof header === 'string' ? header : typeof field === 'string' ? field : null;
    if (sent === caller.session.csrf) return undefined;
    return reply.code(403).send({
      code: 'AGORA_CSRF',
      message: 'The request was refused: it did not carry this session\'s form token. Reload the page and try again; nothing was changed.',
      problems: [{ where: CSRF_FIELD, message: sent === null ? 'missing' : 'does not match this session' }],
    });
  };
}
