/** Importing a programme document or Agora JSON with a preview: /admin/import. */
import type { AdminFeature } from './admin-context.ts';

export const importFeature: AdminFeature = {
  scoped: true,
  routes: () => async () => {},
};
