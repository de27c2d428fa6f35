import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startApiServer, type ApiTestServer } from './api-test-kit.ts';

interface Operation {
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown>; additionalProperties?: unknown } }> };
}
interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  components: { securitySchemes: Record<string, { type: string; scheme: string }> };
  paths: Record<string, Record<string, Operation>>;
}

/** Every route of the API, as OpenAPI writes its path. */
const API_ROUTES = [
  ['get', '/api/openapi.json'],
  ['get', '/api/conference'],
  ['get', '/api/venues'],
  ['get', '/api/notes'],
  ['get', '/api/entries'],
  ['get', '/api/entries/{id}'],
  ['post', '/api/entries'],
  ['patch', '/api/entries/{id}'],
  ['delete', '/api/entries/{id}'],
  ['post', '/api/entries/{id}/restore'],
  ['get', '/api/changes'],
  ['get', '/api/releases'],
  ['get', '/api/releases/{release}'],
  ['post', '/api/releases'],
  ['get', '/api/requests'],
  ['post', '/api/requests'],
  ['get', '/api/requests/{id}'],
  ['put', '/api/requests/{id}'],
  ['post', '/api/requests/{id}/withdraw'],
] as const;

/** The writes of entries; publishing a release is checked on its own (it has no revision to be stale against). */
const WRITES = API_ROUTES.filter(([method, path]) => method !== 'get' && path.startsWith('/api/entries'));

let server: ApiTestServer;
let doc: OpenApiDocument;
before(async () => {
  server = await startApiServer();
  const response = await server.request({ method: 'GET', url: '/api/openapi.json' });
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /^application\/json/);
  doc = JSON.parse(response.body) as OpenApiDocument;
});
after(() => server.close());

describe('the OpenAPI document', () => {
  test('is JSON of OpenAPI 3.1.0 titled "Agora API" with the version of the package', () => {
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.info.title, 'Agora API');
    assert.match(doc.info.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(doc.components.securitySchemes.bearer, { ...doc.components.securitySchemes.bearer, type: 'http', scheme: 'bearer' });
  });

  test('lists every API route, and only the root paths', () => {
    const listed = Object.entries(doc.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`))
      .sort();
    assert.deepEqual(listed, API_ROUTES.map(([method, path]) => `${method} ${path}`).sort());
  });

  test('every operation describes its 200 or 201 answer with a schema', () => {
    for (const [method, path] of API_ROUTES) {
      const responses = doc.paths[path]?.[method]?.responses ?? {};
      const success = responses['200'] ?? responses['201'];
      assert.ok(success?.content?.['application/json']?.schema, `${method} ${path}`);
    }
  });

  test('publishing a release needs the bearer scheme and documents 400, 401, 403 and 404', () => {
    const operation = doc.paths['/api/releases']?.post;
    assert.deepEqual(operation?.security, [{ bearer: [] }]);
    const statuses = Object.keys(operation?.responses ?? {});
    for (const status of ['201', '400', '401', '403', '404']) assert.ok(statuses.includes(status), status);
  });

  test('writes need the bearer scheme and document 400, 401, 403, 404 and 409; those on an entry also 428', () => {
    for (const [method, path] of WRITES) {
      const operation = doc.paths[path]?.[method];
      assert.deepEqual(operation?.security, [{ bearer: [] }], `${method} ${path}`);
      const statuses = Object.keys(operation?.responses ?? {});
      for (const status of ['400', '401', '403', '404', '409']) assert.ok(statuses.includes(status), `${method} ${path} ${status}`);
      if (path.includes('{id}')) {
        assert.ok(statuses.includes('428'), `${method} ${path} 428`);
        assert.ok(operation?.parameters?.some((parameter) => parameter.in === 'header' && parameter.name === 'if-match'));
      }
    }
  });

  test('reads document 304 and their filters; PATCH and POST bodies take no property they do not list', () => {
    assert.ok(doc.paths['/api/entries/{id}']?.get?.responses?.['304']);
    const filters = (doc.paths['/api/entries']?.get?.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
    assert.deepEqual(filters.sort(), ['day', 'kind', 'q', 'sponsor', 'status', 'venue']);
    for (const [method, path] of [
      ['patch', '/api/entries/{id}'],
      ['post', '/api/entries'],
    ] as const) {
      const body = doc.paths[path]?.[method]?.requestBody?.content?.['application/json']?.schema;
      assert.equal(body?.additionalProperties, false, `${method} ${path}`);
      assert.ok(body?.properties?.venue, `${method} ${path}`);
    }
  });
});
