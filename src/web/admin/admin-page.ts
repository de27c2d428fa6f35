/**
 * What every secretariat page needs: the logged-in user, their CSRF token, the conference of
 * the scope, and links. {@link adminPage} is the guard every admin page route calls first: it
 * sends a reader without a session to the login form (and back afterwards), a user who must
 * set a new password to that form, and a role that may not to a 403 page that says so.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { describeAction, may, type Action } from '../../app/policy.ts';
import { AgoraError } from '../../errors.ts';
import { callerOf, type AuthorisedCaller } from '../../http/caller.ts';
import { scopedConference, scopePrefix } from '../../http/conference-scope.ts';
import type { AreaContext } from '../../http/server.ts';
import type { ConferenceRecord } from '../../store/store.ts';
import type { User } from '../../app/accounts/users.ts';
import type { AdminAssetLinks } from '../web-assets.ts';
import { AdminNotice } from './pages/admin-notice.tsx';

export interface AdminPageContext {
  assets: AdminAssetLinks;
  user: User;
  csrf: string;
  /** A path inside this conference's scope: `link('/admin')` → `/c/cop6/admin`. */
  link(path: string): string;
  /** The conference of the scope, or null where there is none yet (an empty database). */
  conference: ConferenceRecord | null;
  /** The live change feed, for pages that follow it. */
  liveUrl: string;
}

export interface AdminRequest {
  caller: AuthorisedCaller;
  page: AdminPageContext;
}

export function sendHtml(reply: FastifyReply, status: number, page: VNode): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(`<!doctype html>\n${render(page)}`);
}

/** The login form's address that returns here afterwards. */
export function loginRedirect(request: FastifyRequest): string {
  return `/login?next=${encodeURIComponent(request.url)}`;
}

async function conferenceOrNull(context: AreaContext, request: FastifyRequest): Promise<ConferenceRecord | null> {
  try {
    return await scopedConference(context.cache, request);
  } catch (error) {
    if (error instanceof AgoraError && error.code === 'AGORA_NOT_FOUND' && scopePrefix(request) === '') return null;
    throw error;
  }
}

/**
 * The caller and page context for an admin page that needs `action`, or null after answering
 * (a redirect to log in or set a password, or a 403 page).
 */
export async function adminPage(
  context: AreaContext,
  assets: AdminAssetLinks,
  request: FastifyRequest,
  reply: FastifyReply,
  action: Action,
): Promise<AdminRequest | null> {
  const caller = await callerOf(context.store, request);
  if (caller.session === null || caller.role === null || caller.actor === null) {
    await reply.redirect(loginRedirect(request), 303);
    return null;
  }
  const user = caller.session.user;
  if (user.mustChangePassword) {
    await reply.redirect(`/account/password?next=${encodeURIComponent(request.url)}`, 303);
    return null;
  }
  const prefix = scopePrefix(request);
  const page: AdminPageContext = {
    assets,
    user,
    csrf: caller.session.csrf,
    link: (path) => `${prefix}${path}`,
    conference: await conferenceOrNull(context, request),
    liveUrl: `${prefix}/api/live`,
  };
  if (!may(user.role, action)) {
    await sendHtml(reply, 403, AdminNotice({ page, title: 'Not allowed', message: `Your role (${user.role}) may not ${describeAction(action)}. Ask an admin if you need to.` }));
    return null;
  }
  return { caller: { ...caller, role: caller.role, actor: caller.actor }, page };
}
