/**
 * The Agora server: one Fastify app with a plugin per area (exports, API, live feed, pages).
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { LiveBus } from '../app/live-bus.ts';
import { startNotificationWorker, type NotificationWorker, type NotificationWorkerOptions } from '../app/notifications/notification-worker.ts';
import { ProgrammeCache } from '../app/programme-cache.ts';
import type { Store } from '../store/store.ts';
import { apiRoutes } from './api/index.ts';
import { csrfGuard } from './caller.ts';
import { errorHandler } from './error-handler.ts';
import { parseForm } from './form-body.ts';
import { exportRoutes } from './export-routes.ts';
import { LiveStreams, registerLive } from './live-routes.ts';
import { opsRoutes } from './ops-routes.ts';
import { printRoutes } from './print-routes.ts';
import { releaseRoutes } from './release-routes.ts';
import { monitorRoutes } from '../web/monitor/index.ts';
import { pageRoutes } from '../web/index.ts';
import { adminRoutes } from '../web/admin/index.ts';

export interface ServerOptions {
  store: Store;
  /** Pino options, or false for none (tests). */
  logger?: FastifyServerOptions['logger'];
  /** The public address of this server, for links in exports ("https://agora.example"). */
  baseUrl?: string | null;
  /**
   * Which proxies' X-Forwarded-For and X-Forwarded-Proto to believe: the login limit counts
   * failures per client address and cookies are Secure over https, so a header from anyone else
   * must not decide them. Default: a proxy on this machine (`loopback`). Takes addresses or
   * subnets, comma-separated ("10.0.0.2,10.0.1.0/24"), or true for every hop.
   */
  trustProxy?: boolean | string;
  /** Live streams and monitors need a display (or higher) token. */
  requireDisplayToken?: boolean;
  /** How often to look for changes committed by other processes. */
  pollMs?: number;
  heartbeatMs?: number;
  /**
   * Send webhook deliveries and e-mails from this server (`agora serve` does); without, they
   * wait in the database (tests call the senders themselves).
   */
  notifications?: Omit<NotificationWorkerOptions, 'onError'> | null;
}

/** One route as registered, for the test that walks every route with every role. */
export interface RouteInfo {
  method: string;
  url: string;
}

export interface AgoraServer {
  app: FastifyInstance;
  /** Every route the server answers, in registration order. */
  routes: RouteInfo[];
  bus: LiveBus;
  cache: ProgrammeCache;
  streams: LiveStreams;
  /** The notification worker, when the options asked for one. */
  notifications: NotificationWorker | null;
}

/** What every area plugin gets. */
export interface AreaContext {
  store: Store;
  bus: LiveBus;
  cache: ProgrammeCache;
  baseUrl: string | null;
  requireDisplayToken: boolean;
  /** Whether this server sends the outbox (an SMTP server is configured). */
  sendsMail: boolean;
}

export type AreaPlugin = (app: FastifyInstance, context: AreaContext) => Promise<void>;

/** The areas of the server besides the live feed, each a plugin of its own. */
const AREAS: AreaPlugin[] = [exportRoutes, monitorRoutes, pageRoutes, apiRoutes, printRoutes, releaseRoutes, opsRoutes, adminRoutes];

export async function buildServer(options: ServerOptions): Promise<AgoraServer> {
  const app = Fastify({ logger: options.logger ?? false, trustProxy: options.trustProxy ?? 'loopback' });
  const routes: RouteInfo[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  const bus = new LiveBus(options.store, {
    pollMs: options.pollMs ?? 200,
    onError: (error) => app.log.error({ err: error }, 'reading the change log failed'),
  });
  await bus.start();
  const cache = new ProgrammeCache(options.store, bus);
  const streams = new LiveStreams(bus, options.heartbeatMs ?? 15_000);
  const context: AreaContext = {
    store: options.store,
    bus,
    cache,
    baseUrl: options.baseUrl ?? null,
    requireDisplayToken: options.requireDisplayToken ?? false,
    sendsMail: (options.notifications?.mail ?? null) !== null,
  };
  app.setErrorHandler(errorHandler);
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, parseForm);
  app.addHook('preHandler', csrfGuard(options.store));
  const notifications = options.notifications
    ? startNotificationWorker(options.store, { ...options.notifications, onError: (error) => app.log.error({ err: error }, 'sending notifications failed') })
    : null;
  app.addHook('preClose', async () => {
    streams.closeAll();
    await notifications?.stop();
    await bus.stop();
  });
  await registerLive(app, { store: options.store, bus, cache, requireToken: context.requireDisplayToken }, streams);
  for (const area of AREAS) await area(app, context);
  return { app, routes, bus, cache, streams, notifications };
}
