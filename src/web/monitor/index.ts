/**
 * The hall monitor: `GET /monitor?building=M` (or `?venue=M3` for a door sign, or neither for the
 * whole programme), a full-screen page for an unattended screen, and `GET /monitor/state.json`,
 * the state it starts from and falls back on. Both live at the root and under `/c/<slug>`.
 *
 * With the server's `requireDisplayToken`, both (and the live feed the page listens to) need a
 * `?token=` whose role may read monitors; without one the page says the screen is not registered.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { may } from '../../app/policy.ts';
import { AgoraError } from '../../errors.ts';
import { authorise, callerOf } from '../../http/caller.ts';
import { registerScoped, scopedConference, scopePrefix } from '../../http/conference-scope.ts';
import { sendRendered } from '../../http/send-rendered.ts';
import type { AreaContext } from '../../http/server.ts';
import { monitorScript } from './client-bundle.ts';
import { MONITOR_MESSAGES as M } from './messages.ts';
import { filterQuery, type MonitorBoot } from './monitor-model.ts';
import { monitorPage, noticePage } from './monitor-page.ts';
import { screenHeading } from './monitor-screen.ts';
import { MONITOR_QUERY_SCHEMA, monitorRequest, monitorState, type MonitorQuery, type MonitorRequest } from './monitor-state.ts';

function withQuery(path: string, query: string): string {
  return query === '' ? path : `${path}?${query}`;
}

function sendPage(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
}

/** The heading a notice page can still give when the address itself is at fault. */
function headingOf(query: MonitorQuery): string {
  return screenHeading({ building: query.building ?? null, venue: query.venue ?? null });
}

export async function monitorRoutes(app: FastifyInstance, context: AreaContext): Promise<void> {
  const script = await monitorScript();

  async function readState(request: FastifyRequest, monitor: MonitorRequest) {
    const record = await scopedConference(context.cache, request);
    const snapshot = await context.cache.snapshot(record);
    return monitorState(context.store, snapshot, monitor);
  }

  await registerScoped(app, async (scope) => {
    scope.get('/monitor', { schema: { querystring: MONITOR_QUERY_SCHEMA }, attachValidation: true }, async function monitorPageRoute(request, reply) {
      const query = request.query as MonitorQuery;
      if (context.requireDisplayToken) {
        const caller = await callerOf(context.store, request);
        if (caller.role === null) {
          reply.header('www-authenticate', 'Bearer realm="agora"');
          return sendPage(reply, 401, noticePage(headingOf(query), { title: M.notRegistered, help: M.notRegisteredHelp }));
        }
        if (!may(caller.role, 'read-monitor')) return sendPage(reply, 403, noticePage(headingOf(query), { title: M.notAllowed, help: M.notRegisteredHelp }));
      }
      try {
        if (request.validationError) {
          throw new AgoraError('AGORA_BAD_INPUT', `The monitor address is not valid: ${request.validationError.message}.`);
        }
        const monitor = monitorRequest(query);
        const state = await readState(request, monitor);
        const prefix = scopePrefix(request);
        const screen = filterQuery(monitor.filter);
        const boot: MonitorBoot = {
          stateUrl: withQuery(`${prefix}/monitor/state.json`, screen),
          // A monitor shows what the public reads, whoever's token it holds.
          liveUrl: `${prefix}/api/live?view=public`,
          at: monitor.at,
          storageKey: `agora-monitor:${state.conference.slug}:${screen}`,
          state,
        };
        return sendPage(reply, 200, monitorPage(boot, script));
      } catch (error) {
        if (!(error instanceof AgoraError)) throw error;
        return sendPage(reply, error.status, noticePage(headingOf(query), { title: M.badAddress, help: error.message }));
      }
    });

    scope.get('/monitor/state.json', { schema: { querystring: MONITOR_QUERY_SCHEMA } }, async function monitorStateRoute(request, reply) {
      if (context.requireDisplayToken && !(await authorise(context.store, request, reply, 'read-monitor'))) return reply;
      const state = await readState(request, monitorRequest(request.query as MonitorQuery));
      const body = JSON.stringify(state);
      const etag = `"${state.revision}-${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
      return sendRendered(request, reply, { body, etag }, { contentType: 'application/json; charset=utf-8' });
    });
  });
}
