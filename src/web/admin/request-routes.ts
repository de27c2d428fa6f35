/**
 * The organiser's pages: /requests (my requests), /requests/new, /requests/:id (see and edit one),
 * /requests/:id/withdraw. An organiser reaches only their own requests: another's answers the same
 * 404 page as one that does not exist. A save that worked answers with a redirect saying so; a
 * refused one with the form, what was typed and the message beside the field at fault.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { listOwnRequests, readOwnRequest, submitRequest, updateOwnRequest, withdrawOwnRequest, type Organiser } from '../../app/requests/organiser-requests.ts';
import { choiceField, requestDraft, type RequestForm } from '../../app/requests/request-form.ts';
import { conferenceZone, deadlineOnClock, deadlinePassed, readRequestSettings } from '../../app/requests/request-settings.ts';
import { readWholeNumber } from '../../app/whole-number.ts';
import { AgoraError } from '../../errors.ts';
import { formField } from '../../http/form-body.ts';
import { MAX_CHOICES } from '../../model/side-event-request.ts';
import type { ConferenceRecord } from '../../store/store.ts';
import type { AdminContext, AdminFeature } from './admin-context.ts';
import { adminPage, sendHtml, type AdminRequest } from './admin-page.ts';
import { AdminNotice } from './pages/admin-notice.tsx';
import { formErrors, type FormErrors } from './pages/form-field.tsx';
import { MyRequestsPage } from './pages/my-requests-page.tsx';
import { NewRequestPage, OwnRequestPage, type RequestFormState } from './pages/request-form-page.tsx';

/** Every value a form field was given, in order (checkboxes of one name). */
export function formValues(body: unknown, name: string): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const value: unknown = (body as Record<string, unknown>)[name];
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values.filter((item): item is string => typeof item === 'string');
}

function requestFormOf(body: unknown): RequestForm {
  const choices: RequestForm['choices'] = [];
  for (let row = 1; row <= MAX_CHOICES; row += 1) {
    choices.push({ date: formField(body, choiceField(row, 'date')), start: formField(body, choiceField(row, 'start')), end: formField(body, choiceField(row, 'end')) });
  }
  return {
    sponsors: formField(body, 'sponsors'),
    title: formField(body, 'title'),
    description: formField(body, 'description'),
    expectedAttendance: formField(body, 'expectedAttendance'),
    choices,
    refreshments: formField(body, 'refreshments'),
    languages: formValues(body, 'languages'),
    contactName: formField(body, 'contactName'),
    contactEmail: formField(body, 'contactEmail'),
    contactPhone: formField(body, 'contactPhone'),
  };
}

/** The refusal as the form shows it; anything but bad input is not the form's to show. */
function refusedForm(error: unknown): FormErrors {
  if (error instanceof AgoraError && error.code === 'AGORA_BAD_INPUT') return formErrors(error);
  throw error;
}

function isCode(error: unknown, code: string): error is AgoraError {
  return error instanceof AgoraError && error.code === code;
}

/** What the pages say of the deadline, on the conference's clock. */
export function deadlineSentence(deadline: string | null, record: ConferenceRecord): string | null {
  if (deadline === null) return null;
  const zone = conferenceZone(record);
  const when = `${deadlineOnClock(deadline, zone).replace('T', ' at ')} (${zone} time)`;
  return deadlinePassed(deadline) ? `The deadline for requests passed on ${when}; requests can no longer be made or changed.` : `Requests can be made and changed until ${when}.`;
}

type Guarded = AdminRequest & { record: ConferenceRecord; organiser: Organiser };

export const requestFeature: AdminFeature = {
  scoped: true,
  routes: (context: AdminContext) => async (app) => {
    const { store } = context;

    async function guard(request: FastifyRequest, reply: FastifyReply): Promise<Guarded | null> {
      const guarded = await adminPage(context, context.assets, request, reply, 'submit-requests');
      if (!guarded) return null;
      const record = guarded.page.conference;
      if (record === null) {
        await sendHtml(reply, 404, AdminNotice({ page: guarded.page, title: 'No conference yet', message: 'There is no conference to request a side event at yet.' }));
        return null;
      }
      const { id, email, role } = guarded.page.user;
      return { ...guarded, record, organiser: { id, email, role } };
    }

    const days = (record: ConferenceRecord) => ({ first: record.conference.startDate, last: record.conference.endDate });

    async function settingsOf(record: ConferenceRecord) {
      const { deadline } = await readRequestSettings(store.db, record.id);
      return { sentence: deadlineSentence(deadline, record), closed: deadlinePassed(deadline) };
    }

    const notFound = (reply: FastifyReply, guarded: Guarded) =>
      sendHtml(reply, 404, AdminNotice({ page: guarded.page, title: 'No such request', message: 'You have no request with that number. Go back to your requests.' }));

    /** The request's page, or the 404 page when it is not the organiser's. */
    async function showOwn(reply: FastifyReply, status: number, guarded: Guarded, id: number | null, state: { draft?: RequestForm; errors?: FormErrors | null; withdrawError?: string; done?: string }) {
      if (id === null) return notFound(reply, guarded);
      let own;
      try {
        own = await readOwnRequest(store, guarded.record, guarded.organiser, id);
      } catch (error) {
        if (isCode(error, 'AGORA_NOT_FOUND')) return notFound(reply, guarded);
        throw error;
      }
      const { sentence, closed } = await settingsOf(guarded.record);
      const formState: RequestFormState = { draft: state.draft ?? requestDraft(own.request), errors: state.errors ?? null };
      return sendHtml(
        reply,
        status,
        OwnRequestPage({
          page: guarded.page,
          request: own.request,
          entry: own.entry,
          state: formState,
          days: days(guarded.record),
          deadline: sentence,
          editable: own.request.status === 'submitted' && !closed,
          withdrawError: state.withdrawError ?? null,
          done: state.done ?? null,
        }),
      );
    }

    const idOf = (request: FastifyRequest) => readWholeNumber((request.params as { id: string }).id, 1);
    const versionOf = (request: FastifyRequest) => readWholeNumber(formField(request.body, 'version'), 1) ?? 0;

    app.get('/requests', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const requests = await listOwnRequests(store, guarded.record, guarded.organiser);
      const { sentence, closed } = await settingsOf(guarded.record);
      const done = (request.query as Record<string, unknown>).done;
      const message = done === 'submitted' ? 'Your request was submitted. The secretariat will write to you.' : done === 'withdrawn' ? 'Your request was withdrawn.' : null;
      return sendHtml(reply, 200, MyRequestsPage({ page: guarded.page, requests, deadline: sentence, closed, done: message }));
    });

    app.get('/requests/new', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const { sentence } = await settingsOf(guarded.record);
      const draft = { ...requestDraft(null), contactName: guarded.page.user.name, contactEmail: guarded.page.user.email };
      return sendHtml(reply, 200, NewRequestPage({ page: guarded.page, state: { draft, errors: null }, days: days(guarded.record), deadline: sentence }));
    });

    app.post('/requests', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const draft = requestFormOf(request.body);
      try {
        const made = await submitRequest(store, guarded.record, guarded.organiser, draft);
        return reply.redirect(guarded.page.link(`/requests?done=submitted#request-${made.id}`), 303);
      } catch (error) {
        const { sentence } = await settingsOf(guarded.record);
        return sendHtml(reply, 400, NewRequestPage({ page: guarded.page, state: { draft, errors: refusedForm(error) }, days: days(guarded.record), deadline: sentence }));
      }
    });

    app.get('/requests/:id', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const done = (request.query as Record<string, unknown>).done === 'saved' ? 'Your changes were saved.' : undefined;
      return showOwn(reply, 200, guarded, idOf(request), done ? { done } : {});
    });

    app.post('/requests/:id', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const id = idOf(request);
      if (id === null) return notFound(reply, guarded);
      const draft = requestFormOf(request.body);
      try {
        await updateOwnRequest(store, guarded.record, guarded.organiser, id, draft, versionOf(request));
        return reply.redirect(guarded.page.link(`/requests/${id}?done=saved`), 303);
      } catch (error) {
        if (isCode(error, 'AGORA_NOT_FOUND')) return notFound(reply, guarded);
        // A stale form shows the request as it is now, so that saving again cannot overwrite it unseen.
        if (isCode(error, 'AGORA_STALE_REVISION')) return showOwn(reply, 409, guarded, id, { errors: { message: error.message, fields: {} } });
        return showOwn(reply, 400, guarded, id, { draft, errors: refusedForm(error) });
      }
    });

    app.post('/requests/:id/withdraw', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const id = idOf(request);
      if (id === null) return notFound(reply, guarded);
      try {
        await withdrawOwnRequest(store, guarded.record, guarded.organiser, id, versionOf(request));
        return reply.redirect(guarded.page.link('/requests?done=withdrawn'), 303);
      } catch (error) {
        if (isCode(error, 'AGORA_NOT_FOUND')) return notFound(reply, guarded);
        if (isCode(error, 'AGORA_BAD_INPUT') || isCode(error, 'AGORA_STALE_REVISION')) return showOwn(reply, error.status, guarded, id, { withdrawError: error.message });
        throw error;
      }
    });
  },
};
