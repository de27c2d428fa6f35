/**
 * Webhooks: addresses an admin registers for a conference, to be POSTed each release (and, with
 * "on every change", each change) as signed JSON. Registering makes the secret the signatures
 * use; disabling stops deliveries for good and keeps the webhook and its log to read.
 */
import { randomBytes } from 'node:crypto';
import { AgoraError, type Problem } from '../../errors.ts';
import type { WebhookTable } from '../../store/schema.ts';
import type { ConferenceRecord, Store } from '../../store/store.ts';
import { requireMay, type Actor } from '../policy.ts';

export const MAX_WEBHOOK_URL = 2000;

export interface Webhook {
  id: number;
  conferenceId: number;
  url: string;
  /** The key of the `X-Agora-Signature` HMAC; shown to admins so that the receiver can check it. */
  secret: string;
  /** Told of every change, not only of releases. */
  onChange: boolean;
  createdAt: string;
  actor: string;
  disabledAt: string | null;
}

/** A webhook with how its deliveries stand. */
export interface WebhookSummary extends Webhook {
  delivered: number;
  pending: number;
  failed: number;
}

export interface WebhookForm {
  url?: unknown;
  /** A checkbox: present ("on", "1", "true" or true) when ticked. */
  onChange?: unknown;
}

type WebhookRow = { [K in keyof WebhookTable]: K extends 'id' ? number : WebhookTable[K] };

function webhookFromRow(row: WebhookRow): Webhook {
  return {
    id: row.id,
    conferenceId: row.conference_id,
    url: row.url,
    secret: row.secret,
    onChange: row.on_change === 1,
    createdAt: row.created_at,
    actor: row.actor,
    disabledAt: row.disabled_at,
  };
}

/** What is wrong with a webhook address, or null when it is one Agora may POST to. */
export function webhookUrlProblem(text: string): string | null {
  if (text === '') return 'give the address to POST to, such as "https://example.org/agora-hook"';
  if (text.length > MAX_WEBHOOK_URL) return `at most ${MAX_WEBHOOK_URL} characters`;
  if (/[\s\u0000-\u001f\u007f]/.test(text)) return 'an address without spaces or control characters';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'an address starting http:// or https://, such as "https://example.org/agora-hook"';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must start with http:// or https://';
  if (url.username !== '' || url.password !== '') return 'must not hold a user name or password: the signature proves the sender';
  if (url.hostname === '') return 'must name a host';
  return null;
}

function isTicked(value: unknown): boolean {
  return value === true || value === 'on' || value === '1' || value === 'true';
}

/**
 * Registers a webhook for the conference, with a new random secret.
 *
 * The same address may not be registered twice while active: two would receive every event twice.
 *
 * Examples: `await registerWebhook(store, record, admin, { url: 'https://example.org/hook', onChange: 'on' })`.
 */
export async function registerWebhook(store: Store, record: ConferenceRecord, actor: Actor, form: WebhookForm): Promise<Webhook> {
  requireMay(actor, 'manage-notifications');
  const url = typeof form.url === 'string' ? form.url.trim() : '';
  const problems: Problem[] = [];
  const urlProblem = form.url !== undefined && typeof form.url !== 'string' ? 'must be text' : webhookUrlProblem(url);
  if (urlProblem !== null) problems.push({ where: 'url', message: urlProblem });
  const refuse = (list: Problem[]) => new AgoraError('AGORA_BAD_INPUT', 'The webhook was not registered: correct the fields marked.', { problems: list });
  if (problems.length > 0) throw refuse(problems);
  return store.db.transaction().execute(async (trx) => {
    const twin = await trx
      .selectFrom('webhooks')
      .select('id')
      .where('conference_id', '=', record.id)
      .where('url', '=', url)
      .where('disabled_at', 'is', null)
      .executeTakeFirst();
    if (twin) throw refuse([{ where: 'url', message: `this address is already registered (webhook ${twin.id}); disable that one first` }]);
    const row = await trx
      .insertInto('webhooks')
      .values({
        conference_id: record.id,
        url,
        secret: randomBytes(32).toString('base64url'),
        on_change: isTicked(form.onChange) ? 1 : 0,
        created_at: new Date().toISOString(),
        actor: actor.name,
        disabled_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return webhookFromRow(row);
  });
}

/** The conference's webhooks, newest first, with the count of their deliveries by state. */
export async function listWebhooks(store: Store, record: ConferenceRecord): Promise<WebhookSummary[]> {
  const rows = await store.db.selectFrom('webhooks').selectAll().where('conference_id', '=', record.id).orderBy('id', 'desc').execute();
  const counts = await store.db
    .selectFrom('webhook_deliveries')
    .select((eb) => [
      'webhook_id',
      eb.fn.count<number | string>('delivered_at').as('delivered'),
      eb.fn.count<number | string>('failed_at').as('failed'),
      eb.fn.count<number | string>('next_attempt_at').as('pending'),
    ])
    .where('conference_id', '=', record.id)
    .groupBy('webhook_id')
    .execute();
  const byWebhook = new Map(counts.map((row) => [row.webhook_id, row]));
  return rows.map((row) => {
    const count = byWebhook.get(row.id);
    return { ...webhookFromRow(row), delivered: Number(count?.delivered ?? 0), failed: Number(count?.failed ?? 0), pending: Number(count?.pending ?? 0) };
  });
}

/** The conference's webhook `id`, or AGORA_NOT_FOUND. */
export async function readWebhook(store: Store, record: ConferenceRecord, id: number): Promise<Webhook> {
  const row = Number.isSafeInteger(id) && id >= 1 && id <= 2147483647
    ? await store.db.selectFrom('webhooks').selectAll().where('conference_id', '=', record.id).where('id', '=', id).executeTakeFirst()
    : undefined;
  if (!row) throw new AgoraError('AGORA_NOT_FOUND', `There is no webhook ${id} for ${record.slug}.`);
  return webhookFromRow(row);
}

/**
 * Disables a webhook: nothing more is enqueued for it or sent to it, deliveries still waiting
 * included. Disabling one already disabled changes nothing.
 *
 * Examples: `await disableWebhook(store, record, admin, 3)`.
 */
export async function disableWebhook(store: Store, record: ConferenceRecord, actor: Actor, id: number): Promise<Webhook> {
  requireMay(actor, 'manage-notifications');
  const webhook = await readWebhook(store, record, id);
  if (webhook.disabledAt !== null) return webhook;
  const disabledAt = new Date().toISOString();
  await store.db.transaction().execute((trx) =>
    trx.updateTable('webhooks').set({ disabled_at: disabledAt }).where('id', '=', id).where('disabled_at', 'is', null).execute(),
  );
  return { ...webhook, disabledAt };
}
