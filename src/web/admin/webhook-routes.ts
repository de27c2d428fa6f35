/**
 * Webhooks of the conference (admins): /admin/webhooks to list and register, /admin/webhooks/:id
 * for one webhook's secret and delivery log, and …/disable. A registration that worked answers
 * with a redirect to the new webhook's page (where its secret is); a refused one with the form,
 * what was typed and the message beside the field.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { listDeliveries } from '../../app/notifications/webhook-deliveries.ts';
import { disableWebhook, listWebhooks, readWebhook, registerWebhook } from '../../app/notifications/webhooks.ts';
import { AgoraError } from '../../errors.ts';
import { formField } from '../../http/form-body.ts';
import type { ConferenceRecord } from '../../store/store.ts';
import type { AdminContext, AdminFeature } from './admin-context.ts';
import { adminPage, sendHtml, type AdminRequest } from './admin-page.ts';
import { AdminNotice } from './pages/admin-notice.tsx';
import { formErrors, type FormErrors } from './pages/form-field.tsx';
import { WebhookPage, WebhooksPage, type WebhookDraft } from './pages/webhooks-page.tsx';

type Guarded = AdminRequest & { record: ConferenceRecord };

export const webhookFeature: AdminFeature = {
  scoped: true,
  routes: (context: AdminContext) => async (app) => {
    const { store } = context;

    async function guard(request: FastifyRequest, reply: FastifyReply): Promise<Guarded | null> {
      const guarded = await adminPage(context, context.assets, request, reply, 'manage-notifications');
      if (!guarded) return null;
      const record = guarded.page.conference;
      if (record === null) {
        await sendHtml(reply, 404, AdminNotice({ page: guarded.page, title: 'No conference yet', message: 'There is no programme yet. Import one first; webhooks are registered for a conference.' }));
        return null;
      }
      return { ...guarded, record };
    }

    async function showList(reply: FastifyReply, status: number, guarded: Guarded, add: { draft: WebhookDraft; errors: FormErrors | null }, done: string | null) {
      const webhooks = await listWebhooks(store, guarded.record);
      return sendHtml(reply, status, WebhooksPage({ page: guarded.page, webhooks, done, add }));
    }

    async function showWebhook(request: FastifyRequest, reply: FastifyReply, guarded: Guarded, done: string | null) {
      const id = Number((request.params as { id: string }).id);
      let webhook;
      try {
        webhook = await readWebhook(store, guarded.record, id);
      } catch (error) {
        if (error instanceof AgoraError && error.code === 'AGORA_NOT_FOUND') {
          return sendHtml(reply, 404, AdminNotice({ page: guarded.page, title: 'No such webhook', message: `${error.message} Go back to the list of webhooks.` }));
        }
        throw error;
      }
      const { deliveries, total } = await listDeliveries(store, webhook.id);
      return sendHtml(reply, 200, WebhookPage({ page: guarded.page, webhook, deliveries, total, done }));
    }

    app.get('/admin/webhooks', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      return showList(reply, 200, guarded, { draft: { url: '', onChange: false }, errors: null }, null);
    });

    app.post('/admin/webhooks', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const draft: WebhookDraft = { url: formField(request.body, 'url'), onChange: formField(request.body, 'onChange') !== '' };
      try {
        const webhook = await registerWebhook(store, guarded.record, guarded.caller.actor, { url: draft.url, onChange: draft.onChange });
        return reply.redirect(guarded.page.link(`/admin/webhooks/${webhook.id}?done=registered`), 303);
      } catch (error) {
        if (!(error instanceof AgoraError) || error.code !== 'AGORA_BAD_INPUT') throw error;
        return showList(reply, 400, guarded, { draft, errors: formErrors(error) }, null);
      }
    });

    app.get('/admin/webhooks/:id', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const done = (request.query as Record<string, unknown>).done;
      const message =
        done === 'registered'
          ? 'The webhook was registered. Give its secret to the receiver so that it can check the signatures.'
          : done === 'disabled'
            ? 'The webhook was disabled.'
            : null;
      return showWebhook(request, reply, guarded, message);
    });

    app.post('/admin/webhooks/:id/disable', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const id = Number((request.params as { id: string }).id);
      try {
        await disableWebhook(store, guarded.record, guarded.caller.actor, id);
      } catch (error) {
        if (error instanceof AgoraError && error.code === 'AGORA_NOT_FOUND') return showWebhook(request, reply, guarded, null);
        throw error;
      }
      return reply.redirect(guarded.page.link(`/admin/webhooks/${id}?done=disabled`), 303);
    });
  },
};
