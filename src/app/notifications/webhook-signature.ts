/**
 * The signature each webhook POST carries, so that a receiver knows the body came from this
 * Agora and was not changed on the way: `X-Agora-Signature: sha256=<hex>`, the HMAC-SHA256 of the
 * exact bytes of the body with the webhook's secret as key.
 */
import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Agora-Signature';

/**
 * The `X-Agora-Signature` value for `body` signed with `secret`.
 *
 * A receiver computes the same from the raw body it read (before parsing the JSON) and compares
 * the two in constant time.
 *
 * Examples: `webhookSignature('s3cret', '{"event":"release"}')` → `'sha256=5c1f…'`.
 */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
