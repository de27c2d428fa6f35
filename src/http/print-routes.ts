/**
 * The printed programme over HTTP: `/programme.pdf`, `/programme.docx` and the print page
 * `/print`, for the default conference and under `/c/<slug>/`, each rendered once per revision
 * and served with its ETag (304 when the reader has it).
 *
 * Marking entries changed since a revision is the CLI's (`agora pdf --mark-changed-since`) until
 * releases exist: over HTTP any revision a reader names would be one more rendering to keep.
 */
import type { FastifyInstance } from 'fastify';
import type { Programme } from '../model/programme.ts';
import { conferenceBaseUrl } from '../app/conference-settings.ts';
import type { ExportContext } from '../formats/export-context.ts';
import { DOCX_CONTENT_TYPE, PDF_CONTENT_TYPE } from '../formats/print/media-types.ts';
import { buildPrintedProgramme, NO_MARKS } from '../formats/print/index.ts';
import { renderPrintPage } from '../web/print/index.ts';
import { registerScoped, scopedConference, scopePrefix } from './conference-scope.ts';
import { exportContext } from './export-routes.ts';
import { sendRendered } from './send-rendered.ts';
import type { AreaPlugin, AreaContext } from './server.ts';

const HTML = 'text/html; charset=utf-8';

/** One printed rendering: its path, media type and how it is made from a programme. */
export interface PrintRoute {
  path: string;
  contentType: string;
  /** The download's file name after the conference's slug, or null for a page. */
  extension: string | null;
  render(programme: Programme, context: ExportContext): string | Buffer | Promise<string | Buffer>;
}

/** The printed programme's paths; releases serve the same ones under `/v/<release>/`. */
export const PRINT_ROUTES: PrintRoute[] = [
  {
    path: '/programme.pdf',
    contentType: PDF_CONTENT_TYPE,
    extension: '.pdf',
    // pdfmake, docx and the fonts take about 35 MB: loaded when a server first prints, not at start.
    render: async (programme, context) => (await import('../formats/pdf/index.ts')).renderPdf(programme, context),
  },
  {
    path: '/programme.docx',
    contentType: DOCX_CONTENT_TYPE,
    extension: '.docx',
    render: async (programme, context) => (await import('../formats/docx/index.ts')).renderDocx(programme, context),
  },
  {
    path: '/print',
    contentType: HTML,
    extension: null,
    render: (programme, context) => renderPrintPage(buildPrintedProgramme(programme, context, NO_MARKS), { pdf: 'programme.pdf', docx: 'programme.docx' }),
  },
];

export const printRoutes: AreaPlugin = async (app: FastifyInstance, context: AreaContext) => {
  await registerScoped(app, async (scope) => {
    for (const route of PRINT_ROUTES) {
      scope.get(route.path, async (request, reply) => {
        const record = await scopedConference(context.cache, request);
        const prefix = scopePrefix(request);
        const server = context.baseUrl === null ? null : `${context.baseUrl.replace(/\/+$/, '')}${prefix}`;
        // The conference's own public address (its settings) wins over the server's.
        const rendered = await context.cache.rendered(record, `print:${route.path}:${prefix}`, async (snapshot) =>
          route.render(snapshot.programme, exportContext(snapshot, (await conferenceBaseUrl(context.store, record.id)) ?? server)),
        );
        const filename = route.extension === null ? undefined : `${record.slug}${route.extension}`;
        return sendRendered(request, reply, rendered, { contentType: route.contentType, filename });
      });
    }
  });
};
