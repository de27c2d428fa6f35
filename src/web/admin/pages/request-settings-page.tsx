/**
 * The conference's rules for side-event requests: the deadline (on the conference's clock) and
 * whether organisers may make their own accounts. One form that posts and works without JavaScript.
 */
import type { RequestSettingsForm } from '../../../app/requests/request-settings.ts';
import type { AdminPageContext } from '../admin-page.ts';
import { AdminLayout } from './admin-layout.tsx';
import { FormSummary, type FormErrors } from './form-field.tsx';
import { TypedInput } from './request-inputs.tsx';

interface RequestSettingsProps {
  page: AdminPageContext;
  draft: RequestSettingsForm;
  /** The fingerprint of the settings as shown, so a save over someone else's is refused. */
  tag: string;
  zone: string;
  errors: FormErrors | null;
  done: string | null;
}

export function RequestSettingsPage({ page, draft, tag, zone, errors, done }: RequestSettingsProps) {
  return (
    <AdminLayout page={page} title="Request settings" current="requests">
      <p class="breadcrumb">
        <a href={page.link('/admin/requests')}>Side-event requests</a>
      </p>
      <h1>Request settings</h1>
      {done ? (
        <p class="notice-ok" role="status">
          {done}
        </p>
      ) : null}
      <FormSummary errors={errors} />
      <form method="post" action={page.link('/admin/requests/settings')} class="admin-form" novalidate>
        <input type="hidden" name="_csrf" value={page.csrf} />
        <input type="hidden" name="was" value={tag} />
        <TypedInput
          id="request-settings-deadline"
          name="deadline"
          label="Deadline for requests"
          hint={`Organisers can submit and change requests until then, on the conference's clock (${zone}). Leave it empty for no deadline.`}
          type="datetime-local"
          value={draft.deadline}
          error={errors?.fields.deadline}
        />
        <div class="field request-option">
          <input type="checkbox" id="request-settings-self" name="selfRegistration" value="on" checked={draft.selfRegistration === 'on'} />
          <label for="request-settings-self">Organisers may make their own accounts (at /register)</label>
        </div>
        <p class="field-hint">Otherwise requests are by invitation: an admin makes organisers' accounts on the Users page.</p>
        <button type="submit" class="button-primary">
          Save
        </button>
      </form>
    </AdminLayout>
  );
}
