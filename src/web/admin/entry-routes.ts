/**
 * One entry's form, with its conflicts and history: /admin/entries/… and the undo button.
 *
 * - `GET /admin/entries/new`, `GET /admin/entries/:id`: the form (a new entry may be prefilled
 *   from the query: `?date=2031-05-12&start=14:00&venue=R1&kind=side-event`).
 * - `POST` to the same address with `intent` = `save` (refused when it would leave an error-level
 *   conflict), `save-anyway` (saves, the change records the conflicts) or `check` (lists the
 *   conflicts, saves nothing). A refused form comes back with each error next to its field; a
 *   save made after someone else's answers 409 with both values side by side.
 * - `POST /admin/entries/:id/cancel`, `/restore`.
 * - `POST /admin/undo` with `_csrf`, `revision` (the change the button names, from
 *   `lastUndoableChange`) and `next` (a path on this site, default `/admin`): undoes the last
 *   change and returns to `next` with `undone=<revision>` added to its query.
 *
 * Every route is also under `/c/<slug>`.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { userNames } from '../../app/accounts/users.ts';
import { addEntry, cancelEntry, restoreEntry, updateEntry } from '../../app/entry-commands.ts';
import { applyPatch, checkEntryPatch, type EntryPatch } from '../../app/entry-fields.ts';
import type { Actor } from '../../app/policy.ts';
import { previewEntryChange } from '../../app/preview-entry.ts';
import { undoLastChange, undoOffer } from '../../app/undo-change.ts';
import { readWholeNumber } from '../../app/whole-number.ts';
import { AgoraError, type Problem } from '../../errors.ts';
import { formField } from '../../http/form-body.ts';
import type { ConflictFinding } from '../../model/conflicts/index.ts';
import { entryFieldChanges } from '../../model/entry-diff.ts';
import { entryLabel, type Entry, type Programme, type StoredEntry } from '../../model/programme.ts';
import { withoutRevision } from '../../store/rows.ts';
import type { ConferenceRecord } from '../../store/store.ts';
import type { AdminContext, AdminFeature } from './admin-context.ts';
import { adminPage, sendHtml, type AdminPageContext } from './admin-page.ts';
import { changedFields, entryFormPatch, entryValues, postedEntryValues, problemField, type EntryFormValues, type PostedFields } from './client/entry-form-values.ts';
import { localPath } from './local-path.ts';
import { AdminNotice } from './pages/admin-notice.tsx';
import { EntryFormPage, type EntryFormErrors, type EntryFormPageProps, type StaleView } from './pages/entry-form-page.tsx';

type Intent = 'save' | 'save-anyway' | 'check';

interface EntryParams {
  id: string;
}

function intentOf(body: unknown): Intent {
  const intent = formField(body, 'intent');
  return intent === 'check' || intent === 'save-anyway' ? intent : 'save';
}

/** "14:02" on the conference's clock. */
function clockAt(at: string, timeZone: string | null): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: timeZone ?? 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at));
}

/** What is wrong with a form whose hidden revision is missing or not a revision number (too big for one, say). */
const REVISION_PROBLEM = 'form does not say which revision (a whole number) it was read at; reload the page and make your change again';

function errorsOf(error: AgoraError, partRows: readonly number[]): EntryFormErrors {
  const fields: Record<string, string> = {};
  for (const problem of error.problems) fields[problemField(problem.where, partRows)] ??= problem.message;
  return { message: error.message, fields };
}

/**
 * Every problem with the form's fields: the entry rules, and a venue that is not one of the
 * conference's (a select offers only those, and the one the entry has).
 */
function formProblems(patch: Record<string, unknown>, programme: Programme, stored: Entry | null): Problem[] {
  const problems = checkEntryPatch(patch, programme);
  const venue = patch.venue;
  const known = new Set(programme.venues.map((item) => item.name));
  if (typeof venue === 'string' && !known.has(venue) && venue !== stored?.venue) {
    problems.push({ where: 'venue', message: `there is no venue "${venue}"; the venues are ${[...known].join(', ') || 'none yet'}` });
  }
  return problems;
}

function titlesOf(programme: Programme, conflicts: readonly ConflictFinding[]): Record<string, string> {
  const wanted = new Set(conflicts.flatMap((finding) => finding.entries));
  return Object.fromEntries(programme.entries.filter((entry) => wanted.has(entry.id)).map((entry) => [entry.id, entryLabel(entry)]));
}

function notice(query: Record<string, string | undefined>): string | null {
  if (query.saved) return `Saved as revision ${query.saved}.`;
  if (query.unchanged) return 'Nothing to save: no field differs from the entry as saved.';
  if (query.undone) return `Undid revision ${query.undone}.`;
  return null;
}

/** The entry as the clerk read it at `revision`: as stored, or as it was before the first change since. */
async function entryAsRead(context: AdminContext, record: ConferenceRecord, stored: StoredEntry, revision: number): Promise<Entry> {
  if (stored.revision === revision) return withoutRevision(stored);
  const [first] = await context.store.changesSince(record.id, revision, { entryId: stored.id });
  return (first?.before as Entry | null | undefined) ?? withoutRevision(stored);
}

function staleView(error: AgoraError, mine: Entry, timeZone: string | null): { view: StaleView; current: StoredEntry } | null {
  const current = error.details.current as StoredEntry | undefined;
  const theirs = error.details.theirs as { actorName: string; at: string; changes: StaleView['changes'] } | undefined;
  if (!current || !theirs) return null;
  const differing = entryFieldChanges(withoutRevision(current), mine).map((change) => ({ field: change.field, theirs: change.before, yours: change.after }));
  return { current, view: { actorName: theirs.actorName, time: clockAt(theirs.at, timeZone), changes: theirs.changes, differing } };
}

interface Rendering {
  status: number;
  stored: StoredEntry | null;
  values: EntryFormValues;
  revision: number | null;
  errors?: EntryFormErrors | null;
  conflicts?: ConflictFinding[];
  conflictsOf?: EntryFormPageProps['conflictsOf'];
  saveAnyway?: boolean;
  stale?: StaleView | null;
  notice?: string | null;
}

export const entryFeature: AdminFeature = {
  scoped: true,
  routes: (context) => async (app) => {
    const { store } = context;

    async function conferenceOf(request: FastifyRequest, reply: FastifyReply, page: AdminPageContext): Promise<ConferenceRecord | null> {
      if (page.conference) return page.conference;
      await sendHtml(reply, 404, AdminNotice({ page, title: 'No programme yet', message: 'There is no conference to edit yet: import a programme first.' }));
      return null;
    }

    async function storedEntry(reply: FastifyReply, page: AdminPageContext, record: ConferenceRecord, id: string): Promise<StoredEntry | null> {
      const stored = await store.readEntry(record.id, id);
      if (!stored) await sendHtml(reply, 404, AdminNotice({ page, title: 'No such entry', message: `There is no entry "${id}" in ${record.slug}. It may have a new id; find it on the grid.` }));
      return stored;
    }

    async function render(reply: FastifyReply, page: AdminPageContext, actor: Actor, record: ConferenceRecord, rendering: Rendering): Promise<FastifyReply> {
      const { programme } = await store.readProgramme(record.id);
      const conflicts = rendering.conflicts ?? [];
      const changes = rendering.stored ? await store.changesSince(record.id, 0, { entryId: rendering.stored.id }) : [];
      const undo = await undoOffer(store, record, actor);
      const names = await userNames(store, changes.map((change) => change.actor));
      return sendHtml(
        reply,
        rendering.status,
        EntryFormPage({
          page,
          stored: rendering.stored,
          values: rendering.values,
          revision: rendering.revision,
          venues: programme.venues.map((venue) => venue.name),
          notes: programme.notes,
          errors: rendering.errors ?? null,
          conflicts,
          conflictsOf: rendering.conflictsOf ?? 'none',
          titles: titlesOf(programme, conflicts),
          saveAnyway: rendering.saveAnyway ?? false,
          stale: rendering.stale ?? null,
          notice: rendering.notice ?? null,
          history: rendering.stored ? { changes, names, timeZone: record.conference.timeZone } : null,
          undo,
        }),
      );
    }

    /** Check, save or save anyway; every refusal comes back as the form with what was typed. */
    async function submit(request: FastifyRequest, reply: FastifyReply, entryId: string | null): Promise<FastifyReply | undefined> {
      const guard = await adminPage(context, context.assets, request, reply, 'edit-entries');
      if (!guard) return undefined;
      const { page, caller } = guard;
      const record = await conferenceOf(request, reply, page);
      if (!record) return undefined;
      const stored = entryId === null ? null : await storedEntry(reply, page, record, entryId);
      if (entryId !== null && !stored) return undefined;
      const body = (request.body ?? {}) as PostedFields;
      const intent = intentOf(body);
      const values = postedEntryValues(body);
      const { patch, partRows } = entryFormPatch(values);
      const revisionText = formField(body, 'revision');
      const revision = stored ? readWholeNumber(revisionText) : null;
      const base: Rendering = { status: 400, stored, values, revision };

      const { programme } = await store.readProgramme(record.id);
      const problems = formProblems(patch, programme, stored);
      // The revision is a hidden field, with no place beside it for its error: the message says it.
      const badRevision = stored !== null && revision === null;
      if (badRevision) problems.push({ where: 'revision', message: REVISION_PROBLEM });
      if (problems.length > 0) {
        const fields = problems.length - (badRevision ? 1 : 0);
        const message = `Nothing was saved:${fields === 0 ? '' : ` ${fields === 1 ? 'one field is' : `${fields} fields are`} not valid.`}${badRevision ? ` ${fields === 0 ? 'the' : 'The'} ${REVISION_PROBLEM}.` : ''}`;
        const error = new AgoraError('AGORA_BAD_INPUT', message, { problems });
        return render(reply, page, caller.actor, record, { ...base, errors: errorsOf(error, partRows) });
      }
      const asRead = stored && revision !== null ? await entryAsRead(context, record, stored, revision) : null;
      const changes = asRead ? changedFields(patch, asRead) : patch;

      if (intent === 'check') {
        const preview = await previewEntryChange(store, record, caller.actor, entryId, changes);
        return render(reply, page, caller.actor, record, { ...base, status: 200, conflicts: preview.conflicts, conflictsOf: 'values' });
      }
      if (stored && asRead && stored.revision === revision && Object.keys(changes).length === 0) {
        return reply.redirect(page.link(`/admin/entries/${encodeURIComponent(stored.id)}?unchanged=1`), 303);
      }
      const options = { actor: caller.actor, strict: intent !== 'save-anyway' };
      try {
        const result =
          stored && revision !== null
            ? await updateEntry(store, record, stored.id, changes, { ...options, expectedRevision: revision })
            : await addEntry(store, record, changes, options);
        return reply.redirect(page.link(`/admin/entries/${encodeURIComponent(result.entry.id)}?saved=${result.revision}`), 303);
      } catch (error) {
        if (!(error instanceof AgoraError)) throw error;
        if (error.code === 'AGORA_CONFLICT_REFUSED') {
          const conflicts = (error.details.conflicts as ConflictFinding[] | undefined) ?? [];
          return render(reply, page, caller.actor, record, { ...base, status: 409, errors: { message: error.message, fields: {} }, conflicts, conflictsOf: 'values', saveAnyway: true });
        }
        if (error.code === 'AGORA_STALE_REVISION' && stored) {
          const current = (error.details.current as StoredEntry | undefined) ?? stored;
          const mine = applyPatch(withoutRevision(current), changes as EntryPatch);
          const stale = staleView(error, mine, record.conference.timeZone);
          const onTop = await previewEntryChange(store, record, caller.actor, current.id, changes);
          return render(reply, page, caller.actor, record, {
            ...base,
            status: 409,
            stored: current,
            values: entryValues(mine),
            revision: current.revision,
            errors: { message: error.message, fields: {} },
            stale: stale?.view ?? null,
            conflicts: onTop.conflicts,
            conflictsOf: 'values',
          });
        }
        if (error.code === 'AGORA_BAD_INPUT' || error.code === 'AGORA_BAD_TIME') {
          return render(reply, page, caller.actor, record, { ...base, errors: errorsOf(error, partRows) });
        }
        throw error;
      }
    }

    async function setStatus(request: FastifyRequest<{ Params: EntryParams }>, reply: FastifyReply, kind: 'cancel' | 'restore'): Promise<FastifyReply | undefined> {
      const guard = await adminPage(context, context.assets, request, reply, 'edit-entries');
      if (!guard) return undefined;
      const { page, caller } = guard;
      const record = await conferenceOf(request, reply, page);
      if (!record) return undefined;
      const stored = await storedEntry(reply, page, record, request.params.id);
      if (!stored) return undefined;
      const revisionText = formField(request.body, 'revision');
      const revision = readWholeNumber(revisionText, 1);
      const options = { actor: caller.actor, ...(revision !== null ? { expectedRevision: revision } : {}) };
      try {
        if (revisionText !== '' && revision === null) {
          throw new AgoraError('AGORA_BAD_INPUT', `Nothing was saved: the ${REVISION_PROBLEM}.`, { problems: [{ where: 'revision', message: REVISION_PROBLEM }] });
        }
        const result = kind === 'cancel' ? await cancelEntry(store, record, stored.id, options) : await restoreEntry(store, record, stored.id, options);
        return reply.redirect(page.link(`/admin/entries/${encodeURIComponent(stored.id)}?saved=${result.revision}`), 303);
      } catch (error) {
        if (!(error instanceof AgoraError) || !['AGORA_STALE_REVISION', 'AGORA_BAD_INPUT'].includes(error.code)) throw error;
        const current = (await store.readEntry(record.id, stored.id)) ?? stored;
        const mine: Entry = { ...withoutRevision(current), status: kind === 'cancel' ? 'cancelled' : 'scheduled' };
        const stale = error.code === 'AGORA_STALE_REVISION' ? staleView(error, mine, record.conference.timeZone) : null;
        return render(reply, page, caller.actor, record, {
          status: error.status,
          stored: current,
          values: entryValues(current),
          revision: current.revision,
          errors: { message: error.message, fields: {} },
          stale: stale?.view ?? null,
        });
      }
    }

    app.get<{ Querystring: Record<string, string | undefined> }>('/admin/entries/new', async (request, reply) => {
      const guard = await adminPage(context, context.assets, request, reply, 'edit-entries');
      if (!guard) return undefined;
      const record = await conferenceOf(request, reply, guard.page);
      if (!record) return undefined;
      const query = request.query;
      const values = { ...entryValues(null), ...Object.fromEntries((['date', 'start', 'end', 'venue', 'kind'] as const).flatMap((field) => (typeof query[field] === 'string' ? [[field, query[field]]] : []))) };
      return render(reply, guard.page, guard.caller.actor, record, { status: 200, stored: null, values, revision: null });
    });

    app.post('/admin/entries/new', (request, reply) => submit(request, reply, null));

    app.get<{ Params: EntryParams; Querystring: Record<string, string | undefined> }>('/admin/entries/:id', async (request, reply) => {
      const guard = await adminPage(context, context.assets, request, reply, 'edit-entries');
      if (!guard) return undefined;
      const record = await conferenceOf(request, reply, guard.page);
      if (!record) return undefined;
      const stored = await storedEntry(reply, guard.page, record, request.params.id);
      if (!stored) return undefined;
      const preview = await previewEntryChange(store, record, guard.caller.actor, stored.id, {});
      return render(reply, guard.page, guard.caller.actor, record, {
        status: 200,
        stored,
        values: entryValues(stored),
        revision: stored.revision,
        conflicts: preview.conflicts,
        conflictsOf: 'stored',
        notice: notice(request.query),
      });
    });

    app.post<{ Params: EntryParams }>('/admin/entries/:id', (request, reply) => submit(request, reply, request.params.id));
    app.post<{ Params: EntryParams }>('/admin/entries/:id/cancel', (request, reply) => setStatus(request, reply, 'cancel'));
    app.post<{ Params: EntryParams }>('/admin/entries/:id/restore', (request, reply) => setStatus(request, reply, 'restore'));

    app.post('/admin/undo', async (request, reply) => {
      const guard = await adminPage(context, context.assets, request, reply, 'edit-entries');
      if (!guard) return undefined;
      const { page, caller } = guard;
      const record = await conferenceOf(request, reply, page);
      if (!record) return undefined;
      const next = localPath(formField(request.body, 'next')) ?? page.link('/admin');
      const revisionText = formField(request.body, 'revision');
      const revision = Number(revisionText);
      try {
        const result = await undoLastChange(store, record, caller.actor, revisionText !== '' && Number.isInteger(revision) ? { revision } : {});
        const url = new URL(next, 'http://agora.invalid');
        url.searchParams.set('undone', String(result.undone.revision));
        // Checked again after URL's normalising: "/.//host/x" becomes "//host/x", another site.
        return reply.redirect(localPath(`${url.pathname}${url.search}`) ?? page.link('/admin'), 303);
      } catch (error) {
        if (!(error instanceof AgoraError) || !['AGORA_STALE_REVISION', 'AGORA_BAD_INPUT', 'AGORA_NOT_FOUND'].includes(error.code)) throw error;
        return sendHtml(reply, error.status, AdminNotice({ page, title: 'Nothing was undone', message: error.message }));
      }
    });
  },
};
