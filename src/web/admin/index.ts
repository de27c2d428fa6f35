/**
 * The secretariat's area: login and accounts, the programme grid, entry forms, history, venues,
 * settings and import. Each feature is a plugin of its own; conference features live at the
 * root (the default conference) and under `/c/<slug>`.
 */
import { registerScoped } from '../../http/conference-scope.ts';
import type { AreaPlugin } from '../../http/server.ts';
import { webAssets } from '../web-assets.ts';
import type { AdminContext, AdminFeature } from './admin-context.ts';
import { authFeature } from './auth-routes.ts';
import { entryFeature } from './entry-routes.ts';
import { gridFeature } from './grid-routes.ts';
import { historyFeature } from './history-routes.ts';
import { importFeature } from './import-routes.ts';
import { outboxFeature } from './outbox-routes.ts';
import { registerFeature } from './register-routes.ts';
import { releaseFeature } from './release-routes.ts';
import { requestReviewFeature } from './request-review-routes.ts';
import { requestFeature } from './request-routes.ts';
import { settingsFeature } from './settings-routes.ts';
import { userFeature } from './user-routes.ts';
import { venueFeature } from './venue-routes.ts';
import { webhookFeature } from './webhook-routes.ts';

const FEATURES: AdminFeature[] = [authFeature, userFeature, gridFeature, entryFeature, historyFeature, venueFeature, releaseFeature, settingsFeature, importFeature, requestFeature, requestReviewFeature, registerFeature, webhookFeature, outboxFeature];

export const adminRoutes: AreaPlugin = async (app, areaContext) => {
  const assets = await webAssets();
  const context: AdminContext = { ...areaContext, assets: assets.adminLinks };
  for (const feature of FEATURES) {
    if (feature.scoped) await registerScoped(app, feature.routes(context));
    else await app.register(feature.routes(context));
  }
};
