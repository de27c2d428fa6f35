/**
 * The secretariat's pages for side-event requests: /admin/requests (the list, filtered, searched
 * and sorted by its query string), /admin/requests/:id with its accept, decline and schedule
 * forms, and /admin/requests/settings (the deadline and self-registration). A decision that
 * worked answers with a redirect saying so; a refused one with the page and the message beside
 * the field at fault.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { conferenceZone, deadlineOnClock, readRequestSettings, saveRequestSettings, type RequestSettingsForm } from '../../app/requests/request-settings.ts';
import { acceptRequest, declineRequest, listRequests, readRequest, type RequestQuery } from '../../app/requests/review-requests.ts';
import { scheduleDraft, scheduleRequest, type ScheduleForm } from '../../app/requests/schedule-request.ts';
import { stateTag } from '../../app/state-tag.ts';
import { readWholeNumber } from '../../app/whole-number.ts';
import { AgoraError } from '../../errors.ts';
import { formField } from '../../http/form-body.ts';
import { addDays, compareDates } from '../../model/wall-clock.ts';
import { may, type Action } from '../../app/policy.ts';
import type { ConferenceRecord } from '../../store/store.ts';
import type { AdminContext, AdminFeature } from './admin-context.ts';
import { adminPage, sendHtml, type AdminRequest } from './admin-page.ts';
import { AdminNotice } from './pages/admin-notice.tsx';
import { formErrors, type FormErrors } from './pages/form-field.tsx';
import { RequestListPage } from './pages/request-list-page.tsx';
import { RequestReviewPage, type DecisionState } from './pages/request-review-page.tsx';
import { RequestSettingsPage } from './pages/request-settings-page.tsx';

type Guarded = AdminRequest & { record: ConferenceRecord };

function isCode(error: unknown, code: string): error is AgoraError {
  return error instanceof AgoraError && error.code === code;
}

/** The conference's days, first to last (none when its dates are not known). */
function conferenceDays(record: ConferenceRecord): string[] {
  const { startDate, endDate } = record.conference;
  if (startDate === null || endDate === null) return [];
  const days: string[] = [];
  for (let day = startDate; compareDates(day, endDate) <= 0 && days.length < 60; day = addDays(day, 1)) days.push(day);
  return days;
}

function queryOf(request: FastifyRequest): RequestQuery {
  const raw = request.query as Record<string, unknown>;
  const text = (name: string) => (typeof raw[name] === 'string' ? raw[name] : undefined);
  const query: RequestQuery = {};
  for (const name of ['status', 'day', 'q', 'sort'] as const) {
    const value = text(name);
    if (value !== undefined) query[name] = value;
  }
  return query;
}

/**
 * The schedule form filled from where a request was dropped on the grid (`?date=&start=&end=&venue=`),
 * or nothing: the form is checked when it is sent, so the values are only shown here.
 */
function droppedAt(query: Record<string, unknown>): { schedule: ScheduleForm } | Record<string, never> {
  const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string).slice(0, 100) : '');
  if (text('date') === '' || text('start') === '') return {};
  return { schedule: { date: text('date'), start: text('start'), end: text('end'), venue: text('venue'), saveAnyway: false } };
}

const DONE: Record<string, string> = {
  accepted: 'The request was accepted; the organiser is told by e-mail.',
  declined: 'The request was declined; the organiser is told by e-mail.',
  scheduled: 'The side event is in the programme; the organiser is told its time and venue by e-mail.',
};

export const requestReviewFeature: AdminFeature = {
  scoped: true,
  routes: (context: AdminContext) => async (app) => {
    const { store } = context;

    async function guard(request: FastifyRequest, reply: FastifyReply, action: Action = 'review-requests'): Promise<Guarded | null> {
      const guarded = await adminPage(context, context.assets, request, reply, action);
      if (!guarded) return null;
      const record = guarded.page.conference;
      if (record === null) {
        await sendHtml(reply, 404, AdminNotice({ page: guarded.page, title: 'No conference yet', message: 'There is no programme yet, so no requests either. Import one first.' }));
        return null;
      }
      return { ...guarded, record };
    }

    const notFound = (reply: FastifyReply, guarded: Guarded) =>
      sendHtml(reply, 404, AdminNotice({ page: guarded.page, title: 'No such request', message: 'There is no request with that number. Go back to the list of requests.' }));

    async function showRequest(reply: FastifyReply, status: number, guarded: Guarded, id: number | null, state: Partial<DecisionState> & { done?: string | null }) {
      if (id === null) return notFound(reply, guarded);
      let row;
      try {
        row = await readRequest(store, guarded.record, guarded.caller.actor, id);
      } catch (error) {
        if (isCode(error, 'AGORA_NOT_FOUND')) return notFound(reply, guarded);
        throw error;
      }
      const { programme } = await store.readProgramme(guarded.record.id);
      const full: DecisionState = { form: null, errors: null, message: '', schedule: scheduleDraft(row.request), conflicts: [], ...state };
      const days = { first: guarded.record.conference.startDate, last: guarded.record.conference.endDate };
      return sendHtml(reply, status, RequestReviewPage({ page: guarded.page, row, venues: programme.venues.map((venue) => venue.name), state: full, days, done: state.done ?? null }));
    }

    const idOf = (request: FastifyRequest) => readWholeNumber((request.params as { id: string }).id, 1);
    const versionOf = (request: FastifyRequest) => readWholeNumber(formField(request.body, 'version'), 1) ?? 0;

    app.get('/admin/requests', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const query = queryOf(request);
      const all = await listRequests(store, guarded.record, guarded.caller.actor);
      const counts: Record<string, number> = {};
      for (const { request: each } of all) counts[each.status] = (counts[each.status] ?? 0) + 1;
      let rows = all;
      let errors: FormErrors | null = null;
      try {
        rows = await listRequests(store, guarded.record, guarded.caller.actor, query);
      } catch (error) {
        if (!isCode(error, 'AGORA_BAD_INPUT')) throw error;
        errors = formErrors(error);
      }
      const page = RequestListPage({ page: guarded.page, rows, query, days: conferenceDays(guarded.record), errors, counts, settings: may(guarded.caller.role, 'manage-conference') });
      return sendHtml(reply, errors ? 400 : 200, page);
    });

    app.get('/admin/requests/:id', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const query = request.query as Record<string, unknown>;
      const done = query.done;
      return showRequest(reply, 200, guarded, idOf(request), { done: typeof done === 'string' ? (DONE[done] ?? null) : null, ...droppedAt(query) });
    });

    for (const kind of ['accept', 'decline'] as const) {
      app.post(`/admin/requests/:id/${kind}`, async (request, reply) => {
        const guarded = await guard(request, reply);
        if (!guarded) return reply;
        const id = idOf(request);
        if (id === null) return notFound(reply, guarded);
        const message = formField(request.body, 'message');
        const decide = kind === 'accept' ? acceptRequest : declineRequest;
        try {
          await decide(store, guarded.record, guarded.caller.actor, id, message, versionOf(request));
          return reply.redirect(guarded.page.link(`/admin/requests/${id}?done=${kind === 'accept' ? 'accepted' : 'declined'}`), 303);
        } catch (error) {
          if (isCode(error, 'AGORA_NOT_FOUND')) return notFound(reply, guarded);
          if (isCode(error, 'AGORA_BAD_INPUT') || isCode(error, 'AGORA_STALE_REVISION')) {
            return showRequest(reply, error.status, guarded, id, { form: kind, errors: formErrors(error), message });
          }
          throw error;
        }
      });
    }

    app.post('/admin/requests/:id/schedule', async (request, reply) => {
      const guarded = await guard(request, reply);
      if (!guarded) return reply;
      const id = idOf(request);
      if (id === null) return notFound(reply, guarded);
      const form: ScheduleForm = {
        date: formField(request.body, 'date'),
        start: formField(request.body, 'start'),
        end: formField(request.body, 'end'),
        venue: formField(request.body, 'venue'),
        saveAnyway: formField(request.body, 'saveAnyway') === 'on',
      };
      try {
        await scheduleRequest(store, guarded.record, guarded.caller.actor, id, form, versionOf(request));
        return reply.redirect(guarded.page.link(`/admin/requests/${id}?done=scheduled`), 303);
      } catch (error) {
        if (isCode(error, 'AGORA_NOT_FOUND')) return notFound(reply, guarded);
        if (isCode(error, 'AGORA_CONFLICT_REFUSED')) {
          return showRequest(reply, 409, guarded, id, { form: 'schedule', errors: { message: error.message, fields: {} }, schedule: form, conflicts: error.problems.map((problem) => problem.message) });
        }
        if (isCode(error, 'AGORA_BAD_INPUT') || isCode(error, 'AGORA_STALE_REVISION')) {
          return showRequest(reply, error.status, guarded, id, { form: 'schedule', errors: formErrors(error), schedule: form });
        }
        throw error;
      }
    });

    async function showSettings(reply: FastifyReply, status: number, guarded: Guarded, state: { draft?: RequestSettingsForm; errors?: FormErrors | null; done?: string | null }) {
      const settings = await readRequestSettings(store.db, guarded.record.id);
      const zone = conferenceZone(guarded.record);
      const draft = state.draft ?? { deadline: deadlineOnClock(settings.deadline, zone), selfRegistration: settings.selfRegistration ? 'on' : '' };
      return sendHtml(reply, status, RequestSettingsPage({ page: guarded.page, draft, tag: stateTag(settings), zone, errors: state.errors ?? null, done: state.done ?? null }));
    }

    app.get('/admin/requests/settings', async (request, reply) => {
      const guarded = await guard(request, reply, 'manage-conference');
      if (!guarded) return reply;
      const done = (request.query as Record<string, unknown>).done === 'saved' ? 'The request settings were saved.' : null;
      return showSettings(reply, 200, guarded, { done });
    });

    app.post('/admin/requests/settings', async (request, reply) => {
      const guarded = await guard(request, reply, 'manage-conference');
      if (!guarded) return reply;
      const draft: RequestSettingsForm = { deadline: formField(request.body, 'deadline'), selfRegistration: formField(request.body, 'selfRegistration') };
      try {
        await saveRequestSettings(store, guarded.record, guarded.caller.actor, draft, formField(request.body, 'was'));
        return reply.redirect(guarded.page.link('/admin/requests/settings?done=saved'), 303);
      } catch (error) {
        if (isCode(error, 'AGORA_STALE_REVISION')) return showSettings(reply, 409, guarded, { errors: { message: error.message, fields: {} } });
        if (isCode(error, 'AGORA_BAD_INPUT')) return showSettings(reply, 400, guarded, { draft, errors: formErrors(error) });
        throw error;
      }
    });
  },
};
