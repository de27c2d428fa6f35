/**
 * Sends the outbox: each message due is handed to the SMTP server; one it refuses (or that cannot
 * be reached) keeps its error and is tried again later, ever less often but never dropped.
 * Without an SMTP server nothing is sent and every message waits in the outbox, where the
 * admin pages show it.
 */
import type { Store } from '../../store/store.ts';
import { retryDelay } from './retry-delay.ts';

/** What sends a message: a nodemailer transport, or anything with its `sendMail`. */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

/** The SMTP server to send through and the sender's address. */
export interface MailSender {
  transport: MailTransport;
  /** `MAIL_FROM`: "Agora <agora@example.org>" */
  from: string;
}

export interface MailRun {
  sent: number;
  failed: number;
}

/** Messages claimed per run. */
const BATCH = 50;
/** How long a claimed message is left to its sender before another may try it. */
const LEASE_MS = 5 * 60_000;

function describeFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

/**
 * Sends every outbox message due at `now` through `sender`; with no sender (no SMTP server
 * configured) sends nothing and leaves every message waiting.
 *
 * Examples: `await sendDueMail(store, smtpSender())`; `await sendDueMail(store, null)` → `{ sent: 0, failed: 0 }`.
 */
export async function sendDueMail(store: Store, sender: MailSender | null, now: Date = new Date()): Promise<MailRun> {
  const run: MailRun = { sent: 0, failed: 0 };
  if (sender === null) return run;
  for (;;) {
    const due = await store.db
      .selectFrom('outbox')
      .select(['id', 'to_address', 'subject', 'body', 'attempts', 'next_attempt_at'])
      .where('sent_at', 'is', null)
      .where('next_attempt_at', '<=', now.toISOString())
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const message of due) {
      const lease = new Date(now.getTime() + LEASE_MS).toISOString();
      const claimed = await store.db
        .updateTable('outbox')
        .set({ next_attempt_at: lease })
        .where('id', '=', message.id)
        .where('next_attempt_at', '=', message.next_attempt_at)
        .where('sent_at', 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) continue;
      const attempts = message.attempts + 1;
      try {
        await sender.transport.sendMail({ from: sender.from, to: message.to_address, subject: message.subject, text: message.body });
        await store.db
          .updateTable('outbox')
          .set({ attempts, sent_at: new Date().toISOString(), next_attempt_at: null, last_error: null })
          .where('id', '=', message.id)
          .execute();
        run.sent += 1;
      } catch (error) {
        await store.db
          .updateTable('outbox')
          .set({ attempts, last_error: describeFailure(error), next_attempt_at: new Date(now.getTime() + retryDelay(attempts)).toISOString() })
          .where('id', '=', message.id)
          .execute();
        run.failed += 1;
      }
    }
    if (due.length < BATCH) return run;
  }
}
