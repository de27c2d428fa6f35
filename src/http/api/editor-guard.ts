/**
 * Writes need a bearer token whose role may edit entries. The check runs when the request
 * arrives, before its body is read or checked, so a caller without the right learns nothing more.
 */
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Store } from '../../store/store.ts';
import { authorise, type AuthorisedCaller } from '../caller.ts';

const editors = new WeakMap<FastifyRequest, AuthorisedCaller>();

/** An `onRequest` hook that answers 401 or 403, or lets an editor through. */
export function requireEditor(store: Store): onRequestAsyncHookHandler {
  return async function requireEditorHook(request: FastifyRequest, reply: FastifyReply) {
    const caller = await authorise(store, request, reply, 'edit-entries');
    if (caller === null) return reply;
    editors.set(request, caller);
    return undefined;
  };
}

/** The editor {@link requireEditor} let through. */
export function editorOf(request: FastifyRequest): AuthorisedCaller {
  const caller = editors.get(request);
  if (!caller) throw new Error('editorOf: the route has no requireEditor hook');
  return caller;
}
