/**
 * Who may do what: one table of role × action, checked for every command whether it comes
 * from a page, the API or the CLI.
 */

export type Role = 'admin' | 'editor' | 'display';
export const ROLES: readonly Role[] = ['admin', 'editor', 'display'];

export type Action = 'read-programme' | 'read-monitor' | 'edit-entries' | 'manage-tokens';

const POLICY: Record<Action, readonly Role[]> = {
  'read-programme': ['admin', 'editor', 'display'],
  'read-monitor': ['admin', 'editor', 'display'],
  'edit-entries': ['admin', 'editor'],
  'manage-tokens': ['admin'],
};

export function may(role: Role, action: Action): boolean {
  return POLICY[action].includes(role);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
