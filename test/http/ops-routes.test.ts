import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { importProgramme } from '../../src/app/import-programme.ts';
import { buildServer, type AgoraServer } from '../../src/http/server.ts';
import { LATEST_SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { openPostgresStore } from '../../src/store/open-store.ts';
import { sampleProgramme } from '../support/sample-programme.ts';
import { TEST_BACKEND, tempPostgresDatabase, tempStore, type TempStore } from '../support/temp-store.ts';
import { testActor } from '../support/test-actor.ts';

describe(`health and readiness for load balancers (${TEST_BACKEND})`, () => {
  let temp: TempStore;
  let server: AgoraServer;
  beforeEach(async () => {
    temp = await tempStore();
    await importProgramme(temp.store, sampleProgramme(), { actor: testActor('test'), slug: 'cws3' });
    // Even a server that asks tokens of displays answers these without one.
    server = await buildServer({ store: temp.store, logger: false, requireDisplayToken: true });
  });
  afterEach(async () => {
    await server.app.close();
    await temp.dispose();
  });

  test('GET /healthz answers 200 {"status":"ok"} without a token, not to be cached', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { status: 'ok' });
    assert.equal(response.headers['cache-control'], 'no-store');
  });

  test('GET /readyz answers 200 with the schema version when the database answers at the version this Agora knows', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { status: 'ready', schemaVersion: LATEST_SCHEMA_VERSION });
  });

  test('GET /readyz answers 503 with a reason when the database is behind the schema this Agora needs', async () => {
    await temp.store.db.deleteFrom('agora_schema').where('version', '=', LATEST_SCHEMA_VERSION).execute();
    const response = await server.app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(response.statusCode, 503);
    assert.deepEqual(response.json(), {
      status: 'unavailable',
      reason: `the database is at schema version ${LATEST_SCHEMA_VERSION - 1}, but this Agora needs version ${LATEST_SCHEMA_VERSION}`,
    });
  });

  test('GET /readyz answers 503 with a reason once the database is gone, while /healthz still answers 200', async () => {
    await temp.store.close();
    const response = await server.app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(response.statusCode, 503);
    const body = response.json() as { status: string; reason: string };
    assert.equal(body.status, 'unavailable');
    assert.match(body.reason, /^the database cannot be reached: /);
    assert.equal((await server.app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
  });

  test('neither /healthz nor /readyz is in the OpenAPI document', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const paths = Object.keys((response.json() as { paths: Record<string, unknown> }).paths);
    assert.ok(paths.length > 0);
    assert.deepEqual(paths.filter((path) => /healthz|readyz/.test(path)), []);
  });

  if (TEST_BACKEND === 'postgres') {
    test('GET /readyz answers 503 when its PostgreSQL database is dropped under it', async () => {
      const database = await tempPostgresDatabase();
      const store = await openPostgresStore(database.url);
      const own = await buildServer({ store, logger: false });
      try {
        assert.equal((await own.app.inject({ method: 'GET', url: '/readyz' })).statusCode, 200);
        await database.drop();
        const response = await own.app.inject({ method: 'GET', url: '/readyz' });
        assert.equal(response.statusCode, 503);
        assert.match((response.json() as { reason: string }).reason, /^the database cannot be reached: /);
      } finally {
        await own.app.close();
        await store.close();
        await database.drop();
      }
    });
  }
});
