/**
 * Releases over the API: the list with each changelog (public, as `/changes` is), one release,
 * and publishing the programme as it is now (a token or session whose role may publish).
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { findRelease, publishRelease, releasesWithChangelogs, type ReleaseWithChangelog } from '../../app/releases.ts';
import { authorise } from '../caller.ts';
import { scopedConference, scopePrefix } from '../conference-scope.ts';
import type { AreaContext } from '../server.ts';
import { badRequest, notFound, refusal } from './answer-schemas.ts';
import { NewReleaseBody, ReleaseParams, ReleasesAnswer, ReleaseSchema, ReleaseWithChangelogSchema } from './release-schemas.ts';

const TAGS = ['releases'];

function releaseView(item: ReleaseWithChangelog) {
  return { release: item.release, previous: item.previous?.id ?? null, changelog: item.changelog };
}

export function releaseRoutes(context: AreaContext) {
  return async function apiReleaseRoutes(scope: FastifyInstance): Promise<void> {
    const api = scope.withTypeProvider<TypeBoxTypeProvider>();
    api.get(
      '/api/releases',
      {
        schema: {
          summary: 'Every release, newest first, each with its changelog against the one before',
          tags: TAGS,
          response: { 200: ReleasesAnswer, 404: notFound() },
        },
      },
      async (request) => {
        const record = await scopedConference(context.cache, request);
        const releases = await releasesWithChangelogs(context.store, record);
        return { conference: record.slug, releases: releases.map(releaseView) };
      },
    );
    api.get(
      '/api/releases/:release',
      {
        schema: {
          summary: 'One release with its changelog',
          tags: TAGS,
          params: ReleaseParams,
          response: { 200: ReleaseWithChangelogSchema, 400: badRequest(), 404: notFound() },
        },
      },
      async (request) => {
        const record = await scopedConference(context.cache, request);
        const release = await findRelease(context.store, record, request.params.release);
        const found = (await releasesWithChangelogs(context.store, record)).find((item) => item.release.id === release.id);
        return releaseView(found ?? { release, previous: null, changelog: { added: [], cancelled: [], restored: [], removed: [], moved: [], changed: [], around: [] } });
      },
    );
    api.post(
      '/api/releases',
      {
        onRequest: async (request, reply) => ((await authorise(context.store, request, reply, 'publish-releases')) === null ? reply : undefined),
        schema: {
          summary: 'Publish the programme as it is now as the next release',
          tags: TAGS,
          security: [{ bearer: [] }],
          body: NewReleaseBody,
          response: {
            201: ReleaseSchema,
            400: badRequest(),
            401: refusal('AGORA_UNAUTHORISED: no login or token'),
            403: refusal('AGORA_FORBIDDEN: the role may not publish releases'),
            404: notFound(),
          },
        },
      },
      async (request, reply) => {
        const record = await scopedConference(context.cache, request);
        const caller = await authorise(context.store, request, reply, 'publish-releases');
        if (caller === null) return reply;
        const release = await publishRelease(context.store, record, caller.actor, request.body);
        return reply.code(201).header('location', `${scopePrefix(request)}/api/releases/${release.id}`).send(release);
      },
    );
  };
}
