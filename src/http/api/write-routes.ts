/**
 * The writes: create, change, cancel and restore an entry. Each needs an editor's bearer token and
 * (but for a new entry) the ETag the writer read in `If-Match`; each is one commit with its
 * change row, answered with the entry, the revision, the conflicts it is in, and its new ETag.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { addEntry, cancelEntry, moveEntry, restoreEntry, updateEntry } from '../../app/entry-commands.ts';
import type { WriteOptions, WriteResult } from '../../app/write-entry.ts';
import { scopedConference, scopePrefix } from '../conference-scope.ts';
import type { AreaContext } from '../server.ts';
import { refusal, writeRefusals } from './answer-schemas.ts';
import { editorOf, requireEditor } from './editor-guard.ts';
import { expectedRevision, revisionTag } from './entity-tag.ts';
import { EntryIdParams, EntryPatchBody, NewEntryBody, WriteAnswer } from './entry-schemas.ts';

const WRITE_TAGS = ['entries'];
const SECURITY = [{ bearer: [] }];

const StrictQuery = Type.Object(
  {
    strict: Type.Optional(Type.Boolean({ description: 'Refuse the write (409 AGORA_CONFLICT_REFUSED) when it would leave an error-level conflict' })),
  },
  { additionalProperties: false },
);

const IfMatch = Type.Object({
  'if-match': Type.Optional(Type.String({ description: 'Required: the entry\'s ETag as you read it, such as "12" (428 without it, 409 when stale)' })),
});

const preconditionRequired = () => refusal('AGORA_PRECONDITION_REQUIRED: no If-Match header; read the entry and send its ETag');

/** The fields a move changes; a patch of only these is a move (a new start alone keeps the length). */
const PLACEMENT = new Set(['date', 'start', 'end', 'venue']);

function isMove(patch: object): boolean {
  return Object.keys(patch).every((field) => PLACEMENT.has(field));
}

export function writeRoutes(context: AreaContext) {
  const guard = requireEditor(context.store);

  async function written(request: FastifyRequest, reply: FastifyReply, result: WriteResult, status: 200 | 201) {
    // Awaited so that a read right after this answer already sees the write (the cache follows the bus).
    await context.bus.poke();
    void reply.code(status).header('etag', revisionTag(result.entry.revision));
    if (status === 201) void reply.header('location', `${scopePrefix(request)}/api/entries/${encodeURIComponent(result.entry.id)}`);
    return { entry: result.entry, revision: result.revision, conflicts: result.conflicts };
  }

  function options(request: FastifyRequest, query: { strict?: boolean }, expectedRevision?: number): WriteOptions {
    return { actor: editorOf(request).actor, strict: query.strict === true, expectedRevision };
  }

  /** The revision the writer read, from If-Match; 428 names where to read it. */
  const ifMatch = (request: FastifyRequest, id: string) =>
    expectedRevision(request.headers['if-match'], `GET ${scopePrefix(request)}/api/entries/${encodeURIComponent(id)}`);

  return async function apiWriteRoutes(scope: FastifyInstance): Promise<void> {
    const api = scope.withTypeProvider<TypeBoxTypeProvider>();

    api.post(
      '/api/entries',
      {
        onRequest: guard,
        schema: {
          summary: 'Add an entry',
          description: 'Needs a kind and a title; the id is made from the date and title unless one is given.',
          tags: WRITE_TAGS,
          security: SECURITY,
          querystring: StrictQuery,
          body: NewEntryBody,
          response: { 201: WriteAnswer('The entry as added, at its Location'), ...writeRefusals() },
        },
      },
      async (request, reply) => {
        const record = await scopedConference(context.cache, request);
        return written(request, reply, await addEntry(context.store, record, request.body, options(request, request.query)), 201);
      },
    );

    api.patch(
      '/api/entries/:id',
      {
        onRequest: guard,
        schema: {
          summary: 'Change fields of an entry',
          description:
            'Send only the fields to change, such as {"venue": "M7"} or {"start": "14:00", "end": "15:00"}, with the ETag you read in If-Match. A change of only date, start, end or venue is recorded as a move, and a new start alone keeps the entry\'s length. Cancel and restore with DELETE and POST …/restore.',
          tags: WRITE_TAGS,
          security: SECURITY,
          params: EntryIdParams,
          querystring: StrictQuery,
          headers: IfMatch,
          body: EntryPatchBody,
          response: { 200: WriteAnswer('The entry as changed'), ...writeRefusals(), 428: preconditionRequired() },
        },
      },
      async (request, reply) => {
        const expected = ifMatch(request, request.params.id);
        const record = await scopedConference(context.cache, request);
        const patch = request.body;
        const write = options(request, request.query, expected);
        const result = isMove(patch)
          ? await moveEntry(context.store, record, request.params.id, patch, write)
          : await updateEntry(context.store, record, request.params.id, patch, write);
        return written(request, reply, result, 200);
      },
    );

    api.delete(
      '/api/entries/:id',
      {
        onRequest: guard,
        schema: {
          summary: 'Cancel an entry',
          description: 'The entry stays, marked cancelled, and leaves print; POST …/restore brings it back.',
          tags: WRITE_TAGS,
          security: SECURITY,
          params: EntryIdParams,
          querystring: StrictQuery,
          headers: IfMatch,
          response: { 200: WriteAnswer('The entry as cancelled'), ...writeRefusals(), 428: preconditionRequired() },
        },
      },
      async (request, reply) => {
        const expected = ifMatch(request, request.params.id);
        const record = await scopedConference(context.cache, request);
        return written(request, reply, await cancelEntry(context.store, record, request.params.id, options(request, request.query, expected)), 200);
      },
    );

    api.post(
      '/api/entries/:id/restore',
      {
        onRequest: guard,
        schema: {
          summary: 'Restore a cancelled entry',
          tags: WRITE_TAGS,
          security: SECURITY,
          params: EntryIdParams,
          querystring: StrictQuery,
          headers: IfMatch,
          response: { 200: WriteAnswer('The entry as restored'), ...writeRefusals(), 428: preconditionRequired() },
        },
      },
      async (request, reply) => {
        const expected = ifMatch(request, request.params.id);
        const record = await scopedConference(context.cache, request);
        return written(request, reply, await restoreEntry(context.store, record, request.params.id, options(request, request.query, expected)), 200);
      },
    );
  };
}
