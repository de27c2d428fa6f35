/** The login form: e-mail and password, the place to return to, and what went wrong beside its field. */
import type { AdminAssetLinks } from '../../web-assets.ts';
import { Field, FormSummary, type FormErrors } from './form-field.tsx';
import { PlainLayout } from './plain-layout.tsx';

export interface LoginPageProps {
  assets: AdminAssetLinks;
  email: string;
  /** Where to go after logging in (already checked to be a path on this site), or null. */
  next: string | null;
  errors: FormErrors | null;
  /** The CSRF token of a session the browser already has (a form post with a session cookie needs it). */
  csrf: string | null;
  /** Who is logged in already, to say so. */
  loggedInAs: string | null;
  notice: string | null;
}

export function LoginPage({ assets, email, next, errors, csrf, loggedInAs, notice }: LoginPageProps) {
  return (
    <PlainLayout assets={assets} title="Log in">
      <h1>Log in</h1>
      {notice ? (
        <p class="notice-ok" role="status">
          {notice}
        </p>
      ) : null}
      {loggedInAs ? <p>You are logged in as {loggedInAs}. Logging in again starts a new session.</p> : null}
      <FormSummary errors={errors} />
      <form method="post" action="/login" class="plain-form" novalidate>
        {csrf ? <input type="hidden" name="_csrf" value={csrf} /> : null}
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <Field form="login" name="email" label="E-mail address" type="email" value={email} autocomplete="username" required error={errors?.fields.email} />
        <Field form="login" name="password" label="Password" type="password" autocomplete="current-password" required error={errors?.fields.password} />
        <button type="submit" class="button-primary">
          Log in
        </button>
      </form>
      <p class="plain-aside">Forgotten your password? Ask an admin of the secretariat to reset it.</p>
    </PlainLayout>
  );
}
