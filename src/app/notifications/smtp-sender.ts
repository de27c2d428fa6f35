/**
 * The SMTP server the environment names: `SMTP_URL` ("smtp://user:password@host:587", or
 * "smtps://…" for TLS from the start) and `MAIL_FROM`, the sender's address.
 */
import nodemailer from 'nodemailer';
import { AgoraError } from '../../errors.ts';
import type { MailSender } from './send-due-mail.ts';

/**
 * A sender through the SMTP server `SMTP_URL` names, from `MAIL_FROM`; null when `SMTP_URL` is
 * not set (the outbox then keeps every message). A URL that is not smtp(s):// or a missing
 * `MAIL_FROM` is refused with AGORA_BAD_INPUT naming the variable.
 *
 * Examples: `smtpSender({ SMTP_URL: 'smtp://mail.example.org:587', MAIL_FROM: 'Agora <agora@example.org>' })`.
 */
export function smtpSender(env: Record<string, string | undefined> = process.env): MailSender | null {
  const url = env.SMTP_URL?.trim() ?? '';
  if (url === '') return null;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'smtp:' && protocol !== 'smtps:') {
    throw new AgoraError('AGORA_BAD_INPUT', 'SMTP_URL must be an address such as smtp://user:password@mail.example.org:587 (or smtps://… for TLS).', {
      problems: [{ where: 'SMTP_URL', message: 'must start with smtp:// or smtps://' }],
    });
  }
  const from = env.MAIL_FROM?.trim() ?? '';
  if (from === '') {
    throw new AgoraError('AGORA_BAD_INPUT', 'SMTP_URL is set but MAIL_FROM is not: set MAIL_FROM to the address e-mails come from, such as "Agora <agora@example.org>".', {
      problems: [{ where: 'MAIL_FROM', message: 'give the sender\'s address' }],
    });
  }
  return { transport: nodemailer.createTransport(url), from };
}
