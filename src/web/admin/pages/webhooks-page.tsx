/**
 * Webhooks: the list of addresses told of the conference's releases (and, when asked, of every
 * change), with how their deliveries stand; a form to register one; and a page per webhook with
 * its secret, a button to disable it, and the log of its deliveries.
 */
import type { WebhookDelivery } from '../../../app/notifications/webhook-deliveries.ts';
import type { Webhook, WebhookSummary } from '../../../app/notifications/webhooks.ts';
import type { AdminPageContext } from '../admin-page.ts';
import { AdminLayout } from './admin-layout.tsx';
import { Field, FormSummary, type FormErrors } from './form-field.tsx';

export interface WebhookDraft {
  url: string;
  onChange: boolean;
}

export interface WebhooksPageProps {
  page: AdminPageContext;
  webhooks: WebhookSummary[];
  done: string | null;
  add: { draft: WebhookDraft; errors: FormErrors | null };
}

function stateOf(webhook: Webhook): string {
  return webhook.disabledAt === null ? 'Active' : `Disabled ${webhook.disabledAt.slice(0, 16).replace('T', ' ')} UTC`;
}

function when(instant: string): string {
  return `${instant.slice(0, 19).replace('T', ' ')} UTC`;
}

export function WebhooksPage({ page, webhooks, done, add }: WebhooksPageProps) {
  return (
    <AdminLayout page={page} title="Webhooks" current="webhooks">
      <h1>Webhooks</h1>
      <p>
        Each release of the programme is POSTed as JSON to every active webhook, signed with the webhook's secret in the <code>X-Agora-Signature</code> header. A
        receiver that does not answer with 2xx is tried again, less and less often, up to 8 times.
      </p>
      {done ? (
        <p class="notice-ok" role="status">
          {done}
        </p>
      ) : null}
      {webhooks.length === 0 ? (
        <p>No webhooks are registered.</p>
      ) : (
        <table class="notifications-table webhooks">
          <thead>
            <tr>
              <th scope="col">Address</th>
              <th scope="col">Events</th>
              <th scope="col">State</th>
              <th scope="col">Deliveries</th>
            </tr>
          </thead>
          <tbody>
            {webhooks.map((webhook) => (
              <tr key={webhook.id} id={`webhook-${webhook.id}`} class={webhook.disabledAt !== null ? 'webhook-disabled' : undefined}>
                <td data-label="Address">
                  <a href={page.link(`/admin/webhooks/${webhook.id}`)}>{webhook.url}</a>
                </td>
                <td data-label="Events">{webhook.onChange ? 'Releases and every change' : 'Releases'}</td>
                <td data-label="State">{stateOf(webhook)}</td>
                <td data-label="Deliveries">
                  {webhook.delivered} delivered, {webhook.pending} waiting, {webhook.failed} failed
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="add-webhook">Register a webhook</h2>
      <form method="post" action={page.link('/admin/webhooks')} class="admin-form webhook-form">
        <input type="hidden" name="_csrf" value={page.csrf} />
        <FormSummary errors={add.errors} />
        <Field
          form="webhook"
          name="url"
          label="Address to POST to"
          value={add.draft.url}
          error={add.errors?.fields.url}
          required
          hint="http:// or https://, without a user name or password: receivers check the signature instead."
        />
        <div class="field field-check">
          <input id="webhook-onChange" type="checkbox" name="onChange" value="on" checked={add.draft.onChange} />
          <label for="webhook-onChange">Also on every change (not only on releases)</label>
        </div>
        <button type="submit" class="button-primary">
          Register the webhook
        </button>
      </form>
    </AdminLayout>
  );
}

function Outcome({ delivery }: { delivery: WebhookDelivery }) {
  if (delivery.deliveredAt !== null) return <>Delivered {when(delivery.deliveredAt)}</>;
  if (delivery.failedAt !== null) return <>Failed: given up {when(delivery.failedAt)}</>;
  if (delivery.nextAttemptAt !== null) return <>Waiting: next attempt {when(delivery.nextAttemptAt)}</>;
  return <>Waiting</>;
}

export interface WebhookPageProps {
  page: AdminPageContext;
  webhook: Webhook;
  deliveries: WebhookDelivery[];
  total: number;
  done: string | null;
}

export function WebhookPage({ page, webhook, deliveries, total, done }: WebhookPageProps) {
  return (
    <AdminLayout page={page} title={`Webhook ${webhook.id}`} current="webhooks">
      <p>
        <a href={page.link('/admin/webhooks')}>All webhooks</a>
      </p>
      <h1>Webhook {webhook.id}</h1>
      {done ? (
        <p class="notice-ok" role="status">
          {done}
        </p>
      ) : null}
      <dl class="webhook-facts">
        <dt>Address</dt>
        <dd>{webhook.url}</dd>
        <dt>Events</dt>
        <dd>{webhook.onChange ? 'Releases and every change' : 'Releases'}</dd>
        <dt>State</dt>
        <dd>{stateOf(webhook)}</dd>
        <dt>Registered</dt>
        <dd>
          {when(webhook.createdAt)} by {webhook.actor}
        </dd>
        <dt>Secret</dt>
        <dd>
          <details>
            <summary>Show the secret</summary>
            <code class="webhook-secret">{webhook.secret}</code>
            <p class="field-hint">
              The receiver computes the HMAC-SHA256 of the raw body with this secret and compares it with the <code>X-Agora-Signature</code> header (
              <code>sha256=</code> and the hex digest).
            </p>
          </details>
        </dd>
      </dl>
      {webhook.disabledAt === null ? (
        <form method="post" action={page.link(`/admin/webhooks/${webhook.id}/disable`)} class="inline-form">
          <input type="hidden" name="_csrf" value={page.csrf} />
          <button type="submit">Disable this webhook</button>
        </form>
      ) : (
        <p>This webhook is disabled: nothing more is sent to it, deliveries still waiting included.</p>
      )}
      <h2>Deliveries</h2>
      {total > deliveries.length ? <p>The newest {deliveries.length} of {total}.</p> : null}
      {deliveries.length === 0 ? (
        <p>Nothing has been sent to this webhook yet.</p>
      ) : (
        <table class="notifications-table deliveries">
          <thead>
            <tr>
              <th scope="col">Delivery</th>
              <th scope="col">Event</th>
              <th scope="col">Created</th>
              <th scope="col">Attempts</th>
              <th scope="col">Outcome</th>
              <th scope="col">Log</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <tr key={delivery.id} id={`delivery-${delivery.id}`}>
                <td data-label="Delivery">{delivery.id}</td>
                <td data-label="Event">{delivery.event}</td>
                <td data-label="Created">{when(delivery.createdAt)}</td>
                <td data-label="Attempts">{delivery.attempts}</td>
                <td data-label="Outcome">
                  <Outcome delivery={delivery} />
                </td>
                <td data-label="Log">
                  {delivery.log.length === 0 ? (
                    'No attempt yet'
                  ) : (
                    <ol class="delivery-log">
                      {delivery.log.map((attempt, index) => (
                        <li key={index}>
                          {when(attempt.at)}: {attempt.status !== null ? `HTTP ${attempt.status}` : 'no answer'}
                          {attempt.error !== null && attempt.status === null ? ` (${attempt.error})` : ''}
                        </li>
                      ))}
                    </ol>
                  )}
                  <details>
                    <summary>Payload</summary>
                    <pre class="delivery-payload">{delivery.payload}</pre>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}
