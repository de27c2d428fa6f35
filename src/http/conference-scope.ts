/**
 * Conference-scoped routes live twice: under `/c/<slug>/…` for each conference and at the root
 * for the default one. A plugin registered with {@link registerScoped} reads its conference
 * with {@link scopedConference}.
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ProgrammeCache } from '../app/programme-cache.ts';
import type { ConferenceRecord } from '../store/store.ts';

export async function registerScoped(app: FastifyInstance, plugin: FastifyPluginAsync): Promise<void> {
  await app.register(plugin);
  await app.register(plugin, { prefix: '/c/:slug' });
}

export function scopedConference(cache: ProgrammeCache, request: FastifyRequest): Promise<ConferenceRecord> {
  const slug = (request.params as { slug?: string } | undefined)?.slug;
  return cache.conference(slug);
}

/** The path prefix of the scope a request came through: "" or "/c/<slug>". */
export function scopePrefix(request: FastifyRequest): string {
  const slug = (request.params as { slug?: string } | undefined)?.slug;
  return slug === undefined ? '' : `/c/${encodeURIComponent(slug)}`;
}
