/**
 * Accounts, for admins: /admin/users. Every change is a form post; a change that worked answers
 * with a redirect to the list saying what was done (so a reload does not post again), a refused
 * one with the list and the message beside the field at fault. A reset password is the
 * exception: it is shown once, on the answer to the post, and kept nowhere.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { changeRole, createUser, listUsers, resetPassword, setDisabled, type User } from '../../app/accounts/users.ts';
import type { Actor } from '../../app/policy.ts';
import { readWholeNumber } from '../../app/whole-number.ts';
import { AgoraError } from '../../errors.ts';
import { callerOf } from '../../http/caller.ts';
import { formField } from '../../http/form-body.ts';
import type { AdminContext, AdminFeature } from './admin-context.ts';
import { adminPage, sendHtml, type AdminRequest } from './admin-page.ts';
import { AdminNotice } from './pages/admin-notice.tsx';
import { formErrors } from './pages/form-field.tsx';
import { UsersPage, type UsersPageProps } from './pages/users-page.tsx';

const USERS = '/admin/users';

/** What a change that worked says on the list it redirects to, by the `done` query parameter. */
const DONE: Record<string, (user: User) => string> = {
  created: (user) => `Account made for ${user.name} (${user.email}), as ${user.role}. They set a password of their own at first login.`,
  role: (user) => `${user.name} (${user.email}) is now ${user.role}.`,
  disabled: (user) => `${user.name} (${user.email}) is disabled: they cannot log in, and their open sessions have ended.`,
  enabled: (user) => `${user.name} (${user.email}) can log in again.`,
};

type RowChange = (actor: Actor, userId: number, body: unknown) => Promise<User>;

export const userFeature: AdminFeature = {
  scoped: false,
  routes: (context: AdminContext) => async (app) => {
    const { store, assets } = context;

    /** The admin, or null after answering; a form post without a session returns to the list after login. */
    async function admin(request: FastifyRequest, reply: FastifyReply): Promise<AdminRequest | null> {
      const caller = await callerOf(store, request);
      if (request.method !== 'GET' && caller.session === null) {
        await reply.redirect(`/login?next=${encodeURIComponent(USERS)}`, 303);
        return null;
      }
      return adminPage(context, assets, request, reply, 'manage-users');
    }

    async function showUsers(reply: FastifyReply, status: number, { page, caller }: AdminRequest, props: Partial<Omit<UsersPageProps, 'page' | 'users'>>) {
      const users = await listUsers(store, caller.actor);
      return sendHtml(
        reply,
        status,
        UsersPage({
          page,
          users,
          done: props.done ?? null,
          reset: props.reset ?? null,
          create: props.create ?? { draft: { email: '', name: '', role: 'editor' }, errors: null },
          rowError: props.rowError ?? null,
        }),
      );
    }

    function notFound(reply: FastifyReply, { page }: AdminRequest) {
      return sendHtml(reply, 404, AdminNotice({ page, title: 'No such account', message: 'That account does not exist (any more). Go back to the list of users and reload it.' }));
    }

    function userId(request: FastifyRequest): number | null {
      const id = (request.params as { id?: string }).id ?? '';
      return readWholeNumber(id);
    }

    app.get(USERS, async (request, reply) => {
      const guarded = await admin(request, reply);
      if (!guarded) return reply;
      const query = request.query as Record<string, unknown>;
      let done: string | null = null;
      const describe = typeof query.done === 'string' ? DONE[query.done] : undefined;
      const id = typeof query.id === 'string' ? readWholeNumber(query.id) : null;
      if (describe && id !== null) {
        const user = (await listUsers(store, guarded.caller.actor)).find((candidate) => candidate.id === id);
        if (user) done = describe(user);
      }
      return showUsers(reply, 200, guarded, { done });
    });

    app.post(USERS, async (request, reply) => {
      const guarded = await admin(request, reply);
      if (!guarded) return reply;
      const draft = { email: formField(request.body, 'email'), name: formField(request.body, 'name'), role: formField(request.body, 'role') };
      try {
        const user = await createUser(store, guarded.caller.actor, { ...draft, password: formField(request.body, 'password'), mustChangePassword: true });
        return reply.redirect(`${USERS}?done=created&id=${user.id}`, 303);
      } catch (error) {
        if (!(error instanceof AgoraError) || error.code !== 'AGORA_BAD_INPUT') throw error;
        return showUsers(reply, 400, guarded, { create: { draft, errors: formErrors(error) } });
      }
    });

    /** One account's change: the redirect saying it was done, or the list with the refusal in the account's row. */
    function rowRoute(action: string, done: keyof typeof DONE, change: RowChange) {
      app.post(`${USERS}/:id/${action}`, async (request, reply) => {
        const guarded = await admin(request, reply);
        if (!guarded) return reply;
        const id = userId(request);
        if (id === null) return notFound(reply, guarded);
        try {
          await change(guarded.caller.actor, id, request.body);
          return reply.redirect(`${USERS}?done=${done}&id=${id}#user-${id}`, 303);
        } catch (error) {
          if (error instanceof AgoraError && error.code === 'AGORA_NOT_FOUND') return notFound(reply, guarded);
          if (!(error instanceof AgoraError) || error.code !== 'AGORA_BAD_INPUT') throw error;
          return showUsers(reply, 400, guarded, { rowError: { userId: id, errors: formErrors(error) } });
        }
      });
    }

    rowRoute('role', 'role', (actor, id, body) => changeRole(store, actor, id, formField(body, 'role')));
    rowRoute('disable', 'disabled', (actor, id) => setDisabled(store, actor, id, true));
    rowRoute('enable', 'enabled', (actor, id) => setDisabled(store, actor, id, false));

    app.post(`${USERS}/:id/reset`, async (request, reply) => {
      const guarded = await admin(request, reply);
      if (!guarded) return reply;
      const id = userId(request);
      if (id === null) return notFound(reply, guarded);
      try {
        const reset = await resetPassword(store, guarded.caller.actor, id);
        return await showUsers(reply, 200, guarded, { reset });
      } catch (error) {
        if (error instanceof AgoraError && error.code === 'AGORA_NOT_FOUND') return notFound(reply, guarded);
        throw error;
      }
    });
  },
};
