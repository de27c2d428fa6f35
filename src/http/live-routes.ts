/**
 * The live change feed, `GET /api/live`: Server-Sent Events, one event per committed change with
 * `id: <revision>`, resumable with `Last-Event-ID`.
 *
 * There is one bus subscription for all streams: each change is serialised once and written to
 * every open stream of its conference, with no database query per client per change.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { changeView } from '../app/change-view.ts';
import type { LiveBus, LiveChange } from '../app/live-bus.ts';
import type { ProgrammeCache } from '../app/programme-cache.ts';
import type { Change } from '../store/change.ts';
import type { Store } from '../store/store.ts';
import { authorise } from './caller.ts';
import { registerScoped, scopedConference } from './conference-scope.ts';

/** A client further behind than this reloads rather than replaying. */
const MAX_REPLAY = 1000;
const RETRY_MS = 2000;

export interface LiveOptions {
  store: Store;
  bus: LiveBus;
  cache: ProgrammeCache;
  heartbeatMs?: number;
  /** When true, streams need a token that may read monitors. */
  requireToken?: boolean;
}

/** What a change looks like on the wire; an import says "reload" rather than carrying it all. */
export function changeEvent(slug: string, change: Change): string {
  const data = { conference: slug, ...changeView(change) };
  return `id: ${change.revision}\nevent: change\ndata: ${JSON.stringify(data)}\n\n`;
}

export class LiveStreams {
  readonly #streams = new Map<number, Set<ServerResponse>>();
  /** Streams still replaying missed changes: live events wait here, by revision, until it ends. */
  readonly #held = new Map<ServerResponse, Map<number, string>>();
  readonly #heartbeat: NodeJS.Timeout;
  readonly #unsubscribe: () => void;

  constructor(bus: LiveBus, heartbeatMs: number) {
    this.#unsubscribe = bus.subscribe((event) => this.#broadcast(event));
    this.#heartbeat = setInterval(() => this.#writeAll(': heartbeat\n\n'), heartbeatMs);
    this.#heartbeat.unref();
  }

  get size(): number {
    let total = 0;
    for (const streams of this.#streams.values()) total += streams.size;
    return total;
  }

  /** Adds a stream; with `hold`, live events wait until {@link release} so a replay stays in order. */
  add(conferenceId: number, response: ServerResponse, hold = false): void {
    let streams = this.#streams.get(conferenceId);
    if (!streams) this.#streams.set(conferenceId, (streams = new Set()));
    streams.add(response);
    if (hold) this.#held.set(response, new Map());
    response.on('close', () => {
      streams.delete(response);
      this.#held.delete(response);
    });
  }

  /** Writes the events held during a replay that came after `replayedUpTo`, in order, and goes live. */
  release(response: ServerResponse, replayedUpTo: number): void {
    const held = this.#held.get(response);
    this.#held.delete(response);
    if (!held) return;
    for (const revision of [...held.keys()].sort((a, b) => a - b)) {
      if (revision > replayedUpTo) response.write(held.get(revision) as string);
    }
  }

  /** Tells every client to come back shortly, and ends its stream (server shutting down). */
  closeAll(): void {
    this.#unsubscribe();
    clearInterval(this.#heartbeat);
    for (const streams of this.#streams.values()) {
      for (const response of streams) response.end(`retry: ${RETRY_MS}\nevent: closing\ndata: {}\n\n`);
      streams.clear();
    }
  }

  #broadcast(event: LiveChange): void {
    const streams = this.#streams.get(event.conferenceId);
    if (!streams || streams.size === 0) return;
    const text = changeEvent(event.slug, event.change);
    for (const response of streams) {
      const held = this.#held.get(response);
      if (held) held.set(event.change.revision, text);
      else response.write(text);
    }
  }

  #writeAll(text: string): void {
    for (const streams of this.#streams.values()) for (const response of streams) response.write(text);
  }
}

export function liveRoutes(options: LiveOptions, streams: LiveStreams): FastifyPluginAsync {
  const plugin: FastifyPluginAsync = async (app: FastifyInstance) => {
    app.get('/api/live', async (request, reply) => {
      if (options.requireToken && !(await authorise(options.store, request, reply, 'read-monitor'))) return reply;
      const record = await scopedConference(options.cache, request);
      const header = request.headers['last-event-id'];
      const query = (request.query as { lastEventId?: string }).lastEventId;
      const lastText = typeof header === 'string' ? header : query;
      const last = lastText !== undefined && /^\d+$/.test(lastText) ? Number(lastText) : null;
      reply.hijack();
      const response = reply.raw;
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      // Registered before anything is read: every revision the bus publishes from now on reaches
      // this stream (held while a replay is written), so the replay stops at what was already
      // published, and the client sees every revision once, in order.
      streams.add(record.id, response, last !== null);
      const current = options.bus.publishedRevision(record.id) ?? record.revision;
      response.write(`retry: ${RETRY_MS}\nevent: hello\ndata: ${JSON.stringify({ conference: record.slug, revision: current })}\n\n`);
      if (last === null) return;
      let upTo = last;
      if (last > current || current - last > MAX_REPLAY) {
        response.write(`event: reload\ndata: ${JSON.stringify({ reason: last > current ? 'unknown-revision' : 'too-old', revision: current })}\n\n`);
        upTo = current;
      } else if (last < current) {
        for (const change of await options.store.changesSince(record.id, last, { limit: current - last })) {
          if (change.revision > current) break;
          response.write(changeEvent(record.slug, change));
          upTo = change.revision;
        }
      }
      streams.release(response, upTo);
    });
  };
  return plugin;
}

export async function registerLive(app: FastifyInstance, options: LiveOptions, streams: LiveStreams): Promise<void> {
  await registerScoped(app, liveRoutes(options, streams));
}
