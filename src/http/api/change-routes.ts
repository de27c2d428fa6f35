/**
 * `GET /api/changes?since=N`: the change log after a revision, oldest first, for sync clients.
 *
 * While a conference publishes on release, a caller who may not read the draft reads the log up
 * to the newest release only: change by change, what has been published, so that applying it
 * gives the programme readers see; the draft's changes after it appear once a release
 * publishes them.
 */
import { changeView } from '../../app/change-view.ts';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Change } from '../../store/change.ts';
import { scopedConference } from '../conference-scope.ts';
import { readsDraft } from '../draft-reader.ts';
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
          description:
            'While the conference publishes on release, a caller who may not read the draft gets only the releases (kind `release`, which say `reload`: read the programme again) up to the newest, never the draft changes between them, and `revision` is the newest release\'s.',
          tags: ['changes'],
          querystring: ChangesQuery,
          response: { 200: ChangesAnswer, 400: badRequest(), 404: notFound() },
        },
      },
      async (request) => {
        const record = await scopedConference(context.cache, request);
        const since = request.query.since ?? 0;
        const limit = request.query.limit ?? DEFAULT_CHANGES;
        const shown = (await readsDraft(context.store, request)) ? null : await context.cache.snapshot(record);
        // The public log stops at the newest release while the conference publishes on release.
        const upTo = shown !== null && shown.record.publication === 'release' ? shown.revision : null;
        // One more than asked says whether more follow without a second query.
        const found = upTo !== null && since >= upTo ? [] : await context.store.changesSince(record.id, since, { limit: limit + 1 });
        // Only the releases themselves: the edits between them were drafts, never public.
        const visible = upTo === null ? found : found.filter((change) => change.revision <= upTo && change.kind === 'release');
        const changes = visible.slice(0, limit);
        return {
          conference: record.slug,
          revision: upTo ?? Math.max(record.revision, changes.at(-1)?.revision ?? 0),
          changes: changes.map(apiChangeView),
          more: visible.length > limit,
        };
      },
    );
  };
}
