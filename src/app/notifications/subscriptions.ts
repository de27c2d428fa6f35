/**
 * Delegates' subscriptions to a conference's releases: an address given on the public
 * "Get updates by e-mail" page is told of each release. Each e-mail carries a link to leave with
 * a token of its own, kept only as its SHA-256 (a copy of the database unsubscribes no one); the
 * link in every e-mail a subscriber received works until they leave.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { AgoraError } from '../../errors.ts';
import type { ConferenceRecord, Store } from '../../store/store.ts';
import { conferenceHome } from './conference-home.ts';
import { queueMail } from './queue-mail.ts';

/** The longest address SMTP carries. */
export const MAX_EMAIL = 254;
const EMAIL = /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+\.[^\s@<>(),;:"\\[\]]+$/;

export interface Subscription {
  id: number;
  conferenceId: number;
  slug: string;
  title: string;
  email: string;
}

/**
 * A new unsubscribe token for the subscription, for one e-mail's link; the database keeps its hash.
 *
 * Examples: `const token = await newUnsubscribeToken(tx.tables, subscription.id)`.
 */
export async function newUnsubscribeToken(tables: Transaction<Database>, subscriptionId: number): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await tables.insertInto('unsubscribe_tokens').values({ token_hash: hashToken(token), subscription_id: subscriptionId, created_at: new Date().toISOString() }).execute();
  return token;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The address as it is stored (trimmed, lower case), or AGORA_BAD_INPUT naming the `email` field. */
export function subscriberAddress(value: unknown): string {
  const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const problem =
    value !== undefined && typeof value !== 'string'
      ? 'must be text'
      : email === ''
        ? 'give the e-mail address to send the updates to'
        : email.length > MAX_EMAIL || !EMAIL.test(email) || /[\u0000-\u001f\u007f]/.test(email)
          ? 'must be an e-mail address such as delegate@example.org'
          : null;
  if (problem !== null) throw new AgoraError('AGORA_BAD_INPUT', 'You were not subscribed: correct the e-mail address.', { problems: [{ where: 'email', message: problem }] });
  return email;
}

/** The welcome e-mail, which also tells someone subscribed by another how to leave. */
export function welcomeMailBody(title: string, home: string, unsubscribeUrl: string): string {
  return [
    `You are subscribed to updates of the programme of ${title}.`,
    '',
    'Each time the secretariat publishes a release of the programme, you will receive an e-mail naming it, with a link to what changed.',
    `The programme: ${home}/`,
    '',
    '-- ',
    'If you did not ask for this, or no longer want these e-mails:',
    unsubscribeUrl,
  ].join('\n');
}

/**
 * Subscribes `email` to the conference's releases and queues a welcome e-mail with the link to
 * leave. Subscribing an address already subscribed changes nothing and is not an error.
 *
 * `baseUrl` is the server's public address, for the links in the welcome e-mail when the
 * conference names none of its own; without either, the links are paths. The address the
 * subscriber happened to use is never taken: its Host header is theirs to choose, and the
 * e-mail goes to someone else.
 *
 * Examples: `await subscribe(store, record, { email: 'delegate@example.org' }, { baseUrl: 'https://agora.example' })`.
 */
export async function subscribe(
  store: Store,
  record: ConferenceRecord,
  form: { email?: unknown },
  links: { baseUrl: string | null },
): Promise<{ email: string; isNew: boolean }> {
  const email = subscriberAddress(form.email);
  return store.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('subscriptions')
      .values({ conference_id: record.id, email, created_at: new Date().toISOString() })
      .onConflict((conflict) => conflict.columns(['conference_id', 'email']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return { email, isNew: false };
    const token = await newUnsubscribeToken(trx, inserted.id);
    const conference = await trx.selectFrom('conferences').select(['title', 'session', 'base_url']).where('id', '=', record.id).executeTakeFirstOrThrow();
    const title = conference.title ?? conference.session ?? record.slug;
    const home = conferenceHome(record.slug, conference.base_url, links.baseUrl);
    await queueMail(trx, {
      conferenceId: record.id,
      to: email,
      subject: `${title}: you are subscribed to updates`,
      body: welcomeMailBody(title, home, `${home}/unsubscribe?token=${token}`),
      reason: 'subscribed',
    });
    return { email, isNew: true };
  });
}

function unknownToken(): AgoraError {
  return new AgoraError(
    'AGORA_NOT_FOUND',
    'This unsubscribe link is not valid (any more): the address was already unsubscribed, or the link was not copied whole. If you still receive updates, use the link in the newest e-mail.',
    { problems: [{ where: 'token', message: 'not a current unsubscribe link' }] },
  );
}

/** The subscription an unsubscribe token belongs to, or AGORA_NOT_FOUND. */
export async function findSubscription(store: Store, token: unknown): Promise<Subscription> {
  if (typeof token !== 'string' || token === '' || token.length > 200) throw unknownToken();
  const row = await store.db
    .selectFrom('subscriptions')
    .innerJoin('conferences', 'conferences.id', 'subscriptions.conference_id')
    .innerJoin('unsubscribe_tokens', 'unsubscribe_tokens.subscription_id', 'subscriptions.id')
    .select(['subscriptions.id', 'subscriptions.conference_id', 'subscriptions.email', 'conferences.slug', 'conferences.title', 'conferences.session'])
    .where('unsubscribe_tokens.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) throw unknownToken();
  return { id: row.id, conferenceId: row.conference_id, slug: row.slug, title: row.title ?? row.session ?? row.slug, email: row.email };
}

/**
 * Ends the subscription the token belongs to.
 *
 * Examples: `const { email } = await unsubscribe(store, 'k3Jd…')`.
 */
export async function unsubscribe(store: Store, token: unknown): Promise<Subscription> {
  const subscription = await findSubscription(store, token);
  await store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('unsubscribe_tokens').where('subscription_id', '=', subscription.id).execute();
    await trx.deleteFrom('subscriptions').where('id', '=', subscription.id).execute();
  });
  return subscription;
}
