/** The programme grid: /admin. */
import type { AdminFeature } from './admin-context.ts';

export const gridFeature: AdminFeature = {
  scoped: true,
  routes: () => async () => {},
};
