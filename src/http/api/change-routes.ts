/** `GET /api/changes?since=N`: the change log after a revision, oldest first, for sync clients. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Change } from '../../store/change.ts';
import { scopedConference } from '../conference-scope.ts';
import type { AreaContext } from '../server.ts';
import { badRequest, notFound } from './answer-schemas.ts';
import { ChangesAnswer, ChangesQuery, DEFAULT_CHANGES } from './change-schemas.ts';

/** A change as the API shows it; an import says "reload" rather than repeating the whole programme twice. */
function changeView(change: Change) {
  const wholeProgramme = change.entryId === null;
  return {
    revision: change.revision,
    at: change.at,
    actor: change.actor,
    kind: change.kind,
    entryId: change.entryId,
    before: wholeProgramme ? null : change.before,
    after: wholeProgramme ? null : change.after,
    reload: wholeProgramme,
    meta: change.meta,
  };
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
          changes: changes.map(changeView),
          more: found.length > limit,
        };
      },
    );
  };
}
