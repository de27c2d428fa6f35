/** One entry's form, with its conflicts and history: /admin/entries/… */
import type { AdminFeature } from './admin-context.ts';

export const entryFeature: AdminFeature = {
  scoped: true,
  routes: () => async () => {},
};
