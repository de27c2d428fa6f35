/**
 * The web programme: server-rendered pages for each conference (`/…` for the default one,
 * `/c/<slug>/…` for each), and the stylesheet and client script they share at `/assets/…`.
 */
import { registerScoped } from '../http/conference-scope.ts';
import { sendRendered } from '../http/send-rendered.ts';
import type { AreaPlugin } from '../http/server.ts';
import { webRoutes } from './page-routes.ts';
import { updatesRoutes } from './updates-routes.ts';
import { webAssets } from './web-assets.ts';

export const pageRoutes: AreaPlugin = async (app, context) => {
  const assets = await webAssets();
  for (const asset of [assets.css, assets.script, assets.adminCss, assets.adminScript]) {
    app.get(asset.path, async (request, reply) => sendRendered(request, reply, asset, { contentType: asset.contentType }));
  }
  await registerScoped(app, webRoutes(context, assets));
  await registerScoped(app, updatesRoutes(context, assets));
};
