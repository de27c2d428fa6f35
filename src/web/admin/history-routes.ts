/** Every change, who made it and what it did: /admin/history, filtered by a GET form. */
import { historyPeople, readHistory, readHistoryFilter, type HistoryFilter } from '../../app/change-history.ts';
import { AgoraError } from '../../errors.ts';
import type { AdminContext, AdminFeature } from './admin-context.ts';
import { adminPage, sendHtml } from './admin-page.ts';
import { AdminNotice } from './pages/admin-notice.tsx';
import { formErrors, type FormErrors } from './pages/form-field.tsx';
import { HistoryPage, type HistoryQuery } from './pages/history-page.tsx';

function queryText(query: unknown, name: string): string {
  const value = (query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

export const historyFeature: AdminFeature = {
  scoped: true,
  routes: (context: AdminContext) => async (app) => {
    app.get('/admin/history', async (request, reply) => {
      const guarded = await adminPage(context, context.assets, request, reply, 'read-history');
      if (!guarded) return reply;
      const { page, caller } = guarded;
      const record = page.conference;
      if (record === null) return sendHtml(reply, 404, AdminNotice({ page, title: 'No conference yet', message: 'There is no programme yet, so nothing has changed. Import one first.' }));
      const query: HistoryQuery = { entry: queryText(request.query, 'entry'), day: queryText(request.query, 'day'), person: queryText(request.query, 'person') };
      let filter: HistoryFilter | null = null;
      let errors: FormErrors | null = null;
      try {
        filter = readHistoryFilter({ ...query, before: queryText(request.query, 'before') });
      } catch (error) {
        if (!(error instanceof AgoraError) || error.code !== 'AGORA_BAD_INPUT') throw error;
        errors = formErrors(error);
      }
      const people = await historyPeople(context.store, record, caller.actor);
      const history = filter === null ? null : await readHistory(context.store, record, caller.actor, filter);
      return sendHtml(reply, errors === null ? 200 : 400, HistoryPage({ page, query, history, people, errors }));
    });
  },
};
