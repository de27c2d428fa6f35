/** `GET /api/changes?since=N`: the change log after a revision, oldest first, for sync clients. */
import { changeView } from '../../app/change-view.ts';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Change } from '../../store/change.ts';
import { scopedConference } from '../conference-scope.ts';
import type { AreaContext } from '../server.ts';
import { badRequest, notFound } from './answer-schemas.ts';
import { ChangesAnswer, ChangesQuery, DEFAULT_CHANGES } from './change-schemas.ts';

/** A change as the API shows it: as the live feed does, with what else it records. */
function apiChangeView(change: Change) {
  return { ...changeView(change), meta: change.meta };
}

export function changeRoutes(context: AreaContext) {
  return async function apiChangeRoutes(scope: FastifyInstance): Promise<void> {
    const api = scope.withTypeProvider<TypeBoxTypeProvider>();
    api.get(
      '/api/changes',
      {
        schema: {
          summary: 'Changes after a revision, oldest first, with each entry before and after',
          tags: ['changes'],
          querystring: ChangesQuery,
          response: { 200: ChangesAnswer, 400: badRequest(), 404: notFound() },
        },
      },
      async (request) => {
        const record = await scopedConference(context.cache, request);
        const since = request.query.since ?? 0;
        const limit = request.query.limit ?? DEFAULT_CHANGES;
        // One more than asked says whether more follow without a second query.
        const found = await context.store.changesSince(record.id, since, { limit: limit + 1 });
        const changes = found.slice(0, limit);
        return {
          conference: record.slug,
          revision: Math.max(record.revision, changes.at(-1)?.revision ?? 0),
          changes: changes.map(apiChangeView),
          more: found.length > limit,
        };
      },
    );
  };
}
