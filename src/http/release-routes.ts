/**
 * Releases for readers: the changes page (`/changes`) with its Atom and RSS feeds, and every
 * export and printed form of any release at `/v/<release>/…` (`/v/2/schedule.xml`), for the
 * default conference and under `/c/<slug>/`.
 *
 * A release never changes, so each of its renderings is made once (the programme rebuilt at the
 * release's revision, iCal SEQUENCE counting only the changes up to it) and kept with its ETag.
 * The changes page changes only with a new revision (a release is a commit of its own), so it is
 * kept in the programme cache like the other pages; the feeds name the address the reader asked
 * at when the server knows no public one, so they are rendered for each request.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { conferenceBaseUrl } from '../app/conference-settings.ts';
import type { Rendered, Snapshot } from '../app/programme-cache.ts';
import { readProgramme } from '../app/read-programme.ts';
import { findRelease, releasesWithChangelogs, type ReleaseWithChangelog } from '../app/releases.ts';
import { AgoraError } from '../errors.ts';
import type { ExportContext } from '../formats/export-context.ts';
import { findFormat } from '../formats/registry.ts';
import type { Programme } from '../model/programme.ts';
import type { Release } from '../store/release.ts';
import type { ConferenceRecord } from '../store/store.ts';
import { atomFeed, rssFeed, stableUrn, type Feed } from '../web/change-feeds.ts';
import { messagesFor } from '../web/messages.ts';
import { ChangesPage, ReleaseFeedContent, ReleasePage, releaseTime } from '../web/pages/changes-page.tsx';
import { NotFoundPage } from '../web/pages/not-found-page.tsx';
import { programmeContext, type PageContext } from '../web/pages/page-context.ts';
import { wallClockFormat } from '../web/wall-clock-format.ts';
import { webAssets } from '../web/web-assets.ts';
import { registerScoped, scopedConference, scopePrefix } from './conference-scope.ts';
import { EXPORT_PATHS } from './export-routes.ts';
import { PRINT_ROUTES } from './print-routes.ts';
import { sendRendered } from './send-rendered.ts';
import type { AreaContext, AreaPlugin } from './server.ts';

const HTML = 'text/html; charset=utf-8';
/** Release numbers are positive and fit the database's integer column. */
const MAX_RELEASE = 2147483647;
/** Renderings of releases kept in memory; the oldest made goes first beyond this. */
const MAX_KEPT = 256;

/** One rendering of a release at one path: whether the conference's own address takes part. */
interface ReleaseDownload {
  path: string;
  contentType: string;
  /** The download's file name after "<slug>-v<release>", or undefined for none. */
  extension?: string;
  /** Printed forms link the conference's own public address; exports the server's. */
  printed: boolean;
  /** Schedule apps fetch exports from other sites. */
  cors: boolean;
  render(programme: Programme, context: ExportContext): string | Buffer | Promise<string | Buffer>;
}

interface ReleaseProgramme {
  programme: Programme;
  context: ExportContext;
}

/** Every export and printed form, at the same paths as the live ones. */
const DOWNLOADS: ReleaseDownload[] = [
  ...EXPORT_PATHS.map(({ path, format: id }) => {
    const format = findFormat(id);
    return { path, contentType: format.contentType, printed: false, cors: format.cors, render: format.render.bind(format) };
  }),
  ...PRINT_ROUTES.map((route) => ({
    path: route.path,
    contentType: route.contentType,
    ...(route.extension === null ? {} : { extension: route.extension }),
    printed: true,
    cors: false,
    render: route.render,
  })),
];

function html(page: VNode): string {
  return `<!doctype html>\n${render(page)}`;
}

function renderedOf(tag: string, body: string | Buffer): Rendered {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const digest = createHash('sha1').update(bytes).digest('base64url').slice(0, 16);
  return { body: bytes, etag: `"${tag}-${digest}"` };
}

/**
 * The release number as the path gives it, or AGORA_NOT_FOUND: only digits, and at most the
 * largest number a release can have, reach the database.
 */
function releaseNumber(record: ConferenceRecord, text: string): number {
  const number = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(number) || number < 1 || number > MAX_RELEASE) {
    throw new AgoraError('AGORA_NOT_FOUND', `There is no release "${text.slice(0, 40)}" of ${record.slug}: releases are numbered 1, 2, 3 …; see the changes page for those there are.`);
  }
  return number;
}

export const releaseRoutes: AreaPlugin = async (app, context: AreaContext) => {
  const assets = await webAssets();
  const messages = messagesFor();
  const format = wallClockFormat(messages.locale);
  const kept = new Map<string, Promise<Rendered>>();

  function pageContext(request: FastifyRequest, snapshot: Snapshot): PageContext {
    const prefix = scopePrefix(request);
    return {
      messages,
      format,
      assets: assets.links,
      link: (path) => (path === '/' && prefix !== '' ? `${prefix}/` : `${prefix}${path}`),
      programme: programmeContext(snapshot, context.requireDisplayToken ? null : `${prefix}/api/live`),
    };
  }

  /** Where this scope is public: the conference's own address, the server's, or the one asked at. */
  async function publicBase(request: FastifyRequest, record: ConferenceRecord): Promise<{ base: string; known: boolean }> {
    const own = await conferenceBaseUrl(context.store, record.id);
    if (own !== null) return { base: own.replace(/\/+$/, ''), known: true };
    const prefix = scopePrefix(request);
    if (context.baseUrl !== null) return { base: `${context.baseUrl.replace(/\/+$/, '')}${prefix}`, known: true };
    return { base: `${request.protocol}://${request.host}${prefix}`, known: false };
  }

  /** The release a `/v/<release>/…` path names, or AGORA_NOT_FOUND saying which there are. */
  async function releaseOf(request: FastifyRequest): Promise<{ record: ConferenceRecord; release: Release }> {
    const record = await scopedConference(context.cache, request);
    const { release: text } = request.params as { release: string };
    return { record, release: await findRelease(context.store, record, releaseNumber(record, text)) };
  }

  /** The programme as the release published it, with the context its exports are made with. */
  async function releaseProgramme(record: ConferenceRecord, release: Release, base: string | null): Promise<ReleaseProgramme> {
    const { programme } = await readProgramme(context.store, record, release.revision);
    const sequences = await context.store.entryChangeCounts(record.id, release.revision);
    // Made at publication, so that the same release always gives the same bytes.
    return { programme, context: { slug: record.slug, revision: release.revision, generatedAt: release.at, baseUrl: base, sequences } };
  }

  function keep(key: string, make: () => Promise<Rendered>): Promise<Rendered> {
    const found = kept.get(key);
    if (found) return found;
    const made = make();
    kept.set(key, made);
    made.catch(() => kept.delete(key));
    if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string);
    return made;
  }

  async function sendNotFound(request: FastifyRequest, reply: FastifyReply, record: ConferenceRecord, message: string) {
    const snapshot = await context.cache.snapshot(record);
    return reply.code(404).type(HTML).send(html(NotFoundPage({ page: pageContext(request, snapshot), message })));
  }

  /** The release for a page, or null after answering with the "not found" page. */
  async function releaseForPage(request: FastifyRequest, reply: FastifyReply): Promise<{ record: ConferenceRecord; release: Release } | null> {
    try {
      return await releaseOf(request);
    } catch (error) {
      if (!(error instanceof AgoraError) || error.code !== 'AGORA_NOT_FOUND') throw error;
      const record = await scopedConference(context.cache, request);
      await sendNotFound(request, reply, record, error.message);
      return null;
    }
  }

  function feedOf(record: ConferenceRecord, snapshot: Snapshot, base: string, releases: ReleaseWithChangelog[], self: string): Feed {
    const conference = snapshot.programme.conference;
    const site = conference.session ?? conference.title ?? record.slug;
    const when = releaseTime({ messages, format }, conference.timeZone);
    const entryHref = (id: string) => (snapshot.byId.has(id) ? `${base}/entries/${encodeURIComponent(id)}` : null);
    const noteText = (id: string) => snapshot.programme.notes.find((note) => note.id === id)?.text ?? null;
    const c = messages.changes;
    return {
      id: stableUrn([record.slug, 'changes']),
      title: c.feedTitle(site),
      link: `${base}/changes`,
      self: `${base}${self}`,
      updated: releases[0]?.release.at ?? new Date().toISOString(),
      items: releases.map(({ release, previous, changelog }) => ({
        id: stableUrn([record.slug, 'release', String(release.id), release.at]),
        title: release.name,
        link: `${base}/changes#release-${release.id}`,
        published: release.at,
        html: render(
          ReleaseFeedContent({ messages, format, release, when, downloads: `${base}/v/${release.id}/`, changelog: { changelog, previous: previous?.name ?? null, entryHref, noteText } }),
        ),
      })),
    };
  }

  await registerScoped(app, async (scope) => {
    scope.get('/changes', async (request, reply) => {
      const record = await scopedConference(context.cache, request);
      const prefix = scopePrefix(request);
      const rendered = await context.cache.rendered(record, `changes:${prefix}`, async (snapshot) => {
        const page = pageContext(request, snapshot);
        const releases = await releasesWithChangelogs(context.store, record);
        const zone = snapshot.programme.conference.timeZone;
        return html(
          ChangesPage({
            page,
            releases,
            when: releaseTime(page, zone),
            entryHref: (id) => (snapshot.byId.has(id) ? page.link(`/entries/${encodeURIComponent(id)}`) : null),
            noteText: (id) => snapshot.programme.notes.find((note) => note.id === id)?.text ?? null,
          }),
        );
      });
      return sendRendered(request, reply, rendered, { contentType: HTML });
    });

    for (const feed of [
      { path: '/changes.atom', contentType: 'application/atom+xml; charset=utf-8', write: atomFeed },
      { path: '/changes.rss', contentType: 'application/rss+xml; charset=utf-8', write: rssFeed },
    ]) {
      scope.get(feed.path, async (request, reply) => {
        const record = await scopedConference(context.cache, request);
        const snapshot = await context.cache.snapshot(record);
        const { base } = await publicBase(request, record);
        const releases = await releasesWithChangelogs(context.store, record);
        const body = feed.write(feedOf(record, snapshot, base, releases, feed.path));
        return sendRendered(request, reply, renderedOf(String(snapshot.revision), body), { contentType: feed.contentType, cors: true });
      });
    }

    const releasePage = async (request: FastifyRequest, reply: FastifyReply) => {
      const found = await releaseForPage(request, reply);
      if (found === null) return reply;
      const { record, release } = found;
      const snapshot = await context.cache.snapshot(record);
      const page = pageContext(request, snapshot);
      const body = html(ReleasePage({ page, release, when: releaseTime(page, snapshot.programme.conference.timeZone) }));
      return sendRendered(request, reply, renderedOf(`${snapshot.revision}-v${release.id}`, body), { contentType: HTML });
    };
    scope.get('/v/:release', releasePage);
    scope.get('/v/:release/', releasePage);

    for (const download of DOWNLOADS) {
      scope.get(`/v/:release${download.path}`, async (request, reply) => {
        const found = download.contentType === HTML ? await releaseForPage(request, reply) : await releaseOf(request);
        if (found === null) return reply;
        const { record, release } = found;
        const prefix = scopePrefix(request);
        const key = `${record.id}:${release.id}:${release.revision}:${release.at}:${prefix}:${download.path}`;
        const rendered = await keep(key, async () => {
          const server = context.baseUrl === null ? null : `${context.baseUrl.replace(/\/+$/, '')}${prefix}`;
          const base = download.printed ? ((await conferenceBaseUrl(context.store, record.id)) ?? server) : server;
          const made = await releaseProgramme(record, release, base);
          return renderedOf(`v${release.id}`, await download.render(made.programme, made.context));
        });
        const filename = download.extension === undefined ? undefined : `${record.slug}-v${release.id}${download.extension}`;
        return sendRendered(request, reply, rendered, { contentType: download.contentType, cors: download.cors, ...(filename ? { filename } : {}) });
      });
    }
  });
};
