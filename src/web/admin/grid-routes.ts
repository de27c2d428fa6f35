/**
 * The programme grid, where a clerk finds and moves entries.
 *
 * - `GET /admin?day=YYYY-MM-DD`: the grid of a day (default: today in the conference's zone
 *   when it is a conference day, else the first day).
 * - `GET /admin/grid-fragment?day=…`: the grid's content alone, which the client script fetches
 *   again when the live feed reports a change.
 * - `POST /admin/preview`: the conflicts an entry change would create, before it is saved (the
 *   grid while dragging, the entry form while typing). See {@link previewRoute}.
 *
 * Every route is also under `/c/<slug>`.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render } from 'preact-render-to-string';
import { previewEntryChange } from '../../app/preview-entry.ts';
import { undoOffer } from '../../app/undo-change.ts';
import { AgoraError, type Problem } from '../../errors.ts';
import { authorise } from '../../http/caller.ts';
import { scopedConference, scopePrefix } from '../../http/conference-scope.ts';
import { isDate, wallClockAt } from '../../model/wall-clock.ts';
import type { StoredProgramme } from '../../store/store.ts';
import { Temporal } from 'temporal-polyfill';
import { conferenceDays } from '../day-view.ts';
import type { AdminContext, AdminFeature } from './admin-context.ts';
import { adminPage, sendHtml } from './admin-page.ts';
import { gridDay } from './grid-layout.ts';
import { waitingRequests } from '../../app/requests/review-requests.ts';
import { GridBoard } from './pages/grid-board.tsx';
import { GridPage } from './pages/grid-page.tsx';

interface DayQuery {
  day?: string;
  /** Set by the undo form's return: the revision it reversed. */
  undone?: string;
}

/** The day asked for when it is a date, else today (in the conference's zone) when it is a conference day, else the first day. */
function chosenDay(stored: StoredProgramme, asked: string | undefined): { day: string; days: string[] } {
  const days = conferenceDays(stored.programme);
  if (asked !== undefined && isDate(asked)) return { day: asked, days: days.includes(asked) ? days : [...days, asked].sort() };
  const zone = stored.programme.conference.timeZone ?? 'UTC';
  const today = wallClockAt(Temporal.Now.instant(), zone).date;
  return { day: days.includes(today) ? today : (days[0] ?? today), days: days.length > 0 ? days : [today] };
}

/** The body of `POST /admin/preview`, checked by hand so that each bad part is named. */
function previewBody(body: unknown): { id: string | null; patch: Record<string, unknown> } {
  const problems: Problem[] = [];
  const value = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  if (value === null) throw new AgoraError('AGORA_BAD_INPUT', 'Send a JSON object: {"id": …, "patch": {…}}.', { problems: [{ where: 'body', message: 'must be a JSON object' }] });
  const { id, patch } = value;
  if (id !== null && typeof id !== 'string') problems.push({ where: 'id', message: 'must be the id of an entry, or null for a new entry' });
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) problems.push({ where: 'patch', message: 'must be an object of entry fields, such as {"venue": "M7"}' });
  for (const key of Object.keys(value)) if (key !== 'id' && key !== 'patch') problems.push({ where: key, message: 'is not part of a preview; send id and patch' });
  if (problems.length > 0) throw new AgoraError('AGORA_BAD_INPUT', `The preview was refused: ${problems.map((problem) => problem.where).join(', ')} not valid.`, { problems });
  return { id: id as string | null, patch: patch as Record<string, unknown> };
}

export const gridFeature: AdminFeature = {
  scoped: true,
  routes: (context: AdminContext) => async (app) => {
    const { store, cache } = context;

    app.get('/admin', async (request: FastifyRequest<{ Querystring: DayQuery }>, reply: FastifyReply) => {
      const guard = await adminPage(context, context.assets, request, reply, 'edit-entries');
      if (!guard) return reply;
      const record = await scopedConference(cache, request);
      const stored = await store.readProgramme(record.id);
      const { day, days } = chosenDay(stored, request.query.day);
      const layout = gridDay(stored.programme, stored.entries, day);
      const offer = await undoOffer(store, record, guard.caller.actor);
      return sendHtml(
        reply,
        200,
        GridPage({
          page: { ...guard.page, conference: stored.record },
          day: layout,
          days,
          timeZone: stored.programme.conference.timeZone,
          undo: offer ? { offer, csrf: guard.page.csrf } : null,
          undone: request.query.undone ?? null,
          requests: await waitingRequests(store, record, guard.caller.actor, day),
        }),
      );
    });

    app.get('/admin/grid-fragment', async (request: FastifyRequest<{ Querystring: DayQuery }>, reply: FastifyReply) => {
      const caller = await authorise(store, request, reply, 'edit-entries');
      if (!caller) return reply;
      const day = request.query.day;
      if (day === undefined || !isDate(day)) {
        throw new AgoraError('AGORA_BAD_INPUT', 'Say which day: ?day=YYYY-MM-DD.', { problems: [{ where: 'day', message: 'must be a date such as "2031-05-12"' }] });
      }
      const record = await scopedConference(cache, request);
      const stored = await store.readProgramme(record.id);
      const prefix = scopePrefix(request);
      const offer = caller.session ? await undoOffer(store, record, caller.actor) : null;
      const board = GridBoard({
        day: gridDay(stored.programme, stored.entries, day),
        link: (path) => `${prefix}${path}`,
        undo: offer && caller.session ? { offer, csrf: caller.session.csrf } : null,
        requests: await waitingRequests(store, record, caller.actor, day),
      });
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('x-agora-revision', String(stored.record.revision))
        .send(render(board));
    });

    /**
     * `POST /admin/preview`: what an entry change would create, saving nothing.
     *
     * Body (JSON): `{ "id": "<entry id>" | null, "patch": { <entry fields> } }`; `id` null previews
     * a new entry (its id in findings is {@link PREVIEW_NEW_ID}); `patch` takes the fields of
     * `PATCH /api/entries/:id` (date, start, end, venue, kind, title, …), checked alike.
     *
     * Answers:
     * - 200 `{ conflicts: ConflictFinding[], entry: Entry }`: every conflict (error or warning)
     *   the changed entry would be in, as a save would report it, and the entry as it would be.
     * - 400 `{ code: "AGORA_BAD_INPUT", message, problems: [{ where, message }] }`: a bad body or
     *   bad fields, each named (`where` is the field, such as "start" or "parts[0].title").
     * - 404 `AGORA_NOT_FOUND` for an unknown id; 401 without a session or token; 403 for a role
     *   that may not edit entries. With a session cookie the CSRF header is needed, as for
     *   every POST.
     */
    app.post('/admin/preview', async function previewRoute(request, reply) {
      const caller = await authorise(store, request, reply, 'edit-entries');
      if (!caller) return reply;
      const { id, patch } = previewBody(request.body);
      const record = await scopedConference(cache, request);
      const preview = await previewEntryChange(store, record, caller.actor, id, patch);
      return reply.header('cache-control', 'no-store').send({ conflicts: preview.conflicts, entry: preview.entry });
    });
  },
};
