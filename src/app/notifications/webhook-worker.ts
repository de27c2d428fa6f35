/**
 * Sends webhook deliveries that are due: a POST of the delivery's JSON, signed with the
 * webhook's secret. A 2xx answer delivers it; anything else (another status, no answer within
 * the timeout, a refused connection) is written to the delivery's log and tried again later,
 * up to {@link MAX_ATTEMPTS} times.
 *
 * Several servers may share one PostgreSQL database: each claims a delivery (moves its next
 * attempt to a lease time, only if nobody else moved it first) before sending it, so only one
 * of them sends it.
 */
import type { Store } from '../../store/store.ts';
import { retryDelay } from './retry-delay.ts';
import { readAttempts, type DeliveryAttempt } from './webhook-deliveries.ts';
import { SIGNATURE_HEADER, webhookSignature } from './webhook-signature.ts';

/** Attempts before a delivery is given up (failed). */
export const MAX_ATTEMPTS = 8;
/** How long a receiver has to answer. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** Deliveries claimed per run. */
const BATCH = 20;

export interface DeliveryOptions {
  timeoutMs?: number;
}

export interface DeliveryRun {
  delivered: number;
  /** Failed this time, to be tried again. */
  retrying: number;
  /** Failed for the last time: given up. */
  failed: number;
}

interface Due {
  id: number;
  event: string;
  payload: string;
  attempts: number;
  next_attempt_at: string | null;
  log: string;
  url: string;
  secret: string;
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs / 1000} s`;
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? error.cause.message : null;
    return cause ? `${error.message}: ${cause}` : error.message;
  }
  return String(error);
}

async function post(due: Due, timeoutMs: number): Promise<{ status: number | null; error: string | null }> {
  try {
    const response = await fetch(due.url, {
      method: 'POST',
      body: due.payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Agora-Webhook',
        [SIGNATURE_HEADER]: webhookSignature(due.secret, due.payload),
        'X-Agora-Event': due.event,
        'X-Agora-Delivery': String(due.id),
      },
    });
    await response.body?.cancel().catch(() => {});
    const ok = response.status >= 200 && response.status < 300;
    return { status: response.status, error: ok ? null : `answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
  } catch (error) {
    return { status: null, error: describeFailure(error, timeoutMs) };
  }
}

async function deliverOne(store: Store, due: Due, now: Date, timeoutMs: number): Promise<keyof DeliveryRun | null> {
  // The claim: the lease outlasts the timeout, so a server that dies mid-send leaves the delivery to be tried again.
  const lease = new Date(now.getTime() + timeoutMs + 60_000).toISOString();
  const claimed = await store.db
    .updateTable('webhook_deliveries')
    .set({ next_attempt_at: lease })
    .where('id', '=', due.id)
    .where('next_attempt_at', '=', due.next_attempt_at)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return null;
  const answer = await post(due, timeoutMs);
  const attempt: DeliveryAttempt = { at: now.toISOString(), status: answer.status, error: answer.error };
  const attempts = due.attempts + 1;
  const log = JSON.stringify([...readAttempts(due.log), attempt]);
  const outcome: keyof DeliveryRun = answer.error === null ? 'delivered' : attempts >= MAX_ATTEMPTS ? 'failed' : 'retrying';
  await store.db
    .updateTable('webhook_deliveries')
    .set({
      attempts,
      log,
      delivered_at: outcome === 'delivered' ? now.toISOString() : null,
      failed_at: outcome === 'failed' ? now.toISOString() : null,
      next_attempt_at: outcome === 'retrying' ? new Date(now.getTime() + retryDelay(attempts)).toISOString() : null,
    })
    .where('id', '=', due.id)
    .where('next_attempt_at', '=', lease)
    .execute();
  return outcome;
}

/**
 * Sends every delivery due at `now` to its (active) webhook and records the outcome.
 *
 * `now` is when the run takes place: a test passes a time past a retry's wait to make it due.
 *
 * Examples: `const { delivered } = await deliverDueWebhooks(store)`;
 * `await deliverDueWebhooks(store, new Date(Date.now() + 60_000), { timeoutMs: 2000 })`.
 */
export async function deliverDueWebhooks(store: Store, now: Date = new Date(), options: DeliveryOptions = {}): Promise<DeliveryRun> {
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const run: DeliveryRun = { delivered: 0, retrying: 0, failed: 0 };
  for (;;) {
    const due: Due[] = await store.db
      .selectFrom('webhook_deliveries')
      .innerJoin('webhooks', 'webhooks.id', 'webhook_deliveries.webhook_id')
      .select([
        'webhook_deliveries.id',
        'webhook_deliveries.event',
        'webhook_deliveries.payload',
        'webhook_deliveries.attempts',
        'webhook_deliveries.next_attempt_at',
        'webhook_deliveries.log',
        'webhooks.url',
        'webhooks.secret',
      ])
      .where('webhook_deliveries.next_attempt_at', '<=', now.toISOString())
      .where('webhooks.disabled_at', 'is', null)
      .orderBy('webhook_deliveries.next_attempt_at')
      .orderBy('webhook_deliveries.id')
      .limit(BATCH)
      .execute();
    if (due.length === 0) return run;
    const outcomes = await Promise.all(due.map((delivery) => deliverOne(store, delivery, now, timeoutMs)));
    for (const outcome of outcomes) if (outcome !== null) run[outcome] += 1;
    // Every claimed delivery now waits past `now`; one another server claimed is not seen again either.
    if (due.length < BATCH) return run;
  }
}
