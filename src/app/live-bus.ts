/**
 * The live bus: one place that learns of committed changes and fans them out to every listener
 * in this process (SSE streams, caches).
 *
 * It learns of changes by reading the change log, never from the writer's memory, so a change
 * made by this server, by `agora move` in another process, or (later) by another server on the
 * same database arrives the same way, once, in revision order. A commit here calls
 * {@link LiveBus.poke} so the read happens at once; a slow poll catches other processes' commits.
 * Each change is read from the database once per process, however many clients listen.
 */
import type { Change } from '../store/change.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';

export interface LiveChange {
  conferenceId: number;
  slug: string;
  change: Change;
}

export type LiveListener = (event: LiveChange) => void;

export interface LiveBusOptions {
  /** How often to look for changes committed by other processes. */
  pollMs?: number;
  onError?: (error: unknown) => void;
}

export class LiveBus {
  readonly #store: Store;
  readonly #listeners = new Set<LiveListener>();
  /** The conferences as of the last look at the database, so reads need not ask it. */
  #conferences: ConferenceRecord[] = [];
  /** The newest revision already published, per conference. */
  readonly #published = new Map<number, number>();
  readonly #pollMs: number;
  readonly #onError: (error: unknown) => void;
  #timer: NodeJS.Timeout | null = null;
  #stopListening: () => Promise<void> = async () => {};
  #running: Promise<void> | null = null;
  #again = false;

  constructor(store: Store, options: LiveBusOptions = {}) {
    this.#store = store;
    this.#pollMs = options.pollMs ?? 200;
    this.#onError = options.onError ?? (() => {});
  }

  /** Starts from the revisions the database holds now: only later changes are published. */
  async start(): Promise<void> {
    this.#conferences = await this.#store.listConferences();
    for (const record of this.#conferences) this.#published.set(record.id, record.revision);
    this.#timer = setInterval(() => this.poke(), this.#pollMs);
    this.#timer.unref();
    // On PostgreSQL a commit anywhere is announced at once; the poll stays as a safety net.
    this.#stopListening = await this.#store.listen(() => void this.poke());
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#stopListening();
    await this.#running;
  }

  subscribe(listener: LiveListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }

  /**
   * The conferences as the bus last saw them (at most one poll old), each with the revision
   * published so far; a conference created since then is not here until the next look.
   */
  conferences(): ConferenceRecord[] {
    return this.#conferences.map((record) => ({ ...record, revision: this.#published.get(record.id) ?? record.revision }));
  }

  /** The newest revision published for a conference. */
  publishedRevision(conferenceId: number): number | undefined {
    return this.#published.get(conferenceId);
  }

  /** Looks for new changes now; resolves when they have been published. */
  poke(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#drain().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #drain(): Promise<void> {
    do {
      this.#again = false;
      try {
        await this.#readOnce();
      } catch (error) {
        this.#onError(error);
      }
    } while (this.#again);
  }

  async #readOnce(): Promise<void> {
    this.#conferences = await this.#store.listConferences();
    for (const record of this.#conferences) {
      const known = this.#published.get(record.id) ?? 0;
      if (record.revision <= known) continue;
      const changes = await this.#store.changesSince(record.id, known);
      for (const change of changes) {
        this.#published.set(record.id, change.revision);
        for (const listener of this.#listeners) {
          try {
            listener({ conferenceId: record.id, slug: record.slug, change });
          } catch (error) {
            this.#onError(error);
          }
        }
      }
    }
  }
}
