/**
 * Publishing releases: /admin/releases lists the releases and holds the form that publishes the
 * programme as it is now. A release that was published answers with a redirect to the list
 * saying so (a reload does not publish again); a refused one with the form, what was typed, and
 * the message beside the field at fault, having published nothing.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { publishRelease } from '../../app/releases.ts';
import { AgoraError } from '../../errors.ts';
import { formField } from '../../http/form-body.ts';
import type { ConferenceRecord } from '../../store/store.ts';
import { messagesFor } from '../messages.ts';
import { releaseTime } from '../pages/changes-page.tsx';
import { wallClockFormat } from '../wall-clock-format.ts';
import type { AdminContext, AdminFeature } from './admin-context.ts';
import { adminPage, sendHtml, type AdminRequest } from './admin-page.ts';
import { AdminNotice } from './pages/admin-notice.tsx';
import { formErrors, type FormErrors } from './pages/form-field.tsx';
import { ReleasesPage, type ReleaseDraft } from './pages/releases-page.tsx';

export const releaseFeature: AdminFeature = {
  scoped: true,
  routes: (context: AdminContext) => async (app) => {
    const { store } = context;
    const messages = messagesFor();
    const format = wallClockFormat(messages.locale);

    /** The clerk and the conference, or null after answering (login, 403, or no conference yet). */
    async function guard(request: FastifyRequest, reply: FastifyReply): Promise<(AdminRequest & { record: ConferenceRecord }) | null> {
      const guarded = await adminPage(context, context.assets, request, reply, 'publish-releases');
      if (!guarded) return null;
      const record = guarded.page.conference;
      if (record === null) {
        await sendHtml(reply, 404, AdminNotice({ page: guarded.page, title: 'No conference yet', message: 'There is no programme yet. Import one first; then it can be released.' }));
        return null;
      }
      return { ...guarded, record };
    }

    async function showList(
      reply: FastifyReply,
      status: number,
      guarded: AdminRequest & { record: ConferenceRecord },
      draft: ReleaseDraft,
      errors: FormErrors | null,
      done: string | null,
    ) {
      const { record: now, programme } = await store.readProgramme(guarded.record.id);
      const releases = (await store.listReleases(guarded.record.id)).reverse();
      const when = releaseTime({ messages, format }, programme.conference.timeZone);
      return sendHtml(reply, status, ReleasesPage({ page: guarded.page, releases, when, revision: now.revision, draft, errors, done }));
    }

    app.get('/admin/releases', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const { done } = request.query as Record<string, unknown>;
      const number = typeof done === 'string' && /^\d{1,10}$/.test(done) ? Number(done) : null;
      const release = number === null ? null : await store.readRelease(guarded.record.id, number);
      const message = release ? `${release.name} was published as release ${release.id}.` : null;
      return showList(reply, 200, guarded, { name: '', comment: '' }, null, message);
    });

    app.post('/admin/releases', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const draft = { name: formField(request.body, 'name'), comment: formField(request.body, 'comment') };
      try {
        const release = await publishRelease(store, guarded.record, guarded.caller.actor, draft);
        return reply.redirect(guarded.page.link(`/admin/releases?done=${release.id}#release-${release.id}`), 303);
      } catch (error) {
        if (!(error instanceof AgoraError) || error.code !== 'AGORA_BAD_INPUT') throw error;
        return showList(reply, 400, guarded, draft, formErrors(error), null);
      }
    });
  },
};
