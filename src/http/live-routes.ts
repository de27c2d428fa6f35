/**
 * The live change feed, `GET /api/live`: Server-Sent Events, one event per committed change with
 * `id: <revision>`, resumable with `Last-Event-ID`.
 *
 * A caller who may read the draft (an editor's session or token) gets every change, unless it
 * asks for `?view=public` as the public pages and monitors do. Every other stream follows the
 * public view: while the conference publishes on release it hears only of releases (and of a
 * change of the mode itself), each saying "reload", and it starts and resumes from the newest
 * release's revision, so no drafted change reaches it.
 *
 * There is one bus subscription for all streams: each change is serialised once and written to
 * every open stream of its conference, with no database query per client per change.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { changeView } from '../app/change-view.ts';
import type { LiveBus, LiveChange } from '../app/live-bus.ts';
import type { ProgrammeCache } from '../app/programme-cache.ts';
import { publicationOf } from '../model/publication.ts';
import type { Change } from '../store/change.ts';
import type { Store } from '../store/store.ts';
import { authorise } from './caller.ts';
import { registerScoped, scopedConference } from './conference-scope.ts';
import { readsDraft } from './draft-reader.ts';

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

/** A settings change that switched the publication mode: what the public reads jumps, so it is told. */
function switchesPublication(change: Change): boolean {
  if (change.kind !== 'settings') return false;
  const mode = (side: unknown) => publicationOf((side as { publication?: unknown } | null)?.publication);
  return mode(change.before) !== mode(change.after);
}

export class LiveStreams {
  readonly #bus: LiveBus;
  readonly #streams = new Map<number, Set<ServerResponse>>();
  /** The streams that follow the public view rather than the draft. */
  readonly #public = new WeakSet<ServerResponse>();
  /** Streams still replaying missed changes: live events wait here, by revision, until it ends. */
  readonly #held = new Map<ServerResponse, Map<number, string>>();
  readonly #heartbeat: NodeJS.Timeout;
  readonly #unsubscribe: () => void;

  constructor(bus: LiveBus, heartbeatMs: number) {
    this.#bus = bus;
    this.#unsubscribe = bus.subscribe((event) => this.#broadcast(event));
    this.#heartbeat = setInterval(() => this.#writeAll(': heartbeat\n\n'), heartbeatMs);
    this.#heartbeat.unref();
  }

  get size(): number {
    let total = 0;
    for (const streams of this.#streams.values()) total += streams.size;
    return total;
  }

  /**
   * Adds a stream; with `hold`, live events wait until {@link release} so a replay stays in order;
   * with `publicView`, it hears only what the public view shows.
   */
  add(conferenceId: number, response: ServerResponse, hold = false, publicView = false): void {
    let streams = this.#streams.get(conferenceId);
    if (!streams) this.#streams.set(conferenceId, (streams = new Set()));
    streams.add(response);
    if (publicView) this.#public.add(response);
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
    const publicSees = this.#publicSees(event);
    for (const response of streams) {
      if (!publicSees && this.#public.has(response)) continue;
      const held = this.#held.get(response);
      if (held) held.set(event.change.revision, text);
      else response.write(text);
    }
  }

  /** Whether a change reaches the public: every change in `live` mode; in `release` mode a release, or the switch of mode. */
  #publicSees(event: LiveChange): boolean {
    const conference = this.#bus.conferences().find((record) => record.id === event.conferenceId);
    return conference?.publication !== 'release' || event.change.kind === 'release' || switchesPublication(event.change);
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
      const view = (request.query as { view?: unknown }).view;
      const draft = view !== 'public' && (await readsDraft(options.store, request));
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
      // A public stream waits for its starting revision too, so nothing reaches it before its hello.
      streams.add(record.id, response, last !== null || !draft, !draft);
      const published = options.bus.publishedRevision(record.id) ?? record.revision;
      let current = published;
      let releasesOnly = false;
      if (!draft) {
        try {
          // In "public on release" mode the public stands at the newest release (0 before the first).
          const shown = await options.cache.snapshot(record);
          if (shown.record.publication === 'release') {
            current = shown.revision;
            releasesOnly = true;
          }
        } catch {
          response.end(`retry: ${RETRY_MS}\nevent: closing\ndata: {}\n\n`);
          return;
        }
      }
      response.write(`retry: ${RETRY_MS}\nevent: hello\ndata: ${JSON.stringify({ conference: record.slug, revision: current })}\n\n`);
      if (last === null) {
        streams.release(response, current);
        return;
      }
      let upTo = last;
      if (last > current || current - last > MAX_REPLAY) {
        response.write(`event: reload\ndata: ${JSON.stringify({ reason: last > current ? 'unknown-revision' : 'too-old', revision: current })}\n\n`);
        upTo = current;
      } else if (last < current) {
        for (const change of await options.store.changesSince(record.id, last, { limit: current - last })) {
          if (change.revision > current) break;
          // The edits between releases were drafts, never public: a public reader hears the releases.
          if (!releasesOnly || change.kind === 'release') response.write(changeEvent(record.slug, change));
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
