/**
 * The exports over HTTP: the same registry the CLI reads, at fixed paths, cached per revision,
 * with ETags (304 on If-None-Match) and CORS so schedule apps can fetch them.
 */
import type { FastifyInstance } from 'fastify';
import type { ExportContext } from '../formats/export-context.ts';
import { findFormat, type FormatId } from '../formats/registry.ts';
import { exportIcalEntries } from '../formats/ical/index.ts';
import type { Snapshot } from '../app/programme-cache.ts';
import { AgoraError } from '../errors.ts';
import { registerScoped, scopedConference, scopePrefix } from './conference-scope.ts';
import { sendRendered } from './send-rendered.ts';
import type { AreaContext } from './server.ts';

/** Each export's path, as schedule apps and calendars know them. */
export const EXPORT_PATHS: { path: string; format: FormatId }[] = [
  { path: '/programme.json', format: 'json' },
  { path: '/schedule.xml', format: 'frab' },
  { path: '/schedule.json', format: 'c3voc' },
  { path: '/programme.ics', format: 'ical' },
  { path: '/programme.csv', format: 'csv' },
  { path: '/programme.txt', format: 'text' },
];

export function exportContext(snapshot: Snapshot, baseUrl: string | null): ExportContext {
  return {
    slug: snapshot.record.slug,
    revision: snapshot.revision,
    generatedAt: new Date().toISOString(),
    baseUrl,
    sequences: snapshot.sequences,
  };
}

export async function exportRoutes(app: FastifyInstance, context: AreaContext): Promise<void> {
  await registerScoped(app, async (scope) => {
    for (const { path, format: id } of EXPORT_PATHS) {
      const format = findFormat(id);
      scope.get(path, async (request, reply) => {
        const record = await scopedConference(context.cache, request);
        const base = context.baseUrl === null ? null : `${context.baseUrl}${scopePrefix(request)}`;
        const rendered = await context.cache.rendered(record, `export:${id}`, (snapshot) => format.render(snapshot.programme, exportContext(snapshot, base)));
        return sendRendered(request, reply, rendered, { contentType: format.contentType, cors: format.cors });
      });
    }
    scope.get('/entries/:file', async (request, reply) => {
      const { file } = request.params as { file: string };
      if (!file.endsWith('.ics')) throw new AgoraError('AGORA_NOT_FOUND', `There is no ${file}.`);
      const id = file.slice(0, -'.ics'.length);
      const record = await scopedConference(context.cache, request);
      const snapshot = await context.cache.snapshot(record);
      if (!snapshot.byId.has(id)) throw new AgoraError('AGORA_NOT_FOUND', `There is no entry "${id}".`);
      const base = context.baseUrl === null ? null : `${context.baseUrl}${scopePrefix(request)}`;
      const rendered = await context.cache.rendered(record, `ical:${id}`, (current) => exportIcalEntries(current.programme, exportContext(current, base), [id]));
      return sendRendered(request, reply, rendered, { contentType: findFormat('ical').contentType, cors: true, filename: `${id}.ics` });
    });
  });
}
