/**
 * An organiser's side-event requests over the API: their own list, submitting one, reading,
 * editing and withdrawing one of their own. The caller is a logged-in organiser (or admin); a
 * request belongs to an account, so a bearer token, which has none, is refused. Another
 * organiser's request answers 404, as one that does not exist does.
 *
 * Examples: `PUT /api/requests/7` with `If-Match: "1"` and the form's fields as JSON → the request at version 2.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listOwnRequests, readOwnRequest, submitRequest, updateOwnRequest, withdrawOwnRequest, type Organiser, type OwnRequest } from '../../app/requests/organiser-requests.ts';
import type { RequestForm } from '../../app/requests/request-form.ts';
import { readWholeNumber } from '../../app/whole-number.ts';
import { AgoraError } from '../../errors.ts';
import { authorise } from '../caller.ts';
import { scopedConference, scopePrefix } from '../conference-scope.ts';
import type { AreaContext } from '../server.ts';
import { badRequest, notFound, refusal } from './answer-schemas.ts';
import { IfMatchHeader, RequestBody, RequestParams, RequestsAnswer, RequestSchema } from './request-schemas.ts';

const TAGS = ['requests'];

type Body = { sponsors: string; title: string; description?: string; expectedAttendance?: string; choices: RequestForm['choices']; refreshments?: string; languages?: string[]; contactName: string; contactEmail: string; contactPhone?: string };

function formOf(body: Body): RequestForm {
  return {
    sponsors: body.sponsors,
    title: body.title,
    description: body.description ?? '',
    expectedAttendance: body.expectedAttendance ?? '',
    choices: body.choices,
    refreshments: body.refreshments ?? '',
    languages: body.languages ?? [],
    contactName: body.contactName,
    contactEmail: body.contactEmail,
    contactPhone: body.contactPhone ?? '',
  };
}

function requestView({ request, entry }: OwnRequest) {
  return {
    id: request.id,
    status: request.status,
    sponsors: request.sponsors,
    title: request.title,
    description: request.description,
    expectedAttendance: request.expectedAttendance,
    choices: request.choices,
    needs: request.needs,
    contactName: request.contactName,
    contactEmail: request.contactEmail,
    contactPhone: request.contactPhone,
    decisionMessage: request.decisionMessage,
    scheduled: entry === null ? null : { entry: entry.id, date: entry.date, start: entry.start, end: entry.end, venue: entry.venue },
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
    version: request.version,
  };
}

/**
 * The version an `If-Match` header names: `"2"` or `2`; 428 without one, 400 for one that is not a version.
 *
 * Examples: `expectedVersion('"2"', 'GET /api/requests/7')` is 2.
 */
function expectedVersion(ifMatch: string | undefined, readFrom: string): number {
  if (ifMatch === undefined || ifMatch.trim() === '') {
    throw new AgoraError('AGORA_PRECONDITION_REQUIRED', `Nothing was saved: send the version you read in an If-Match header, such as If-Match: "2". ${readFrom} answers the request with it as its ETag.`, {
      problems: [{ where: 'if-match', message: 'is required' }],
    });
  }
  const match = /^(?:W\/)?("?)(\d+)\1$/.exec(ifMatch.trim());
  const version = match ? readWholeNumber(match[2] as string) : null;
  if (version === null) {
    throw new AgoraError('AGORA_BAD_INPUT', `Nothing was saved: If-Match ${JSON.stringify(ifMatch)} is not a version of a request.`, {
      problems: [{ where: 'if-match', message: `send the ETag ${readFrom} answers, such as "2"` }],
    });
  }
  return version;
}

const refusals = () => ({
  400: badRequest(),
  401: refusal('AGORA_UNAUTHORISED: no login'),
  403: refusal('AGORA_FORBIDDEN: the role may not submit requests, or the caller is a token (requests belong to an account); AGORA_CSRF: a session without its CSRF token'),
  404: refusal('AGORA_NOT_FOUND: no such conference, or no request of the caller with that number'),
});
const stale = () => refusal('AGORA_STALE_REVISION: the request changed since the version sent (another tab, or the secretariat\'s decision)');
const preconditionRequired = () => refusal('AGORA_PRECONDITION_REQUIRED: no If-Match header; read the request and send its ETag');

export function requestRoutes(context: AreaContext) {
  const { store } = context;

  /** The logged-in organiser, or null once a refusal is sent. */
  async function organiserOf(request: FastifyRequest, reply: FastifyReply): Promise<Organiser | null> {
    const caller = await authorise(store, request, reply, 'submit-requests');
    if (caller === null) return null;
    if (caller.session === null) {
      await reply.code(403).send({ code: 'AGORA_FORBIDDEN', message: 'Side-event requests belong to an account: log in as the organiser (/login) rather than using a token.' });
      return null;
    }
    const { id, email, role } = caller.session.user;
    return { id, email, role };
  }
  const guard = async (request: FastifyRequest, reply: FastifyReply) => ((await organiserOf(request, reply)) === null ? reply : undefined);

  return async function apiRequestRoutes(scope: FastifyInstance): Promise<void> {
    const api = scope.withTypeProvider<TypeBoxTypeProvider>();
    const withTag = (reply: FastifyReply, own: OwnRequest) => reply.header('etag', `"${own.request.version}"`);

    api.get(
      '/api/requests',
      { onRequest: guard, schema: { summary: 'The caller\'s own side-event requests, newest first', tags: TAGS, response: { 200: RequestsAnswer, ...refusals() } } },
      async (request, reply) => {
        const organiser = await organiserOf(request, reply);
        if (organiser === null) return reply;
        const record = await scopedConference(context.cache, request);
        return { conference: record.slug, requests: (await listOwnRequests(store, record, organiser)).map(requestView) };
      },
    );
    api.post(
      '/api/requests',
      {
        onRequest: guard,
        schema: { summary: 'Submit a side-event request', tags: TAGS, body: RequestBody, response: { 201: RequestSchema, ...refusals() } },
      },
      async (request, reply) => {
        const organiser = await organiserOf(request, reply);
        if (organiser === null) return reply;
        const record = await scopedConference(context.cache, request);
        const submitted = await submitRequest(store, record, organiser, formOf(request.body));
        const own = { request: submitted, entry: null };
        return withTag(reply, own).code(201).header('location', `${scopePrefix(request)}/api/requests/${submitted.id}`).send(requestView(own));
      },
    );
    api.get(
      '/api/requests/:id',
      {
        onRequest: guard,
        schema: { summary: 'One of the caller\'s own requests, with its version as ETag', tags: TAGS, params: RequestParams, response: { 200: RequestSchema, ...refusals() } },
      },
      async (request, reply) => {
        const organiser = await organiserOf(request, reply);
        if (organiser === null) return reply;
        const record = await scopedConference(context.cache, request);
        const own = await readOwnRequest(store, record, organiser, request.params.id);
        return withTag(reply, own).send(requestView(own));
      },
    );
    api.put(
      '/api/requests/:id',
      {
        onRequest: guard,
        schema: {
          summary: 'Edit one of the caller\'s requests while it is submitted and the deadline has not passed',
          description: 'Send every field of the form, with the version you read in If-Match.',
          tags: TAGS,
          params: RequestParams,
          headers: IfMatchHeader,
          body: RequestBody,
          response: { 200: RequestSchema, ...refusals(), 409: stale(), 428: preconditionRequired() },
        },
      },
      async (request, reply) => {
        const organiser = await organiserOf(request, reply);
        if (organiser === null) return reply;
        const record = await scopedConference(context.cache, request);
        const { id } = request.params;
        const expected = expectedVersion(request.headers['if-match'], `GET ${scopePrefix(request)}/api/requests/${id}`);
        const updated = await updateOwnRequest(store, record, organiser, id, formOf(request.body), expected);
        const own = { request: updated, entry: null };
        return withTag(reply, own).send(requestView(own));
      },
    );
    api.post(
      '/api/requests/:id/withdraw',
      {
        onRequest: guard,
        schema: {
          summary: 'Withdraw one of the caller\'s requests (it becomes cancelled) until it is placed in the programme',
          tags: TAGS,
          params: RequestParams,
          headers: IfMatchHeader,
          response: { 200: RequestSchema, ...refusals(), 409: stale(), 428: preconditionRequired() },
        },
      },
      async (request, reply) => {
        const organiser = await organiserOf(request, reply);
        if (organiser === null) return reply;
        const record = await scopedConference(context.cache, request);
        const { id } = request.params;
        const expected = expectedVersion(request.headers['if-match'], `GET ${scopePrefix(request)}/api/requests/${id}`);
        const withdrawn = await withdrawOwnRequest(store, record, organiser, id, expected);
        const own = { request: withdrawn, entry: null };
        return withTag(reply, own).send(requestView(own));
      },
    );
  };
}
