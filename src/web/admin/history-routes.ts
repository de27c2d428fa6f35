/** Every change, who made it and what it did: /admin/history. */
import type { AdminFeature } from './admin-context.ts';

export const historyFeature: AdminFeature = {
  scoped: true,
  routes: () => async () => {},
};
