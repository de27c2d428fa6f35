/**
 * Venues with building, capacity and opening hours: /admin/venues. A save that worked answers
 * with a redirect to the list saying so (a reload does not post again); a refused one with the
 * form, what was typed, and the message beside the field at fault.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { stateTag } from '../../app/state-tag.ts';
import { addVenue, removeVenue, updateVenue, type VenueForm } from '../../app/venue-commands.ts';
import { AgoraError } from '../../errors.ts';
import { formField } from '../../http/form-body.ts';
import { entryLabel, type Venue } from '../../model/programme.ts';
import type { ConferenceRecord } from '../../store/store.ts';
import type { AdminContext, AdminFeature } from './admin-context.ts';
import { adminPage, sendHtml, type AdminRequest } from './admin-page.ts';
import { AdminNotice } from './pages/admin-notice.tsx';
import { formErrors, type FormErrors } from './pages/form-field.tsx';
import { venueDraft, VenuePage, VenuesPage, type VenueFormState } from './pages/venues-page.tsx';

/** More rows of opening hours than a form offers: a conference of three weeks, and some. */
const MAX_HOURS_ROWS = 60;

function venueForm(body: unknown): VenueForm {
  const hours: VenueForm['hours'] = [];
  for (let row = 1; row <= MAX_HOURS_ROWS; row += 1) {
    const date = formField(body, `hours-${row}-date`);
    const open = formField(body, `hours-${row}-open`);
    const close = formField(body, `hours-${row}-close`);
    hours.push({ date, open, close });
  }
  while (hours.length > 0 && Object.values(hours.at(-1) ?? {}).every((value) => value.trim() === '')) hours.pop();
  return { name: formField(body, 'name'), building: formField(body, 'building'), capacity: formField(body, 'capacity'), hours };
}

/** The refusal as the form shows it; anything but bad input is not the form's to show. */
function refusedForm(error: unknown): FormErrors {
  if (error instanceof AgoraError && error.code === 'AGORA_BAD_INPUT') return formErrors(error);
  throw error;
}

export const venueFeature: AdminFeature = {
  scoped: true,
  routes: (context: AdminContext) => async (app) => {
    const { store } = context;

    /** The clerk and the conference, or null after answering (login, 403, or no conference yet). */
    async function guard(request: FastifyRequest, reply: FastifyReply): Promise<(AdminRequest & { record: ConferenceRecord }) | null> {
      const guarded = await adminPage(context, context.assets, request, reply, 'manage-venues');
      if (!guarded) return null;
      const record = guarded.page.conference;
      if (record === null) {
        await sendHtml(reply, 404, AdminNotice({ page: guarded.page, title: 'No conference yet', message: 'There is no programme yet. Import one first; its venues come with it.' }));
        return null;
      }
      return { ...guarded, record };
    }

    async function showList(reply: FastifyReply, status: number, guarded: AdminRequest & { record: ConferenceRecord }, add: VenueFormState, done: string | null) {
      const { programme } = await store.readProgramme(guarded.record.id);
      const usage = new Map<string, number>();
      for (const entry of programme.entries) if (entry.venue !== null) usage.set(entry.venue, (usage.get(entry.venue) ?? 0) + 1);
      return sendHtml(reply, status, VenuesPage({ page: guarded.page, venues: programme.venues, usage, done, add }));
    }

    /** The venue's page, or a 404 page when there is no such venue. */
    async function showVenue(
      reply: FastifyReply,
      status: number,
      guarded: AdminRequest & { record: ConferenceRecord },
      venueId: string,
      state: { edit?: { draft: VenueForm | null; errors: FormErrors | null }; removeError?: string | null },
    ) {
      const { programme } = await store.readProgramme(guarded.record.id);
      const venue: Venue | undefined = programme.venues.find((candidate) => candidate.id === venueId);
      if (!venue) return sendHtml(reply, 404, AdminNotice({ page: guarded.page, title: 'No such venue', message: `There is no venue "${venueId}" (any more). Go back to the list of venues.` }));
      const entries = programme.entries.filter((entry) => entry.venue === venue.name).map(entryLabel);
      return sendHtml(
        reply,
        status,
        VenuePage({
          page: guarded.page,
          venue,
          tag: stateTag(venue),
          entries,
          edit: { draft: state.edit?.draft ?? venueDraft(venue), errors: state.edit?.errors ?? null },
          removeError: state.removeError ?? null,
        }),
      );
    }

    const venueIdOf = (request: FastifyRequest) => (request.params as { id: string }).id;

    app.get('/admin/venues', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const done = (request.query as Record<string, unknown>).done;
      const { programme } = await store.readProgramme(guarded.record.id);
      const venue = programme.venues.find((candidate) => candidate.id === (request.query as Record<string, unknown>).id);
      const message = done === 'added' && venue ? `${venue.name} was added.` : done === 'saved' && venue ? `${venue.name} was saved.` : done === 'removed' ? 'The venue was removed.' : null;
      return showList(reply, 200, guarded, { draft: venueDraft(null), errors: null }, message);
    });

    app.post('/admin/venues', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const draft = venueForm(request.body);
      try {
        const { venue } = await addVenue(store, guarded.record, guarded.caller.actor, draft);
        return reply.redirect(guarded.page.link(`/admin/venues?done=added&id=${encodeURIComponent(venue.id)}#venue-${encodeURIComponent(venue.id)}`), 303);
      } catch (error) {
        return showList(reply, 400, guarded, { draft, errors: refusedForm(error) }, null);
      }
    });

    app.get('/admin/venues/:id', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      return showVenue(reply, 200, guarded, venueIdOf(request), {});
    });

    app.post('/admin/venues/:id', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const venueId = venueIdOf(request);
      const draft = venueForm(request.body);
      try {
        await updateVenue(store, guarded.record, guarded.caller.actor, venueId, draft, formField(request.body, 'was'));
        return reply.redirect(guarded.page.link(`/admin/venues?done=saved&id=${encodeURIComponent(venueId)}#venue-${encodeURIComponent(venueId)}`), 303);
      } catch (error) {
        if (error instanceof AgoraError && error.code === 'AGORA_NOT_FOUND') return showVenue(reply, 404, guarded, venueId, {});
        if (error instanceof AgoraError && error.code === 'AGORA_STALE_REVISION') {
          // The form shows the venue as it is now, so that saving again cannot overwrite theirs unseen.
          return showVenue(reply, 409, guarded, venueId, { edit: { draft: null, errors: { message: error.message, fields: {} } } });
        }
        return showVenue(reply, 400, guarded, venueId, { edit: { draft, errors: refusedForm(error) } });
      }
    });

    app.post('/admin/venues/:id/remove', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const venueId = venueIdOf(request);
      try {
        await removeVenue(store, guarded.record, guarded.caller.actor, venueId, formField(request.body, 'was'));
        return reply.redirect(guarded.page.link('/admin/venues?done=removed'), 303);
      } catch (error) {
        if (error instanceof AgoraError && error.code === 'AGORA_NOT_FOUND') return showVenue(reply, 404, guarded, venueId, {});
        if (error instanceof AgoraError && (error.code === 'AGORA_BAD_INPUT' || error.code === 'AGORA_STALE_REVISION')) {
          return showVenue(reply, error.status, guarded, venueId, { removeError: error.message });
        }
        throw error;
      }
    });
  },
};
