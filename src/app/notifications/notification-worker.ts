/**
 * The server's notification worker: every few seconds, sends the webhook deliveries and (when an
 * SMTP server is configured) the e-mails that are due. One run at a time; stopping waits for the
 * run in progress.
 */
import type { Store } from '../../store/store.ts';
import { sendDueMail, type MailSender } from './send-due-mail.ts';
import { deliverDueWebhooks } from './webhook-worker.ts';

export interface NotificationWorkerOptions {
  /** Between the end of one run and the start of the next. Default 5 s. */
  intervalMs?: number;
  /** The SMTP server, or null to keep e-mails in the outbox. */
  mail: MailSender | null;
  /** A receiver's timeout. */
  webhookTimeoutMs?: number;
  onError?: (error: unknown) => void;
}

export interface NotificationWorker {
  /** Runs once now (after the run in progress, if any). */
  runNow(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the worker for `store`.
 *
 * Examples: `const worker = startNotificationWorker(store, { mail: smtpSender() }); … await worker.stop()`.
 */
export function startNotificationWorker(store: Store, options: NotificationWorkerOptions): NotificationWorker {
  const intervalMs = options.intervalMs !== undefined && Number.isFinite(options.intervalMs) && options.intervalMs > 0 ? options.intervalMs : 5000;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();

  async function runOnce(): Promise<void> {
    try {
      await deliverDueWebhooks(store, new Date(), { timeoutMs: options.webhookTimeoutMs });
      await sendDueMail(store, options.mail);
    } catch (error) {
      options.onError?.(error);
    }
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      running = running.then(runOnce).then(schedule);
    }, intervalMs);
    timer.unref();
  }

  schedule();
  return {
    runNow() {
      running = running.then(runOnce);
      return running;
    },
    async stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      await running;
    },
  };
}
