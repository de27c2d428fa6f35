/**
 * The admin's list of accounts: who has one, with which role, whether it works; a form to make
 * one; and per account, forms to change the role, reset the password and disable or enable it.
 * Every form posts and works without JavaScript.
 */
import { MIN_PASSWORD_LENGTH, type User } from '../../../app/accounts/users.ts';
import { Fragment } from 'preact';
import { ACTIONS, describeAction, may, ROLES, type Role } from '../../../app/policy.ts';
import type { AdminPageContext } from '../admin-page.ts';
import { AdminLayout } from './admin-layout.tsx';
import { Field, FormSummary, type FormErrors } from './form-field.tsx';

/** What the create form was sent with, kept when it is refused. */
export interface NewUserDraft {
  email: string;
  name: string;
  role: string;
}

export interface UsersPageProps {
  page: AdminPageContext;
  users: User[];
  /** A sentence saying what was just done, or null. */
  done: string | null;
  /** The one-time password just made, shown on this answer only. */
  reset: { user: User; temporaryPassword: string } | null;
  create: { draft: NewUserDraft; errors: FormErrors | null };
  /** A refused change to one account, shown in its row. */
  rowError: { userId: number; errors: FormErrors } | null;
}

/** What a role may do, in the policy table's own words, so the page cannot say otherwise. */
function roleNote(role: Role): string {
  return ACTIONS.filter((action) => may(role, action)).map(describeAction).join(', ');
}

function statusOf(user: User): string {
  if (user.disabledAt !== null) return 'Disabled';
  if (user.mustChangePassword) return 'Active, must set a password';
  return 'Active';
}

function RoleOptions({ selected }: { selected: string }) {
  return (
    <>
      {ROLES.map((role) => (
        <option key={role} value={role} selected={role === selected}>
          {role}
        </option>
      ))}
    </>
  );
}

function UserRow({ page, user, errors }: { page: AdminPageContext; user: User; errors: FormErrors | null }) {
  const base = `/admin/users/${user.id}`;
  const self = user.id === page.user.id;
  const form = `user-${user.id}`;
  return (
    <tr id={form} class={user.disabledAt !== null ? 'user-disabled' : undefined}>
      <td data-label="E-mail">
        {user.email}
        {self ? <span class="user-self"> (you)</span> : null}
      </td>
      <td data-label="Name">{user.name}</td>
      <td data-label="Role">
        <form method="post" action={`${base}/role`} class="inline-form">
          <input type="hidden" name="_csrf" value={page.csrf} />
          <Field form={form} name="role" label={`Role of ${user.email}`} error={errors?.fields.role}>
            <RoleOptions selected={user.role} />
          </Field>
          <button type="submit">Change role</button>
        </form>
      </td>
      <td data-label="Status">
        {statusOf(user)}
        {errors?.fields.status ? <p class="field-error">{errors.fields.status}</p> : null}
        {errors && !errors.fields.status && !errors.fields.role ? <p class="field-error">{errors.message}</p> : null}
      </td>
      <td data-label="Actions">
        <div class="user-actions">
          <form method="post" action={`${base}/reset`}>
            <input type="hidden" name="_csrf" value={page.csrf} />
            <button type="submit">Reset password</button>
          </form>
          <form method="post" action={`${base}/${user.disabledAt === null ? 'disable' : 'enable'}`}>
            <input type="hidden" name="_csrf" value={page.csrf} />
            <button type="submit">{user.disabledAt === null ? 'Disable' : 'Enable'}</button>
          </form>
        </div>
      </td>
    </tr>
  );
}

export function UsersPage({ page, users, done, reset, create, rowError }: UsersPageProps) {
  const errors = create.errors;
  return (
    <AdminLayout page={page} title="Users" current="users">
      <h1>Users</h1>
      {done ? (
        <p class="notice-ok" role="status">
          {done}
        </p>
      ) : null}
      {reset ? (
        <div class="notice-ok one-time-password" role="status">
          <p>
            The password of {reset.user.name} ({reset.user.email}) was reset. Their one-time password is:
          </p>
          <p>
            <code data-one-time-password>{reset.temporaryPassword}</code>
          </p>
          <p>
            Hand it to them in person now: it is shown only this once. They log in with it and then set a password of their own; their open sessions
            have ended.
          </p>
        </div>
      ) : null}
      {rowError ? <FormSummary errors={rowError.errors} /> : null}
      <div class="users-table-wrap">
        <table class="users-table">
          <caption>
            {users.length === 1 ? '1 account' : `${users.length} accounts`}
          </caption>
          <thead>
            <tr>
              <th scope="col">E-mail</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <UserRow key={user.id} page={page} user={user} errors={rowError?.userId === user.id ? rowError.errors : null} />
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="new-user">Make an account</h2>
      <FormSummary errors={errors} />
      <form method="post" action="/admin/users" class="new-user-form" novalidate>
        <input type="hidden" name="_csrf" value={page.csrf} />
        <Field form="new-user" name="email" label="E-mail address" type="email" value={create.draft.email} autocomplete="off" required error={errors?.fields.email} />
        <Field form="new-user" name="name" label="Name" value={create.draft.name} autocomplete="off" required hint="As the change history shows it, such as “A. Clerk”." error={errors?.fields.name} />
        <Field form="new-user" name="role" label="Role" error={errors?.fields.role}>
          <RoleOptions selected={create.draft.role} />
        </Field>
        <Field
          form="new-user"
          name="password"
          label="Initial password"
          type="password"
          autocomplete="new-password"
          required
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. Hand it over in person; they set their own at first login.`}
          error={errors?.fields.password}
        />
        <button type="submit" class="button-primary">
          Make account
        </button>
      </form>
      <h2>What each role may do</h2>
      <dl class="role-notes">
        {ROLES.map((role) => (
          <Fragment key={role}>
            <dt>{role}</dt>
            <dd>{roleNote(role)}</dd>
          </Fragment>
        ))}
      </dl>
    </AdminLayout>
  );
}
