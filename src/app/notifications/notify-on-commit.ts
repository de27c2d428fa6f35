/**
 * What a commit sets in motion, written inside the commit's own transaction: a webhook delivery
 * for each active webhook that wants the change, for a release an e-mail to each delegate who
 * subscribed, and an e-mail to the organiser of a scheduled side event that changed: at once where
 * every change is public at once, with the release where the public waits for releases. Written with the change or not at all, so no notification is ever lost to a
 * crash between the change and its message, and none is sent for a change that did not happen.
 */
import type { Transaction } from 'kysely';
import type { StoredEntry } from '../../model/programme.ts';
import type { Change } from '../../store/change.ts';
import type { Release } from '../../store/release.ts';
import type { Database } from '../../store/schema.ts';
import type { Store, StoreTransaction } from '../../store/store.ts';
import { conferenceHome } from './conference-home.ts';
import { queueMail } from './queue-mail.ts';
import { newUnsubscribeToken } from './subscriptions.ts';

export interface NotifyOptions {
  /**
   * The server's public address ("https://agora.example"), for links in payloads and mails when
   * the conference names no address of its own; without either, links are paths.
   */
  baseUrl?: string | null;
}

interface ConferenceFacts {
  slug: string;
  title: string;
  /** Where the conference's pages are: "https://…/c/cop6", or the path "/c/cop6". */
  home: string;
}

async function conferenceFacts(tx: StoreTransaction, options: NotifyOptions): Promise<ConferenceFacts> {
  const row = await tx.tables
    .selectFrom('conferences')
    .select(['slug', 'title', 'session', 'base_url'])
    .where('id', '=', tx.conferenceId)
    .executeTakeFirstOrThrow();
  return { slug: row.slug, title: row.title ?? row.session ?? row.slug, home: conferenceHome(row.slug, row.base_url, options.baseUrl) };
}

function isRelease(value: unknown): value is Release {
  if (typeof value !== 'object' || value === null) return false;
  const release = value as Record<string, unknown>;
  return typeof release.id === 'number' && typeof release.name === 'string' && typeof release.revision === 'number';
}

/** The active webhooks an event goes to: every one for a release, those "on every change" for a change. */
async function webhooksFor(tables: Transaction<Database>, conferenceId: number, event: 'release' | 'change'): Promise<{ id: number }[]> {
  let query = tables.selectFrom('webhooks').select('id').where('conference_id', '=', conferenceId).where('disabled_at', 'is', null);
  if (event === 'change') query = query.where('on_change', '=', 1);
  return query.execute();
}

async function enqueueDeliveries(tables: Transaction<Database>, conferenceId: number, webhooks: { id: number }[], event: 'release' | 'change', payload: unknown, at: string): Promise<void> {
  if (webhooks.length === 0) return;
  const body = JSON.stringify(payload);
  await tables
    .insertInto('webhook_deliveries')
    .values(
      webhooks.map((webhook) => ({
        webhook_id: webhook.id,
        conference_id: conferenceId,
        event,
        payload: body,
        created_at: at,
        attempts: 0,
        next_attempt_at: at,
        delivered_at: null,
        failed_at: null,
        log: '[]',
      })),
    )
    .execute();
}

/** The plain-text e-mail telling a subscriber of a release. */
export function releaseMailBody(facts: { title: string; release: Release; changesUrl: string; unsubscribeUrl: string }): string {
  const { title, release } = facts;
  return [
    `${title} has published a new release of its programme: ${release.name}.`,
    ...(release.comment ? ['', release.comment] : []),
    '',
    `What changed: ${facts.changesUrl}`,
    '',
    '-- ',
    `You receive this because you subscribed to updates of ${title}.`,
    `To stop them: ${facts.unsubscribeUrl}`,
  ].join('\n');
}

async function mailSubscribers(tx: StoreTransaction, facts: ConferenceFacts, release: Release, changesUrl: string): Promise<void> {
  const subscriptions = await tx.tables.selectFrom('subscriptions').select(['id', 'email']).where('conference_id', '=', tx.conferenceId).orderBy('id').execute();
  for (const subscription of subscriptions) {
    // Only a token's hash is kept, so each mail carries a token of its own.
    const token = await newUnsubscribeToken(tx.tables, subscription.id);
    await queueMail(tx.tables, {
      conferenceId: tx.conferenceId,
      to: subscription.email,
      subject: `${facts.title}: ${release.name}`,
      body: releaseMailBody({ title: facts.title, release, changesUrl, unsubscribeUrl: `${facts.home}/unsubscribe?token=${token}` }),
      reason: 'release',
    });
  }
}

/** "Tuesday 2031-05-13, 13:00–14:00, R2", or what of it the entry has. */
function placeText(entry: StoredEntry): string {
  const time = entry.start === null ? null : entry.end === null ? entry.start : `${entry.start}–${entry.end}`;
  return [entry.date, time, entry.venue].filter((part) => part !== null).join(', ') || 'no date, time or venue yet';
}

/** The e-mail telling an organiser their side event changed, and how it stands now. */
function organiserMail(facts: ConferenceFacts, entry: StoredEntry, news: { subject: string; opening: string; comment: string | null; changesUrl: string }) {
  const now = entry.status === 'cancelled' ? 'It is cancelled.' : `It is now: ${placeText(entry)}.`;
  return {
    subject: `${facts.title}: your side event "${entry.title}" changed${news.subject}`,
    body: [news.opening, '', now, ...(news.comment ? ['', news.comment] : []), '', `What changed: ${news.changesUrl}`, `Your requests: ${facts.home}/requests`].join('\n'),
  };
}

/**
 * Where every change is public at once (publication mode "live"), the organiser of a scheduled
 * side event hears of each change to it when it is made; where the public waits for releases,
 * they hear of it with the release (see {@link mailOrganisers}). Scheduling tells them itself.
 */
async function mailOrganiserAtOnce(tx: StoreTransaction, change: Change, options: NotifyOptions): Promise<void> {
  if (change.entryId === null || change.kind === 'add' || change.kind === 'import') return;
  const row = await tx.tables
    .selectFrom('side_event_requests')
    .innerJoin('users', 'users.id', 'side_event_requests.organiser_user_id')
    .innerJoin('conferences', 'conferences.id', 'side_event_requests.conference_id')
    .select(['users.email', 'users.disabled_at', 'conferences.publication'])
    .where('side_event_requests.conference_id', '=', tx.conferenceId)
    .where('side_event_requests.entry_id', '=', change.entryId)
    .executeTakeFirst();
  if (!row || row.publication !== 'live' || row.disabled_at !== null) return;
  const entry = await tx.readEntry(change.entryId);
  if (!entry) return;
  const facts = await conferenceFacts(tx, options);
  const mail = organiserMail(facts, entry, {
    subject: '',
    opening: `The secretariat of ${facts.title} changed your side event "${entry.title}".`,
    comment: null,
    changesUrl: `${facts.home}/entries/${encodeURIComponent(entry.id)}`,
  });
  await queueMail(tx.tables, { conferenceId: tx.conferenceId, to: row.email, ...mail, reason: 'entry-changed' });
}

/**
 * Where the public waits for releases (publication mode "release"), tells each organiser whose
 * scheduled side event changed since the release before (moved, cancelled, edited) where and
 * when it is in this release; in "live" mode they were told at each change.
 */
async function mailOrganisers(tx: StoreTransaction, facts: ConferenceFacts, release: Release, changesUrl: string): Promise<void> {
  const mode = await tx.tables.selectFrom('conferences').select('publication').where('id', '=', tx.conferenceId).executeTakeFirstOrThrow();
  if (mode.publication !== 'release') return;
  const previous = await tx.tables
    .selectFrom('releases')
    .select('revision')
    .where('conference_id', '=', tx.conferenceId)
    .where('id', '<', release.id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  // Before the first release the organisers were told when their events were scheduled.
  if (!previous) return;
  const changed = await tx.tables
    .selectFrom('changes')
    .innerJoin('side_event_requests', (join) =>
      join.onRef('side_event_requests.entry_id', '=', 'changes.entry_id').onRef('side_event_requests.conference_id', '=', 'changes.conference_id'),
    )
    .innerJoin('users', 'users.id', 'side_event_requests.organiser_user_id')
    .select(['changes.entry_id', 'users.email'])
    .distinct()
    .where('changes.conference_id', '=', tx.conferenceId)
    .where('changes.revision', '>', previous.revision)
    .where('changes.revision', '<', release.revision)
    .where('users.disabled_at', 'is', null)
    .orderBy('changes.entry_id')
    .execute();
  for (const row of changed) {
    const entry = row.entry_id === null ? null : await tx.readEntry(row.entry_id);
    if (!entry) continue;
    const mail = organiserMail(facts, entry, {
      subject: ` (${release.name})`,
      opening: `The secretariat of ${facts.title} published ${release.name}, in which your side event "${entry.title}" changed.`,
      comment: release.comment,
      changesUrl,
    });
    await queueMail(tx.tables, { conferenceId: tx.conferenceId, to: row.email, ...mail, reason: 'entry-changed' });
  }
}

/**
 * The commit hook: enqueues the webhook deliveries and e-mails `change` calls for, in the
 * transaction `tx` of the change itself.
 *
 * A release goes to every active webhook of the conference and to every subscriber; any other
 * change only to webhooks registered "on every change", and with no more than the public change
 * feed (`/api/changes`) tells of it: its revision, kind, entry, actor and time.
 *
 * Examples: `store.onCommit((tx, change) => notifyOnCommit(tx, change, { baseUrl: 'https://agora.example' }))`.
 */
export async function notifyOnCommit(tx: StoreTransaction, change: Change, options: NotifyOptions = {}): Promise<void> {
  const event = change.kind === 'release' && isRelease(change.after) ? 'release' : 'change';
  if (event === 'change') await mailOrganiserAtOnce(tx, change, options);
  const webhooks = await webhooksFor(tx.tables, tx.conferenceId, event);
  // Most changes go nowhere: a query or two, and the commit goes on.
  if (event === 'change' && webhooks.length === 0) return;
  const facts = await conferenceFacts(tx, options);
  const conference = { slug: facts.slug, title: facts.title };
  if (change.kind === 'release' && isRelease(change.after)) {
    const release = change.after;
    const changesUrl = `${facts.home}/changes#release-${release.id}`;
    const payload = {
      event: 'release',
      conference,
      release: { id: release.id, name: release.name, comment: release.comment, revision: release.revision, at: release.at },
      changes: changesUrl,
    };
    await enqueueDeliveries(tx.tables, tx.conferenceId, webhooks, 'release', payload, change.at);
    await mailSubscribers(tx, facts, release, changesUrl);
    await mailOrganisers(tx, facts, release, changesUrl);
    return;
  }
  const payload = {
    event: 'change',
    conference,
    change: { revision: change.revision, kind: change.kind, entryId: change.entryId, actor: change.actor, at: change.at },
  };
  await enqueueDeliveries(tx.tables, tx.conferenceId, webhooks, 'change', payload, change.at);
}

/**
 * Makes every commit of `store` notify (see {@link notifyOnCommit}); returns the function that stops it.
 *
 * Examples: `notifyOnCommits(store, { baseUrl: process.env.BASE_URL ?? null })`.
 */
export function notifyOnCommits(store: Store, options: NotifyOptions = {}): () => void {
  return store.onCommit((tx, change) => notifyOnCommit(tx, change, options));
}
