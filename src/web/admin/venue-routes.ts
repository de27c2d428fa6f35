/** Venues with building, capacity and opening hours: /admin/venues. */
import type { AdminFeature } from './admin-context.ts';

export const venueFeature: AdminFeature = {
  scoped: true,
  routes: () => async () => {},
};
