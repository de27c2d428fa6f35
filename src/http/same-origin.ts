/**
 * Whether a browser's request was sent by a page of this site. Browsers send `Origin` with every
 * cross-site form post; a request without it (a command-line client, an old browser) is judged
 * by the other checks. Used where no session exists yet to carry a CSRF token: the login form,
 * which another site could otherwise use to log a browser into an account of its own choosing.
 */
import type { FastifyRequest } from 'fastify';

export function fromThisSite(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    // Through URL on both sides, so that a default port written out ("…:80") compares equal.
    return new URL(origin).host === new URL(`${request.protocol}://${request.host}`).host;
  } catch {
    return false;
  }
}
