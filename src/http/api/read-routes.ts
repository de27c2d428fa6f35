/**
 * The reads: the conference, its venues, notes and entries, from the programme cache (no
 * database query while the revision stands), each with an ETag and 304 for a current copy.
 * A caller who may read the draft (an editor's token or session) reads the draft; everyone else
 * the public view, which in "public on release" mode is the newest release.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Snapshot } from '../../app/programme-cache.ts';
import { AgoraError } from '../../errors.ts';
import { scopedConference, scopePrefix } from '../conference-scope.ts';
import { readsDraft } from '../draft-reader.ts';
import type { AreaContext } from '../server.ts';
import { badRequest, notFound, notModified, tagged } from './answer-schemas.ts';
import { isFresh, revisionTag } from './entity-tag.ts';
import { EntryIdParams, StoredEntrySchema } from './entry-schemas.ts';
import { EntryQuery, queryEntries } from './entry-query.ts';
import { ConferenceAnswer, NotesAnswer, VenuesAnswer } from './programme-schemas.ts';

const READ_TAGS = ['programme'];
const PROGRAMME_ETAG = 'The revision shown, "<revision>": the draft\'s for a caller who may read it, else the public one\'s';
const IfNoneMatch = Type.Object({ 'if-none-match': Type.Optional(Type.String({ description: 'An ETag you hold; 304 when it is still current' })) });

/**
 * Sets the ETag; true when the client's copy is current and a 304 has been sent. The answer
 * depends on who asks (draft or public view), so shared caches keep the two apart.
 */
function answeredNotModified(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  void reply.header('etag', etag).header('cache-control', 'no-cache').header('vary', 'authorization, cookie');
  if (!isFresh(request.headers['if-none-match'], etag)) return false;
  void reply.code(304).send();
  return true;
}

export function readRoutes(context: AreaContext) {
  const snapshotOf = async (request: FastifyRequest): Promise<Snapshot> =>
    context.cache.snapshot(await scopedConference(context.cache, request), { draft: await readsDraft(context.store, request) });

  return async function apiReadRoutes(scope: FastifyInstance): Promise<void> {
    const api = scope.withTypeProvider<TypeBoxTypeProvider>();

    api.get(
      '/api/conference',
      {
        schema: {
          summary: 'The conference',
          tags: READ_TAGS,
          headers: IfNoneMatch,
          response: { 200: tagged(ConferenceAnswer, PROGRAMME_ETAG), 304: notModified(), 404: notFound() },
        },
      },
      async (request, reply) => {
        const snapshot = await snapshotOf(request);
        if (answeredNotModified(request, reply, snapshot.tag)) return reply;
        return { slug: snapshot.record.slug, revision: snapshot.revision, ...snapshot.programme.conference };
      },
    );

    api.get(
      '/api/venues',
      {
        schema: {
          summary: 'The venues, in programme order',
          tags: READ_TAGS,
          headers: IfNoneMatch,
          response: { 200: tagged(VenuesAnswer, PROGRAMME_ETAG), 304: notModified(), 404: notFound() },
        },
      },
      async (request, reply) => {
        const snapshot = await snapshotOf(request);
        if (answeredNotModified(request, reply, snapshot.tag)) return reply;
        return { revision: snapshot.revision, venues: snapshot.programme.venues };
      },
    );

    api.get(
      '/api/notes',
      {
        schema: {
          summary: 'The footnotes entries refer to',
          tags: READ_TAGS,
          headers: IfNoneMatch,
          response: { 200: tagged(NotesAnswer, PROGRAMME_ETAG), 304: notModified(), 404: notFound() },
        },
      },
      async (request, reply) => {
        const snapshot = await snapshotOf(request);
        if (answeredNotModified(request, reply, snapshot.tag)) return reply;
        return { revision: snapshot.revision, notes: snapshot.programme.notes };
      },
    );

    api.get(
      '/api/entries',
      {
        schema: {
          summary: 'The entries, in programme order, cancelled ones included unless a status is asked for',
          tags: READ_TAGS,
          querystring: EntryQuery,
          headers: IfNoneMatch,
          response: {
            200: tagged(
              Type.Object(
                { revision: Type.Integer({ description: 'The conference\'s revision this answer shows' }), entries: Type.Array(StoredEntrySchema) },
                { additionalProperties: false, description: 'The entries the filters keep' },
              ),
              PROGRAMME_ETAG,
            ),
            304: notModified(),
            400: badRequest(),
            404: notFound(),
          },
        },
      },
      async (request, reply) => {
        const snapshot = await snapshotOf(request);
        const entries = queryEntries(snapshot.programme, snapshot.entries, request.query);
        if (answeredNotModified(request, reply, snapshot.tag)) return reply;
        return { revision: snapshot.revision, entries };
      },
    );

    api.get(
      '/api/entries/:id',
      {
        schema: {
          summary: 'One entry, with its revision as its ETag: send it back in If-Match to change the entry',
          tags: READ_TAGS,
          params: EntryIdParams,
          headers: IfNoneMatch,
          response: { 200: tagged(StoredEntrySchema, 'The entry\'s revision, "<revision>": send it in If-Match to change it'), 304: notModified(), 404: notFound() },
        },
      },
      async (request, reply) => {
        const snapshot = await snapshotOf(request);
        const entry = snapshot.byId.get(request.params.id);
        if (!entry) {
          throw new AgoraError('AGORA_NOT_FOUND', `There is no entry "${request.params.id}" in ${snapshot.record.slug}; GET ${scopePrefix(request)}/api/entries lists them.`, {
            problems: [{ where: 'id', message: 'unknown entry' }],
          });
        }
        if (answeredNotModified(request, reply, revisionTag(entry.revision))) return reply;
        return entry;
      },
    );
  };
}
