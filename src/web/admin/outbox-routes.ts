/**
 * The outbox (admins): /admin/outbox lists every e-mail of the server, sent or waiting. It is one
 * list for the whole server, as the SMTP server that sends it is one.
 */
import { listOutbox } from '../../app/notifications/outbox.ts';
import type { AdminContext, AdminFeature } from './admin-context.ts';
import { adminPage, sendHtml } from './admin-page.ts';
import { OutboxPage } from './pages/outbox-page.tsx';

export const outboxFeature: AdminFeature = {
  scoped: false,
  routes: (context: AdminContext) => async (app) => {
    app.get('/admin/outbox', async (request, reply) => {
      const guarded = await adminPage(context, context.assets, request, reply, 'manage-notifications');
      if (!guarded) return reply;
      const { messages, total, waiting } = await listOutbox(context.store);
      return sendHtml(reply, 200, OutboxPage({ page: guarded.page, messages, total, waiting, sendsMail: context.sendsMail }));
    });
  },
};
