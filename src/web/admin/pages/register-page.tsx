/** Making one's own organiser account, where the conference allows it; a refused form keeps what was typed. */
import type { AdminAssetLinks } from '../../web-assets.ts';
import { Field, FormSummary, type FormErrors } from './form-field.tsx';
import { PlainLayout } from './plain-layout.tsx';

export interface RegisterPageProps {
  assets: AdminAssetLinks;
  /** Where the form posts: `/register` or `/c/<slug>/register`. */
  action: string;
  conferenceName: string;
  name: string;
  email: string;
  errors: FormErrors | null;
  /** The CSRF token of a session the browser already has, or null. */
  csrf: string | null;
  /** The login form's address that comes back to the requests. */
  login: string;
}

export function RegisterPage({ assets, action, conferenceName, name, email, errors, csrf, login }: RegisterPageProps) {
  return (
    <PlainLayout assets={assets} title="Make an organiser account">
      <h1>Request side events</h1>
      <p>Make an account to request side events at {conferenceName} and follow what becomes of them.</p>
      <FormSummary errors={errors} />
      <form method="post" action={action} class="plain-form" novalidate>
        {csrf ? <input type="hidden" name="_csrf" value={csrf} /> : null}
        <Field form="register" name="name" label="Your name" value={name} autocomplete="name" required error={errors?.fields.name} />
        <Field form="register" name="email" label="E-mail address" type="email" value={email} autocomplete="username" required error={errors?.fields.email} />
        <Field form="register" name="password" label="Password (at least 10 characters)" type="password" autocomplete="new-password" required error={errors?.fields.password} />
        <Field form="register" name="confirmation" label="The password again" type="password" autocomplete="new-password" required error={errors?.fields.confirmation} />
        <button type="submit" class="button-primary">
          Make the account
        </button>
      </form>
      <p class="plain-aside">
        Have an account? <a href={login}>Log in</a>.
      </p>
    </PlainLayout>
  );
}

/** Where the conference does not let organisers make their own accounts. */
export function RegistrationClosedPage({ assets, login }: { assets: AdminAssetLinks; login: string }) {
  return (
    <PlainLayout assets={assets} title="Requests by invitation">
      <h1>Side-event requests are by invitation</h1>
      <p>The secretariat makes the accounts of organisers who may request side events. Write to the secretariat to be invited.</p>
      <p class="plain-aside">
        Have an account? <a href={login}>Log in</a>.
      </p>
    </PlainLayout>
  );
}
