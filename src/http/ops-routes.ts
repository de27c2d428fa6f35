/**
 * Routes for whoever runs the instances, not for readers: `GET /healthz` (the process is up)
 * and `GET /readyz` (it can serve: the database answers at the schema version this code knows).
 * Neither needs a token, neither is cached, and neither is in the API's OpenAPI document.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { checkReadiness } from '../store/readiness.ts';
import type { AreaContext } from './server.ts';

const Healthy = Type.Object({ status: Type.Literal('ok') });
const Ready = Type.Object({ status: Type.Literal('ready'), schemaVersion: Type.Integer() });
const NotReady = Type.Object({ status: Type.Literal('unavailable'), reason: Type.String() });

export async function opsRoutes(app: FastifyInstance, context: AreaContext): Promise<void> {
  app.get('/healthz', { schema: { hide: true, response: { 200: Healthy } } }, async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
    return { status: 'ok' as const };
  });
  app.get('/readyz', { schema: { hide: true, response: { 200: Ready, 503: NotReady } } }, async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
    const readiness = await checkReadiness(context.store);
    if (readiness.ready) return reply.code(200).send({ status: 'ready', schemaVersion: readiness.schemaVersion });
    return reply.code(503).send({ status: 'unavailable', reason: readiness.reason });
  });
}
