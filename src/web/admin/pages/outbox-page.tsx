/**
 * The outbox: every e-mail Agora wrote, newest first, with whom it is to, why, and whether it has
 * gone out; a message's text opens in place (no JavaScript needed).
 */
import type { OutboxMessage } from '../../../app/notifications/outbox.ts';
import type { AdminPageContext } from '../admin-page.ts';
import { AdminLayout } from './admin-layout.tsx';

export interface OutboxPageProps {
  page: AdminPageContext;
  messages: OutboxMessage[];
  total: number;
  waiting: number;
  /** Whether this server sends mail (an SMTP server is configured). */
  sendsMail: boolean;
}

function when(instant: string): string {
  return `${instant.slice(0, 19).replace('T', ' ')} UTC`;
}

function stateOf(message: OutboxMessage, sendsMail: boolean): string {
  if (message.sentAt !== null) return `Sent ${when(message.sentAt)}`;
  if (message.lastError !== null) {
    const next = message.nextAttemptAt === null ? '' : `; next attempt ${when(message.nextAttemptAt)}`;
    return `Waiting: the last attempt failed (${message.lastError})${next}`;
  }
  return sendsMail ? 'Waiting to be sent' : 'Waiting: no SMTP server configured';
}

export function OutboxPage({ page, messages, total, waiting, sendsMail }: OutboxPageProps) {
  return (
    <AdminLayout page={page} title="Outbox" current="outbox">
      <h1>Outbox</h1>
      <p>
        {sendsMail
          ? 'E-mails are sent through the SMTP server this server is configured with; one that fails is tried again later.'
          : 'No SMTP server is configured (set SMTP_URL and MAIL_FROM), so no e-mail is sent: every message waits here and goes out once one is configured.'}{' '}
        {total === 0 ? 'No e-mail has been written yet.' : `${total} ${total === 1 ? 'message' : 'messages'}, ${waiting} not sent.`}
        {total > messages.length ? ` The newest ${messages.length} are shown.` : ''}
      </p>
      {messages.length === 0 ? null : (
        <table class="notifications-table outbox">
          <thead>
            <tr>
              <th scope="col">Created</th>
              <th scope="col">To</th>
              <th scope="col">Subject</th>
              <th scope="col">Reason</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id} id={`message-${message.id}`}>
                <td data-label="Created">{when(message.createdAt)}</td>
                <td data-label="To">{message.to}</td>
                <td data-label="Subject">
                  <details>
                    <summary>{message.subject}</summary>
                    <pre class="outbox-body">{message.body}</pre>
                  </details>
                </td>
                <td data-label="Reason">
                  {message.reason}
                  {message.conference !== null ? ` (${message.conference})` : ''}
                </td>
                <td data-label="State">{stateOf(message, sendsMail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}
