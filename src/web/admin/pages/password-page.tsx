/** Setting one's own password: at will, or at the first login after an admin reset it. */
import type { User } from '../../../app/accounts/users.ts';
import { MIN_PASSWORD_LENGTH } from '../../../app/accounts/users.ts';
import type { AdminAssetLinks } from '../../web-assets.ts';
import { Field, FormSummary, type FormErrors } from './form-field.tsx';
import { PlainLayout } from './plain-layout.tsx';

export interface PasswordPageProps {
  assets: AdminAssetLinks;
  user: User;
  csrf: string;
  next: string | null;
  errors: FormErrors | null;
}

export function PasswordPage({ assets, user, csrf, next, errors }: PasswordPageProps) {
  const mustChange = user.mustChangePassword;
  return (
    <PlainLayout assets={assets} title="Set your password">
      <h1>Set your password</h1>
      <p>
        {user.name} ({user.email})
      </p>
      {mustChange ? (
        <p class="notice-ok" role="status">
          You logged in with a one-time password. Choose a password of your own to go on.
        </p>
      ) : null}
      <FormSummary errors={errors} />
      <form method="post" action="/account/password" class="plain-form" novalidate>
        <input type="hidden" name="_csrf" value={csrf} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        {/* A hidden username lets password managers file the new password under the right account. */}
        <input type="hidden" name="username" value={user.email} autocomplete="username" />
        {mustChange ? null : (
          <Field form="password" name="current" label="Present password" type="password" autocomplete="current-password" required error={errors?.fields.current} />
        )}
        <Field
          form="password"
          name="password"
          label="New password"
          type="password"
          autocomplete="new-password"
          required
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          error={errors?.fields.password}
        />
        <Field form="password" name="confirmation" label="New password again" type="password" autocomplete="new-password" required error={errors?.fields.confirmation} />
        <button type="submit" class="button-primary">
          Set password
        </button>
      </form>
      {mustChange ? null : (
        <p class="plain-aside">
          <a href={next ?? '/admin'}>Back without changing it</a>
        </p>
      )}
      <form method="post" action="/logout" class="plain-aside">
        <input type="hidden" name="_csrf" value={csrf} />
        <button type="submit" class="button-link">
          Log out
        </button>
      </form>
    </PlainLayout>
  );
}
