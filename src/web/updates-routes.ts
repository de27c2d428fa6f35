/**
 * Delegates' e-mail updates, for one conference scope (`/` or `/c/<slug>/`): /subscribe (GET the
 * form, POST an address) and /unsubscribe (GET with the token of an e-mail's link asks, POST
 * does it). No session is needed, so a form posted from another site (its Origin) is refused,
 * as the login form does.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { findSubscription, subscribe, unsubscribe } from '../app/notifications/subscriptions.ts';
import { AgoraError } from '../errors.ts';
import { callerOf } from '../http/caller.ts';
import { scopedConference, scopePrefix } from '../http/conference-scope.ts';
import { formField } from '../http/form-body.ts';
import { fromThisSite } from '../http/same-origin.ts';
import type { AreaContext } from '../http/server.ts';
import type { ConferenceRecord } from '../store/store.ts';
import { messagesFor } from './messages.ts';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { programmeContext, type PageContext } from './pages/page-context.ts';
import { SubscribedPage, SubscribePage, UnsubscribePage } from './pages/updates-page.tsx';
import { wallClockFormat } from './wall-clock-format.ts';
import type { WebAssets } from './web-assets.ts';

export function updatesRoutes(context: AreaContext, assets: WebAssets) {
  const messages = messagesFor();
  const m = messages.updates;
  const format = wallClockFormat(messages.locale);

  async function pageOf(request: FastifyRequest, record: ConferenceRecord | null): Promise<PageContext> {
    const prefix = scopePrefix(request);
    const snapshot = record === null ? null : await context.cache.snapshot(record);
    return {
      messages,
      format,
      assets: assets.links,
      link: (path) => (path === '/' && prefix !== '' ? `${prefix}/` : `${prefix}${path}`),
      programme: snapshot === null ? null : programmeContext(snapshot, context.requireDisplayToken ? null : `${prefix}/api/live`),
    };
  }

  function send(reply: FastifyReply, status: number, page: VNode): FastifyReply {
    return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(`<!doctype html>\n${render(page)}`);
  }

  /** The conference of the scope, or null after answering with the "not found" page. */
  async function conferenceOr404(request: FastifyRequest, reply: FastifyReply): Promise<ConferenceRecord | null> {
    try {
      return await scopedConference(context.cache, request);
    } catch (error) {
      if (!(error instanceof AgoraError) || error.code !== 'AGORA_NOT_FOUND') throw error;
      await send(reply, 404, NotFoundPage({ page: await pageOf(request, null), message: messages.notFound.conference }));
      return null;
    }
  }

  /** A logged-in reader's CSRF token, which the server's guard asks of their posts. */
  async function csrfOf(request: FastifyRequest): Promise<string | null> {
    return (await callerOf(context.store, request)).session?.csrf ?? null;
  }

  return async function updates(scope: FastifyInstance): Promise<void> {
    scope.get('/subscribe', async (request, reply) => {
      const record = await conferenceOr404(request, reply);
      if (record === null) return reply;
      return send(reply, 200, SubscribePage({ page: await pageOf(request, record), csrf: await csrfOf(request), email: '', problem: null }));
    });

    scope.post('/subscribe', async (request, reply) => {
      const record = await conferenceOr404(request, reply);
      if (record === null) return reply;
      const email = formField(request.body, 'email');
      const page = await pageOf(request, record);
      const refuse = async (status: number, problem: string) => send(reply, status, SubscribePage({ page, csrf: await csrfOf(request), email, problem }));
      if (!fromThisSite(request)) return refuse(403, m.crossSite);
      try {
        const result = await subscribe(context.store, record, { email }, { baseUrl: context.baseUrl });
        return send(reply, 200, SubscribedPage({ page, email: result.email, isNew: result.isNew }));
      } catch (error) {
        if (error instanceof AgoraError && error.code === 'AGORA_BAD_INPUT') return refuse(400, m.badEmail);
        throw error;
      }
    });

    async function answerUnsubscribe(request: FastifyRequest, reply: FastifyReply, token: unknown, act: boolean) {
      const record = await conferenceOr404(request, reply);
      if (record === null) return reply;
      const page = await pageOf(request, record);
      const csrf = await csrfOf(request);
      const text = typeof token === 'string' ? token : '';
      const answer = (status: number, subscription: { email: string; title: string } | null, done: boolean, problem: string | null) =>
        send(reply, status, UnsubscribePage({ page, csrf, subscription, token: text, done, problem }));
      if (text === '') return answer(400, null, false, m.noToken);
      if (act && !fromThisSite(request)) return answer(403, null, false, m.crossSite);
      try {
        const subscription = act ? await unsubscribe(context.store, text) : await findSubscription(context.store, text);
        return answer(200, subscription, act, null);
      } catch (error) {
        if (error instanceof AgoraError && error.code === 'AGORA_NOT_FOUND') return answer(404, null, false, m.badToken);
        throw error;
      }
    }

    scope.get('/unsubscribe', (request, reply) => answerUnsubscribe(request, reply, (request.query as Record<string, unknown>).token, false));
    scope.post('/unsubscribe', (request, reply) => answerUnsubscribe(request, reply, formField(request.body, 'token'), true));
  };
}
