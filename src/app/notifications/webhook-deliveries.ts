/**
 * A webhook's deliveries: each event to POST, with every attempt made, for the delivery log an
 * admin reads to see whether a receiver got it and, if not, what it answered.
 */
import type { Store } from '../../store/store.ts';

/** One try at a delivery: the HTTP status the receiver answered, or the error that kept it from answering. */
export interface DeliveryAttempt {
  at: string;
  status: number | null;
  error: string | null;
}

export interface WebhookDelivery {
  id: number;
  webhookId: number;
  /** `release` or `change`. */
  event: string;
  /** The JSON body, exactly as signed and sent. */
  payload: string;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
  log: DeliveryAttempt[];
}

/** How many deliveries the log page shows. */
export const DELIVERY_LOG_LIMIT = 100;

/** The attempts a delivery's `log` column holds; a column that is not such a list reads as none. */
export function readAttempts(text: string): DeliveryAttempt[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((item: unknown): DeliveryAttempt[] => {
    if (typeof item !== 'object' || item === null) return [];
    const { at, status, error } = item as Record<string, unknown>;
    return typeof at === 'string'
      ? [{ at, status: typeof status === 'number' ? status : null, error: typeof error === 'string' ? error : null }]
      : [];
  });
}

/**
 * The webhook's newest deliveries, newest first, and how many it has in all.
 *
 * Examples: `const { deliveries, total } = await listDeliveries(store, webhook.id)`.
 */
export async function listDeliveries(store: Store, webhookId: number, limit = DELIVERY_LOG_LIMIT): Promise<{ deliveries: WebhookDelivery[]; total: number }> {
  const rows = await store.db.selectFrom('webhook_deliveries').selectAll().where('webhook_id', '=', webhookId).orderBy('id', 'desc').limit(limit).execute();
  const count = await store.db
    .selectFrom('webhook_deliveries')
    .select((eb) => eb.fn.countAll<number | string>().as('total'))
    .where('webhook_id', '=', webhookId)
    .executeTakeFirst();
  return {
    total: Number(count?.total ?? 0),
    deliveries: rows.map((row) => ({
      id: row.id,
      webhookId: row.webhook_id,
      event: row.event,
      payload: row.payload,
      createdAt: row.created_at,
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at,
      deliveredAt: row.delivered_at,
      failedAt: row.failed_at,
      log: readAttempts(row.log),
    })),
  };
}
