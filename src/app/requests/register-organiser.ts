/**
 * An organiser making their own account to request side events, where the conference allows it
 * (otherwise organisers are invited: an admin makes their accounts).
 */
import { AgoraError } from '../../errors.ts';
import type { ConferenceRecord, Store } from '../../store/store.ts';
import { createUser, type User } from '../accounts/users.ts';
import { readRequestSettings } from './request-settings.ts';

export interface Registration {
  name: string;
  email: string;
  password: string;
  confirmation: string;
}

/** True when anyone may make an organiser account for the conference. */
export async function selfRegistrationOpen(store: Store, record: ConferenceRecord): Promise<boolean> {
  return (await readRequestSettings(store.db, record.id)).selfRegistration;
}

/**
 * Makes an organiser account, refused (AGORA_NOT_FOUND) where the conference does not allow it and
 * with the fields at fault named otherwise. The role is always organiser: the conference's setting
 * stands in for the admin who would otherwise make the account, for this role alone.
 *
 * Examples: `registerOrganiser(store, record, { name: 'A. Organiser', email: 'a@example.org', password: '…', confirmation: '…' })`.
 */
export async function registerOrganiser(store: Store, record: ConferenceRecord, input: Registration): Promise<User> {
  if (!(await selfRegistrationOpen(store, record))) {
    throw new AgoraError('AGORA_NOT_FOUND', 'Side-event requests are by invitation: ask the secretariat for an account.');
  }
  if (input.password !== input.confirmation) {
    throw new AgoraError('AGORA_BAD_INPUT', 'The account was not made.', { problems: [{ where: 'confirmation', message: 'does not match the password' }] });
  }
  return createUser(store, { name: 'self-registration', role: 'admin' }, { name: input.name, email: input.email, role: 'organiser', password: input.password, registeredFor: record.id });
}
