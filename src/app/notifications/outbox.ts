/**
 * Reading the outbox: every e-mail Agora has written, sent or waiting, for the admin page that
 * shows what would have gone out when no SMTP server is configured, and why a message is stuck.
 */
import type { Store } from '../../store/store.ts';

export interface OutboxMessage {
  id: number;
  /** The conference's slug, or null for a message of no conference. */
  conference: string | null;
  to: string;
  subject: string;
  body: string;
  reason: string;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string | null;
  sentAt: string | null;
  lastError: string | null;
}

/** How many messages the outbox page shows. */
export const OUTBOX_PAGE_LIMIT = 200;

/**
 * The newest messages, newest first, with the count of all and of those not yet sent.
 *
 * Examples: `const { messages, total, waiting } = await listOutbox(store)`.
 */
export async function listOutbox(store: Store, limit = OUTBOX_PAGE_LIMIT): Promise<{ messages: OutboxMessage[]; total: number; waiting: number }> {
  const rows = await store.db
    .selectFrom('outbox')
    .leftJoin('conferences', 'conferences.id', 'outbox.conference_id')
    .selectAll('outbox')
    .select('conferences.slug')
    .orderBy('outbox.id', 'desc')
    .limit(limit)
    .execute();
  const counts = await store.db
    .selectFrom('outbox')
    .select((eb) => [eb.fn.countAll<number | string>().as('total'), eb.fn.count<number | string>('sent_at').as('sent')])
    .executeTakeFirst();
  const total = Number(counts?.total ?? 0);
  return {
    total,
    waiting: total - Number(counts?.sent ?? 0),
    messages: rows.map((row) => ({
      id: row.id,
      conference: row.slug,
      to: row.to_address,
      subject: row.subject,
      body: row.body,
      reason: row.reason,
      createdAt: row.created_at,
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at,
      sentAt: row.sent_at,
      lastError: row.last_error,
    })),
  };
}
