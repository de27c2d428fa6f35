/** The conference's own fields and notes: /admin/settings. */
import type { AdminFeature } from './admin-context.ts';

export const settingsFeature: AdminFeature = {
  scoped: true,
  routes: () => async () => {},
};
