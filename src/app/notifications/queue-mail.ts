/**
 * Putting an e-mail in the outbox, inside the transaction of the change it tells of: the message
 * exists exactly when the change does, and it stays in the outbox (shown in the admin pages)
 * until an SMTP server takes it. Nothing here sends; nothing is ever dropped.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../store/schema.ts';

export interface QueuedMail {
  conferenceId: number | null;
  to: string;
  subject: string;
  /** Plain text. */
  body: string;
  /** Why it is sent: `release`, `entry-changed`, `request` … */
  reason: string;
}

/**
 * Adds `mail` to the outbox, due at once.
 *
 * Examples: `await queueMail(tx.tables, { conferenceId: 1, to: 'a@example.org', subject: 'Update 3', body: '…', reason: 'release' })`.
 */
export async function queueMail(tables: Transaction<Database>, mail: QueuedMail): Promise<void> {
  const now = new Date().toISOString();
  await tables
    .insertInto('outbox')
    .values({
      conference_id: mail.conferenceId,
      to_address: mail.to,
      subject: mail.subject,
      body: mail.body,
      reason: mail.reason,
      created_at: now,
      next_attempt_at: now,
      sent_at: null,
      last_error: null,
    })
    .execute();
}
