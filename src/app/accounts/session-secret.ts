/**
 * A session's secret is in the browser's cookie only; the database keeps its SHA-256, so a copy
 * of the database opens no session. Long random secrets need no slow hash.
 */
import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../../store/schema.ts';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Ends every session of the user but the one given (the one they are using), in the caller's transaction. */
export async function endOtherSessions(trx: Transaction<Database>, userId: number, keepSecret: string | null): Promise<void> {
  let query = trx.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepSecret !== null) query = query.where('id_hash', '!=', hashSecret(keepSecret));
  await query.execute();
}
