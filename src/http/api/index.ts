/**
 * The REST API under `/api` (and `/c/<slug>/api` for each conference): public reads of the
 * programme and the change log, and writes for editors, all described in `/api/openapi.json`.
 */
import type { FastifyInstance } from 'fastify';
import { registerScoped } from '../conference-scope.ts';
import type { AreaContext, AreaPlugin } from '../server.ts';
import { changeRoutes } from './change-routes.ts';
import { registerOpenApi } from './openapi.ts';
import { readRoutes } from './read-routes.ts';
import { releaseRoutes } from './release-routes.ts';
import { requestRoutes } from './request-routes.ts';
import { apiValidatorCompiler } from './request-validator.ts';
import { writeRoutes } from './write-routes.ts';

export const apiRoutes: AreaPlugin = async (app: FastifyInstance, context: AreaContext) => {
  // Its own encapsulated scope: the validator and the OpenAPI builder see only the API's routes.
  await app.register(async function agoraApi(api) {
    api.setValidatorCompiler(apiValidatorCompiler);
    await registerOpenApi(api);
    await registerScoped(api, readRoutes(context));
    await registerScoped(api, writeRoutes(context));
    await registerScoped(api, changeRoutes(context));
    await registerScoped(api, releaseRoutes(context));
    await registerScoped(api, requestRoutes(context));
  });
};
