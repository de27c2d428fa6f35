/**
 * Who may do what: one table of role × action, checked in `app/` for every command whether it
 * comes from a page, the API or the CLI, and read by the route walk test that holds the routes to it.
 */
import { AgoraError } from '../errors.ts';

export type Role = 'admin' | 'editor' | 'organiser' | 'display';
export const ROLES: readonly Role[] = ['admin', 'editor', 'organiser', 'display'];

export type Action =
  | 'read-programme'
  | 'read-draft'
  | 'read-monitor'
  | 'read-history'
  | 'edit-entries'
  | 'manage-venues'
  | 'manage-conference'
  | 'import-programme'
  | 'manage-users'
  | 'manage-tokens'
  | 'publish-releases'
  | 'manage-notifications'
  | 'submit-requests'
  | 'review-requests';

export const POLICY: Readonly<Record<Action, readonly Role[]>> = {
  'read-programme': ['admin', 'editor', 'organiser', 'display'],
  'read-draft': ['admin', 'editor'],
  'read-monitor': ['admin', 'editor', 'display'],
  'read-history': ['admin', 'editor'],
  'edit-entries': ['admin', 'editor'],
  'manage-venues': ['admin', 'editor'],
  'manage-conference': ['admin'],
  'import-programme': ['admin', 'editor'],
  'manage-users': ['admin'],
  'manage-tokens': ['admin'],
  'publish-releases': ['admin', 'editor'],
  'manage-notifications': ['admin'],
  'submit-requests': ['organiser', 'admin'],
  'review-requests': ['admin', 'editor'],
};

export const ACTIONS = Object.keys(POLICY) as Action[];

/** Who makes a change: the name the change log records and the role the policy checks. */
export interface Actor {
  /** "cli", "token:desk-1", or a user's e-mail address. */
  name: string;
  role: Role;
}

export function may(role: Role, action: Action): boolean {
  return POLICY[action].includes(role);
}

/** Throws AGORA_FORBIDDEN unless the actor's role may do the action. */
export function requireMay(actor: Actor, action: Action): void {
  if (!may(actor.role, action)) {
    throw new AgoraError('AGORA_FORBIDDEN', `The ${actor.role} role may not ${describeAction(action)}.`);
  }
}

export function describeAction(action: Action): string {
  return action.replace(/-/g, ' ');
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
