/**
 * "Get updates by e-mail": the form a delegate subscribes with, the answer saying what they will
 * receive, and the pages of the link in each e-mail that stops them (a question first, so that a
 * mail program opening the link to look at it unsubscribes no one).
 */
import { Layout } from './layout.tsx';
import type { PageContext } from './page-context.ts';

function siteOf(page: PageContext): string {
  const conference = page.programme?.conference;
  return conference?.session ?? conference?.title ?? page.messages.agora;
}

export interface SubscribeFormProps {
  page: PageContext;
  /** The session's CSRF token when the reader is logged in (the server asks for it then). */
  csrf: string | null;
  email: string;
  /** What was wrong, for the field, or null. */
  problem: string | null;
}

export function SubscribePage({ page, csrf, email, problem }: SubscribeFormProps) {
  const m = page.messages.updates;
  return (
    <Layout page={page} title={m.title} current={null}>
      <h1>{m.title}</h1>
      <p>{m.intro(siteOf(page))}</p>
      {problem !== null && (
        <div class="problems" role="alert">
          <p>{m.refused}</p>
        </div>
      )}
      <form method="post" action={page.link('/subscribe')} class="updates-form">
        {csrf !== null && <input type="hidden" name="_csrf" value={csrf} />}
        <div class="field">
          <label for="updates-email">{m.email}</label>
          <input
            id="updates-email"
            name="email"
            type="email"
            value={email}
            required
            autocomplete="email"
            aria-invalid={problem !== null ? 'true' : undefined}
            aria-describedby={problem !== null ? 'updates-email-problem' : 'updates-privacy'}
          />
        </div>
        {problem !== null && (
          <p id="updates-email-problem" class="problem">
            {problem}
          </p>
        )}
        <p id="updates-privacy">{m.privacy}</p>
        <p class="form-actions">
          <button type="submit">{m.subscribe}</button>
        </p>
      </form>
    </Layout>
  );
}

/** The answer to a subscription. */
export function SubscribedPage({ page, email, isNew }: { page: PageContext; email: string; isNew: boolean }) {
  const m = page.messages.updates;
  return (
    <Layout page={page} title={m.subscribedTitle} current={null}>
      <h1>{m.subscribedTitle}</h1>
      <p role="status">{isNew ? m.subscribed(email) : m.already(email)}</p>
      {isNew && <p>{m.welcome}</p>}
      <p>
        <a href={page.link('/')}>{m.back}</a>
      </p>
    </Layout>
  );
}

export interface UnsubscribePageProps {
  page: PageContext;
  csrf: string | null;
  /** The subscription the link names, or null when the link is not (any more) valid. */
  subscription: { email: string; title: string } | null;
  token: string;
  /** Set once unsubscribed. */
  done: boolean;
  /** Why nothing was done, or null. */
  problem: string | null;
}

export function UnsubscribePage({ page, csrf, subscription, token, done, problem }: UnsubscribePageProps) {
  const m = page.messages.updates;
  const title = done ? m.unsubscribedTitle : m.unsubscribeTitle;
  return (
    <Layout page={page} title={title} current={null}>
      <h1>{title}</h1>
      {problem !== null && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      {subscription !== null && done && <p role="status">{m.unsubscribed(subscription.email, subscription.title)}</p>}
      {subscription !== null && !done && (
        <form method="post" action={page.link('/unsubscribe')}>
          {csrf !== null && <input type="hidden" name="_csrf" value={csrf} />}
          <input type="hidden" name="token" value={token} />
          <p>{m.unsubscribeAsk(subscription.email, subscription.title)}</p>
          <p>
            <button type="submit">{m.unsubscribe}</button>
          </p>
        </form>
      )}
      <p>
        <a href={page.link('/')}>{m.back}</a>
      </p>
    </Layout>
  );
}
