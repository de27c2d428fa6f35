/**
 * Importing a programme document or Agora JSON with a preview: /admin/import.
 *
 * The text travels in an ordinary form field (pasted, or read from a chosen file by the page's
 * script), so the page works without JavaScript and needs no multipart parser. The preview
 * writes nothing and carries the text to the confirmation in a hidden field: it is the clerk's
 * own data, and the confirmation reads it again rather than trusting anything kept between.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { confirmImport, MAX_IMPORT_CHARS, previewImport } from '../../app/import-preview.ts';
import { AgoraError } from '../../errors.ts';
import { formField } from '../../http/form-body.ts';
import type { AdminContext, AdminFeature } from './admin-context.ts';
import { adminPage, sendHtml, type AdminRequest } from './admin-page.ts';
import { ImportPage, type ImportPageProps } from './pages/import-page.tsx';

/** A form-encoded programme is larger than its text; the shared form limit is for small forms. */
const IMPORT_BODY_LIMIT = MAX_IMPORT_CHARS * 3 + 64 * 1024;

/** The name problems are reported under. */
const UPLOAD_NAME = 'The programme';

export const importFeature: AdminFeature = {
  scoped: true,
  routes: (context: AdminContext) => async (app) => {
    const { store } = context;

    const guard = (request: FastifyRequest, reply: FastifyReply) => adminPage(context, context.assets, request, reply, 'import-programme');

    function show(reply: FastifyReply, status: number, guarded: AdminRequest, props: Partial<Omit<ImportPageProps, 'page'>>) {
      return sendHtml(reply, status, ImportPage({ page: guarded.page, text: props.text ?? '', refusal: props.refusal ?? null, preview: props.preview ?? null, done: props.done ?? null }));
    }

    /** The refusal as the page shows it; anything but a refusal of the input is not the page's to show. */
    function refusalOf(error: unknown): { status: number; refusal: { message: string; problems: AgoraError['problems'] } } {
      if (error instanceof AgoraError && ['AGORA_BAD_INPUT', 'AGORA_BAD_DOCUMENT', 'AGORA_BAD_JSON', 'AGORA_STALE_REVISION', 'AGORA_CONFERENCE_EXISTS'].includes(error.code)) {
        return { status: error.status, refusal: { message: error.message, problems: error.problems } };
      }
      throw error;
    }

    app.get('/admin/import', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const revision = (request.query as Record<string, unknown>).revision;
      const done =
        (request.query as Record<string, unknown>).done === 'imported' && typeof revision === 'string' && /^\d+$/.test(revision)
          ? `The programme was imported (revision ${revision}). Every page and monitor shows it now.`
          : null;
      return show(reply, 200, guarded, { done });
    });

    app.post('/admin/import/preview', { bodyLimit: IMPORT_BODY_LIMIT }, async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const text = formField(request.body, 'text');
      try {
        const preview = await previewImport(store, guarded.page.conference, guarded.caller.actor, text, UPLOAD_NAME);
        return show(reply, 200, guarded, { text, preview });
      } catch (error) {
        const { status, refusal } = refusalOf(error);
        return show(reply, status, guarded, { text, refusal });
      }
    });

    app.post('/admin/import/confirm', { bodyLimit: IMPORT_BODY_LIMIT }, async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const text = formField(request.body, 'text');
      const revisionText = formField(request.body, 'revision');
      if (!/^\d{1,10}$/.test(revisionText)) {
        return show(reply, 400, guarded, { text, refusal: { message: 'The confirmation did not say which preview it confirms. Preview again; nothing was imported.', problems: [{ where: 'revision', message: 'missing' }] } });
      }
      try {
        const result = await confirmImport(store, guarded.page.conference, guarded.caller.actor, text, Number(revisionText), UPLOAD_NAME);
        // A new conference (an empty database) is served at the root; a replaced one where it was.
        return reply.redirect(`${guarded.page.link('/admin/import')}?done=imported&revision=${result.revision}`, 303);
      } catch (error) {
        const { status, refusal } = refusalOf(error);
        return show(reply, status, guarded, { text, refusal });
      }
    });
  },
};
