/**
 * The conference's own fields and notes: /admin/settings. A save that worked answers with a
 * redirect saying so; a refused one with the form, what was typed, and the message beside the
 * field at fault.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  addNote,
  readSettings,
  removeNote,
  saveSettings,
  SETTINGS_FIELDS,
  updateNote,
  type ConferenceSettings,
  type SettingsForm,
} from '../../app/conference-settings.ts';
import { stateTag } from '../../app/state-tag.ts';
import { AgoraError } from '../../errors.ts';
import { formField } from '../../http/form-body.ts';
import { entryLabel } from '../../model/programme.ts';
import type { ConferenceRecord } from '../../store/store.ts';
import type { AdminContext, AdminFeature } from './admin-context.ts';
import { adminPage, sendHtml, type AdminRequest } from './admin-page.ts';
import { AdminNotice } from './pages/admin-notice.tsx';
import { formErrors, type FormErrors } from './pages/form-field.tsx';
import { SettingsPage, type NoteFormState } from './pages/settings-page.tsx';

const DONE: Record<string, string> = {
  saved: 'The settings were saved.',
  'note-added': 'The note was added.',
  'note-saved': 'The note was saved.',
  'note-removed': 'The note was removed.',
};

function settingsDraft(settings: ConferenceSettings): SettingsForm {
  const { conference } = settings;
  const draft = {} as SettingsForm;
  for (const field of SETTINGS_FIELDS) {
    draft[field] = (field === 'baseUrl' ? settings.baseUrl : field === 'publication' ? settings.publication : conference[field]) ?? '';
  }
  return draft;
}

function formDraft(body: unknown): SettingsForm {
  const draft = {} as SettingsForm;
  for (const field of SETTINGS_FIELDS) draft[field] = formField(body, field);
  return draft;
}

/** A refusal a form shows beside its fields; anything else is not the form's to show. */
function shownRefusal(error: unknown): FormErrors {
  if (error instanceof AgoraError && (error.code === 'AGORA_BAD_INPUT' || error.code === 'AGORA_STALE_REVISION' || error.code === 'AGORA_NOT_FOUND')) return formErrors(error);
  throw error;
}

function statusOf(error: unknown): number {
  return error instanceof AgoraError ? error.status : 500;
}

type Guarded = AdminRequest & { record: ConferenceRecord };

export const settingsFeature: AdminFeature = {
  scoped: true,
  routes: (context: AdminContext) => async (app) => {
    const { store } = context;

    async function guard(request: FastifyRequest, reply: FastifyReply): Promise<Guarded | null> {
      const guarded = await adminPage(context, context.assets, request, reply, 'manage-conference');
      if (!guarded) return null;
      const record = guarded.page.conference;
      if (record === null) {
        await sendHtml(reply, 404, AdminNotice({ page: guarded.page, title: 'No conference yet', message: 'There is no programme yet. Import one first; its settings come with it.' }));
        return null;
      }
      return { ...guarded, record };
    }

    async function show(
      reply: FastifyReply,
      status: number,
      guarded: Guarded,
      state: { draft?: SettingsForm; errors?: FormErrors | null; noteState?: NoteFormState | null; done?: string | null },
    ) {
      const settings = await readSettings(store, guarded.record, guarded.caller.actor);
      const { programme } = await store.readProgramme(guarded.record.id);
      const notes = programme.notes.map((note) => ({
        note,
        tag: stateTag(note),
        usedBy: programme.entries.filter((entry) => entry.notes.includes(note.id)).map(entryLabel),
      }));
      return sendHtml(
        reply,
        status,
        SettingsPage({
          page: guarded.page,
          draft: state.draft ?? settingsDraft(settings),
          tag: stateTag(settings),
          errors: state.errors ?? null,
          notes,
          noteState: state.noteState ?? null,
          done: state.done ?? null,
        }),
      );
    }

    const done = (guarded: Guarded, what: string, anchor = '') => guarded.page.link(`/admin/settings?done=${what}${anchor}`);
    const noteIdOf = (request: FastifyRequest) => (request.params as { id: string }).id;

    app.get('/admin/settings', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const what = (request.query as Record<string, unknown>).done;
      return show(reply, 200, guarded, { done: typeof what === 'string' ? (DONE[what] ?? null) : null });
    });

    app.post('/admin/settings', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const draft = formDraft(request.body);
      try {
        await saveSettings(store, guarded.record, guarded.caller.actor, draft, formField(request.body, 'was'));
        return reply.redirect(done(guarded, 'saved'), 303);
      } catch (error) {
        const errors = shownRefusal(error);
        // A stale save shows the settings as they are now, so saving again cannot overwrite theirs unseen.
        const stale = error instanceof AgoraError && error.code === 'AGORA_STALE_REVISION';
        return show(reply, statusOf(error), guarded, { draft: stale ? undefined : draft, errors });
      }
    });

    app.post('/admin/settings/notes', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const text = formField(request.body, 'text');
      try {
        const { note } = await addNote(store, guarded.record, guarded.caller.actor, text);
        return reply.redirect(done(guarded, 'note-added', `#note-${encodeURIComponent(note.id)}`), 303);
      } catch (error) {
        return show(reply, statusOf(error), guarded, { noteState: { noteId: null, text, errors: shownRefusal(error) } });
      }
    });

    app.post('/admin/settings/notes/:id', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const noteId = noteIdOf(request);
      const text = formField(request.body, 'text');
      try {
        await updateNote(store, guarded.record, guarded.caller.actor, noteId, text, formField(request.body, 'was'));
        return reply.redirect(done(guarded, 'note-saved', `#note-${encodeURIComponent(noteId)}`), 303);
      } catch (error) {
        const stale = error instanceof AgoraError && error.code === 'AGORA_STALE_REVISION';
        const errors = shownRefusal(error);
        return show(reply, statusOf(error), guarded, { noteState: stale ? { noteId, text: null, errors: { ...errors, fields: {} } } : { noteId, text, errors } });
      }
    });

    app.post('/admin/settings/notes/:id/remove', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const noteId = noteIdOf(request);
      try {
        await removeNote(store, guarded.record, guarded.caller.actor, noteId);
        return reply.redirect(done(guarded, 'note-removed', '#notes'), 303);
      } catch (error) {
        const errors = shownRefusal(error);
        return show(reply, statusOf(error), guarded, { noteState: { noteId, text: null, errors: { message: errors.message, fields: { note: errors.message } } } });
      }
    });
  },
};
