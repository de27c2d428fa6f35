/** What each secretariat feature's routes get: the server's area context and the admin assets. */
import type { FastifyPluginAsync } from 'fastify';
import type { AreaContext } from '../../http/server.ts';
import type { AdminAssetLinks } from '../web-assets.ts';

export interface AdminContext extends AreaContext {
  assets: AdminAssetLinks;
}

/** A feature's routes; `scoped` ones live at the root and under `/c/<slug>` like the public pages. */
export interface AdminFeature {
  scoped: boolean;
  routes(context: AdminContext): FastifyPluginAsync;
}
