/**
 * The page's link to the server: live by push, safe by pull.
 *
 * Changes arrive over the live feed (an EventSource, which resumes from the last revision it
 * saw). When the feed drops, the page fetches `state.json` again after 1 s, 2 s, 4 s … (at most
 * 30 s apart) until the server answers and the feed is back; while live, it fetches it once a
 * minute as well, to notice a link that has died without closing.
 */
import type { Entry } from '../../../model/programme.ts';
import type { MonitorState } from '../monitor-model.ts';

/** A `change` event of the live feed. */
export interface ChangeData {
  conference: string;
  revision: number;
  kind: string;
  entryId: string | null;
  before: Entry | null;
  after: Entry | null;
  reload: boolean;
}

export interface LinkEvents {
  /** The server's state; `force` when it is older than what the page holds but the server says it is current. */
  state(state: MonitorState, force: boolean): void;
  change(change: ChangeData): void;
  /** The feed is open (true) or has dropped (false). */
  live(live: boolean): void;
  /** The server refused the screen's token. */
  refused(): void;
}

export interface LinkOptions {
  stateUrl: string;
  liveUrl: string;
  token: string | null;
  at: string | null;
  /** The revision the page holds now. */
  revision(): number;
}

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;
const WATCH_MS = 60_000;

function withParams(url: string, params: Record<string, string | null>): string {
  const [path, query = ''] = url.split('?');
  const search = new URLSearchParams(query);
  for (const [name, value] of Object.entries(params)) if (value !== null) search.set(name, value);
  const text = search.toString();
  return text === '' ? (path ?? url) : `${path}?${text}`;
}

export class LiveLink {
  readonly #options: LinkOptions;
  readonly #on: LinkEvents;
  #source: EventSource | null = null;
  #live = false;
  #retryMs = FIRST_RETRY_MS;
  #retryTimer: number | null = null;
  #watchTimer: number | null = null;
  #stopped = false;
  /** How many changes the feed has brought, to tell whether one came while a state was fetched. */
  #changes = 0;

  constructor(options: LinkOptions, events: LinkEvents) {
    this.#options = options;
    this.#on = events;
  }

  start(): void {
    this.#connect();
    void this.fetchState(false);
    this.#watchTimer = window.setInterval(() => {
      if (this.#live) void this.#watch();
    }, WATCH_MS);
  }

  stop(): void {
    this.#stopped = true;
    this.#source?.close();
    this.#source = null;
    if (this.#retryTimer !== null) window.clearTimeout(this.#retryTimer);
    if (this.#watchTimer !== null) window.clearInterval(this.#watchTimer);
  }

  /**
   * Fetches `state.json`; true when the server answered with it. `force` takes it even when it is
   * older than what the page holds; as a function, it is asked once the answer is there.
   */
  async fetchState(force: boolean | (() => boolean)): Promise<boolean> {
    const { stateUrl, token, at } = this.#options;
    try {
      const response = await fetch(withParams(stateUrl, { token, at }), { cache: 'no-store', headers: { accept: 'application/json' } });
      if (response.status === 401 || response.status === 403) {
        this.stop();
        this.#on.refused();
        return false;
      }
      if (!response.ok) return false;
      const state = (await response.json()) as MonitorState;
      if (!this.#stopped) this.#on.state(state, typeof force === 'function' ? force() : force);
      return true;
    } catch {
      return false;
    }
  }

  #connect(): void {
    const { liveUrl, token } = this.#options;
    const source = new EventSource(withParams(liveUrl, { lastEventId: String(this.#options.revision()), token }));
    this.#source = source;
    source.addEventListener('hello', (event) => {
      const hello = JSON.parse((event as MessageEvent<string>).data) as { revision: number };
      this.#setLive(true);
      // A server whose revision is behind the page's holds another database: take its programme.
      if (hello.revision < this.#options.revision()) void this.fetchState(true);
    });
    source.addEventListener('change', (event) => {
      const change = JSON.parse((event as MessageEvent<string>).data) as ChangeData;
      if (change.reload) {
        // What the server shows after a reload is current even when it is older: switching to
        // "public on release" takes readers back to the newest release. Unless a later change
        // came meanwhile, which the answer may not hold yet.
        const seen = this.#changes;
        void this.fetchState(() => this.#changes === seen);
      } else {
        this.#changes += 1;
        this.#on.change(change);
      }
    });
    source.addEventListener('reload', () => void this.fetchState(false));
    source.addEventListener('closing', () => this.#setLive(false));
    source.addEventListener('error', () => {
      this.#setLive(false);
      // The browser retries a dropped feed by itself; one it has given up on is made anew once the server answers.
      if (source.readyState === EventSource.CLOSED && this.#source === source) this.#source = null;
    });
  }

  #setLive(live: boolean): void {
    if (this.#stopped) return;
    if (live) {
      this.#retryMs = FIRST_RETRY_MS;
      if (this.#retryTimer !== null) window.clearTimeout(this.#retryTimer);
      this.#retryTimer = null;
    } else {
      this.#scheduleRetry();
    }
    if (live !== this.#live) {
      this.#live = live;
      this.#on.live(live);
    }
  }

  #scheduleRetry(): void {
    if (this.#retryTimer !== null || this.#stopped) return;
    const delay = this.#retryMs;
    this.#retryMs = Math.min(this.#retryMs * 2, MAX_RETRY_MS);
    this.#retryTimer = window.setTimeout(() => void this.#retry(), delay);
  }

  async #retry(): Promise<void> {
    this.#retryTimer = null;
    const answered = await this.fetchState(false);
    if (this.#live || this.#stopped) return;
    if (answered && this.#source === null) this.#connect();
    this.#scheduleRetry();
  }

  /** A live feed that has gone quiet because the link died is only noticed by asking. */
  async #watch(): Promise<void> {
    if (await this.fetchState(false)) return;
    this.#source?.close();
    this.#source = null;
    this.#setLive(false);
  }
}
