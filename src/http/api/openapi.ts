/**
 * The API's OpenAPI 3.1 document, built by @fastify/swagger from the routes' own schemas and
 * served at `GET /api/openapi.json`. It describes the root paths (the default conference); the
 * same routes under `/c/<slug>` are left out.
 */
import { createRequire } from 'node:module';
import swagger, { type SwaggerOptions } from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';

const { version } = createRequire(import.meta.url)('../../../package.json') as { version: string };

const OPTIONS: SwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'Agora API',
      version,
      description:
        'The conference programme as data. Reads are public; writes need a bearer token (agora token create) whose role may edit entries, and the ETag of the entry as read, sent back in If-Match. Errors answer a stable code, a message and the fields at fault.',
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An Agora token, "agora_…", in an Authorization: Bearer header' },
      },
    },
    tags: [
      { name: 'programme', description: 'The conference and its programme, public' },
      { name: 'entries', description: 'Changing entries; needs an editor token' },
      { name: 'changes', description: 'The change log' },
      { name: 'openapi', description: 'This document' },
    ],
  },
  transform: ({ schema, url }) => ({ schema: url.startsWith('/c/') ? { ...schema, hide: true } : schema, url }),
};

const OpenApiDocument = Type.Object(
  {
    openapi: Type.String(),
    info: Type.Object({ title: Type.String(), version: Type.String() }, { additionalProperties: true }),
    paths: Type.Object({}, { additionalProperties: true }),
  },
  { additionalProperties: true, description: 'The OpenAPI 3.1 document' },
);

/** Registers the document builder on `scope` (it describes routes registered there afterwards) and its route. */
export async function registerOpenApi(scope: FastifyInstance): Promise<void> {
  await scope.register(swagger, OPTIONS);
  scope.get('/api/openapi.json', { schema: { summary: 'This OpenAPI 3.1 document', tags: ['openapi'], response: { 200: OpenApiDocument } } }, async () => scope.swagger());
}
