/** Accounts, for admins: /admin/users. */
import type { AdminFeature } from './admin-context.ts';

export const userFeature: AdminFeature = {
  scoped: false,
  routes: () => async () => {},
};
