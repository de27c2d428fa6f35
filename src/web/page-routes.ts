/**
 * The web programme's routes, for one conference scope (`/` or `/c/<slug>/`). Pages that depend
 * only on the programme are rendered once per revision and path and served from the cache with
 * an ETag; search and "now" depend on the request as well and are rendered for each one.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import type { Rendered, Snapshot } from '../app/programme-cache.ts';
import { AgoraError } from '../errors.ts';
import { findFormat } from '../formats/registry.ts';
import { exportIcalEntries } from '../formats/ical/index.ts';
import { scopedConference, scopePrefix } from '../http/conference-scope.ts';
import { exportContext } from '../http/export-routes.ts';
import { sendRendered } from '../http/send-rendered.ts';
import type { AreaContext } from '../http/server.ts';
import { isTimeZone } from '../model/wall-clock.ts';
import type { ConferenceRecord } from '../store/store.ts';
import { messagesFor, type Messages } from './messages.ts';
import { momentNow, nowAndNext, readMoment, type WallClockMoment } from './now-and-next.ts';
import { AgendaPage } from './pages/agenda-page.tsx';
import { DayPage } from './pages/day-page.tsx';
import { EntryPage } from './pages/entry-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { NowPage } from './pages/now-page.tsx';
import { programmeContext, type PageContext } from './pages/page-context.ts';
import { SearchPage } from './pages/search-page.tsx';
import { readSearch, searchEntries } from './search.ts';
import { wallClockFormat } from './wall-clock-format.ts';
import type { WebAssets } from './web-assets.ts';

const HTML = 'text/html; charset=utf-8';
/** An agenda naming more unknown ids than this names only the first ones. */
const MAX_NAMED_IDS = 20;

function html(page: VNode): string {
  return `<!doctype html>\n${render(page)}`;
}

function freshRendered(revision: number, body: string): Rendered {
  const digest = createHash('sha1').update(body).digest('base64url').slice(0, 16);
  return { body, etag: `"${revision}-${digest}"` };
}

export function webRoutes(context: AreaContext, assets: WebAssets) {
  const messages: Messages = messagesFor();
  const format = wallClockFormat(messages.locale);

  /** Each snapshot's programme context, made once per revision and scope rather than per request. */
  const programmeContexts = new WeakMap<Snapshot, Map<string, ReturnType<typeof programmeContext>>>();

  function programmeContextOf(snapshot: Snapshot, liveUrl: string | null) {
    let byUrl = programmeContexts.get(snapshot);
    if (!byUrl) programmeContexts.set(snapshot, (byUrl = new Map()));
    const key = liveUrl ?? '';
    let made = byUrl.get(key);
    if (!made) byUrl.set(key, (made = programmeContext(snapshot, liveUrl)));
    return made;
  }

  function pageContext(request: FastifyRequest, snapshot: Snapshot | null): PageContext {
    const prefix = scopePrefix(request);
    // The public view's feed even for an editor's browser: the page shows what the public reads.
    const liveUrl = context.requireDisplayToken ? null : `${prefix}/api/live?view=public`;
    return {
      messages,
      format,
      assets: assets.links,
      link: (path) => (path === '/' && prefix !== '' ? `${prefix}/` : `${prefix}${path}`),
      programme: snapshot === null ? null : programmeContextOf(snapshot, liveUrl),
    };
  }

  /** The conference of the request's scope, or null after answering with the "not found" page. */
  async function conferenceOr404(request: FastifyRequest, reply: FastifyReply): Promise<ConferenceRecord | null> {
    try {
      return await scopedConference(context.cache, request);
    } catch (error) {
      if (!(error instanceof AgoraError) || error.code !== 'AGORA_NOT_FOUND') throw error;
      const page = pageContext(request, null);
      await reply.code(404).type(HTML).send(html(NotFoundPage({ page, message: messages.notFound.conference })));
      return null;
    }
  }

  /** Renders once per revision and path; answers 304 when the reader has this revision's page. */
  async function sendCached(request: FastifyRequest, reply: FastifyReply, record: ConferenceRecord, path: string, view: (page: PageContext) => VNode) {
    const key = `web:${scopePrefix(request)}${path}`;
    const rendered = await context.cache.rendered(record, key, (snapshot) => html(view(pageContext(request, snapshot))));
    return sendRendered(request, reply, rendered, { contentType: HTML });
  }

  function sendNotFound(request: FastifyRequest, reply: FastifyReply, snapshot: Snapshot, message: string) {
    return reply.code(404).type(HTML).send(html(NotFoundPage({ page: pageContext(request, snapshot), message })));
  }

  return async function pages(scope: FastifyInstance): Promise<void> {
    scope.get('/', async (request, reply) => {
      const record = await conferenceOr404(request, reply);
      if (record === null) return reply;
      return sendCached(request, reply, record, '/', (page) => HomePage({ page }));
    });

    scope.get('/days/:date', async (request, reply) => {
      const record = await conferenceOr404(request, reply);
      if (record === null) return reply;
      const { date } = request.params as { date: string };
      const snapshot = await context.cache.snapshot(record);
      const page = pageContext(request, snapshot);
      if (!page.programme?.days.includes(date)) return sendNotFound(request, reply, snapshot, messages.notFound.day(date));
      return sendCached(request, reply, record, `/days/${date}`, (current) => DayPage({ page: current, date }));
    });

    // Entry ids never end in ".ics": "/entries/<id>.ics" is the entry's calendar file, served by the exports.
    scope.get('/entries/:id(^(?!.*\\.ics$).+$)', async (request, reply) => {
      const record = await conferenceOr404(request, reply);
      if (record === null) return reply;
      const { id } = request.params as { id: string };
      const snapshot = await context.cache.snapshot(record);
      if (!snapshot.byId.has(id)) return sendNotFound(request, reply, snapshot, messages.notFound.entry(id));
      return sendCached(request, reply, record, `/entries/${id}`, (page) => {
        const entry = page.programme?.byId.get(id);
        return entry ? EntryPage({ page, entry }) : NotFoundPage({ page, message: messages.notFound.entry(id) });
      });
    });

    scope.get('/search', async (request, reply) => {
      const record = await conferenceOr404(request, reply);
      if (record === null) return reply;
      const snapshot = await context.cache.snapshot(record);
      const page = pageContext(request, snapshot);
      const programme = page.programme;
      if (programme === null) throw new Error('a conference page without its programme');
      const search = readSearch(request.query as Record<string, unknown>, snapshot.programme, programme.days);
      const results = search.asked ? searchEntries(programme.entries, search.filters) : [];
      const body = html(SearchPage({ page, search, results }));
      if (search.problems.length > 0) return reply.code(400).type(HTML).send(body);
      return sendRendered(request, reply, freshRendered(snapshot.revision, body), { contentType: HTML });
    });

    scope.get('/now', async (request, reply) => {
      const record = await conferenceOr404(request, reply);
      if (record === null) return reply;
      const snapshot = await context.cache.snapshot(record);
      const page = pageContext(request, snapshot);
      const programme = page.programme;
      if (programme === null) throw new Error('a conference page without its programme');
      const { at } = request.query as { at?: unknown };
      const asked = typeof at === 'string' && at !== '' ? at : null;
      const preview = asked === null ? null : readMoment(asked);
      const badAt = asked !== null && preview === null ? asked : Array.isArray(at) ? at.join(',') : null;
      const zone = programme.conference.timeZone !== null && isTimeZone(programme.conference.timeZone) ? programme.conference.timeZone : null;
      const moment: WallClockMoment | null = preview ?? (zone === null ? null : momentNow(zone));
      const result = moment === null ? null : nowAndNext(programme.entries, programme.days, moment);
      const body = html(NowPage({ page, moment, result, preview: preview !== null, badAt }));
      if (badAt !== null) return reply.code(400).type(HTML).send(body);
      return sendRendered(request, reply, freshRendered(snapshot.revision, body), { contentType: HTML });
    });

    scope.get('/agenda', async (request, reply) => {
      const record = await conferenceOr404(request, reply);
      if (record === null) return reply;
      return sendCached(request, reply, record, '/agenda', (page) => AgendaPage({ page }));
    });

    scope.get('/agenda.ics', async (request, reply) => {
      const record = await scopedConference(context.cache, request);
      const snapshot = await context.cache.snapshot(record);
      const { ids } = request.query as { ids?: unknown };
      const wanted = typeof ids === 'string' ? [...new Set(ids.split(',').map((id) => id.trim()))].filter((id) => id !== '') : [];
      if (wanted.length === 0) {
        throw new AgoraError('AGORA_BAD_INPUT', messages.agenda.noIds, { problems: [{ where: 'ids', message: messages.agenda.noIds }] });
      }
      const unknown = wanted.filter((id) => !snapshot.byId.has(id));
      if (unknown.length > 0) {
        const message = messages.agenda.unknownIds(unknown.slice(0, MAX_NAMED_IDS));
        throw new AgoraError('AGORA_BAD_INPUT', message, { problems: [{ where: 'ids', message }], details: { unknownIds: unknown } });
      }
      const prefix = scopePrefix(request);
      const base = context.baseUrl === null ? null : `${context.baseUrl}${prefix}`;
      const body = exportIcalEntries(snapshot.programme, exportContext(snapshot, base), wanted);
      const digest = createHash('sha1').update(wanted.join(',')).digest('base64url').slice(0, 16);
      const ical = findFormat('ical');
      return sendRendered(request, reply, { body, etag: `"${snapshot.revision}-agenda-${digest}"` }, { contentType: ical.contentType, filename: 'agenda.ics' });
    });
  };
}
