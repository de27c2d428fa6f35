/** Logging in and out, and setting one's own password: /login, /logout, /account/password. */
import type { AdminFeature } from './admin-context.ts';

export const authFeature: AdminFeature = {
  scoped: false,
  routes: () => async () => {},
};
