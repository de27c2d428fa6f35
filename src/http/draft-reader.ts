/**
 * Whether a request reads the draft: its caller (a bearer token or a logged-in session) has a
 * role that may read the draft. Everyone else reads the public view, which in "public on
 * release" mode is the newest release.
 */
import type { FastifyRequest } from 'fastify';
import { may } from '../app/policy.ts';
import type { Store } from '../store/store.ts';
import { callerOf } from './caller.ts';

/**
 * True when the request's caller may read the draft; a user who must change their password first
 * reads what the public reads.
 *
 * Examples: `cache.snapshot(record, { draft: await readsDraft(store, request) })`.
 */
export async function readsDraft(store: Store, request: FastifyRequest): Promise<boolean> {
  const caller = await callerOf(store, request);
  return caller.role !== null && may(caller.role, 'read-draft') && caller.session?.user.mustChangePassword !== true;
}
