/**
 * /register: an organiser makes their own account, where the conference allows it, and is logged
 * in and sent to their requests. Where it does not, the page says requests are by invitation (404).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { logIn, logOut, SESSION_HOURS } from '../../app/accounts/sessions.ts';
import { registerOrganiser, selfRegistrationOpen } from '../../app/requests/register-organiser.ts';
import { AgoraError } from '../../errors.ts';
import { callerOf, SESSION_COOKIE } from '../../http/caller.ts';
import { scopedConference, scopePrefix } from '../../http/conference-scope.ts';
import { readCookie, setCookie } from '../../http/cookies.ts';
import { formField } from '../../http/form-body.ts';
import { fromThisSite } from '../../http/same-origin.ts';
import type { ConferenceRecord } from '../../store/store.ts';
import type { AdminContext, AdminFeature } from './admin-context.ts';
import { sendHtml } from './admin-page.ts';
import { formErrors, type FormErrors } from './pages/form-field.tsx';
import { RegisterPage, RegistrationClosedPage } from './pages/register-page.tsx';

export const registerFeature: AdminFeature = {
  scoped: true,
  routes: (context: AdminContext) => async (app) => {
    const { store, assets } = context;
    const login = (request: FastifyRequest) => `/login?next=${encodeURIComponent(`${scopePrefix(request)}/requests`)}`;

    /** The conference, or null after answering with the page saying requests are by invitation. */
    async function openConference(request: FastifyRequest, reply: FastifyReply): Promise<ConferenceRecord | null> {
      const record = await scopedConference(context.cache, request);
      if (await selfRegistrationOpen(store, record)) return record;
      await sendHtml(reply, 404, RegistrationClosedPage({ assets, login: login(request) }));
      return null;
    }

    async function showForm(request: FastifyRequest, reply: FastifyReply, record: ConferenceRecord, status: number, typed: { name: string; email: string }, errors: FormErrors | null) {
      const caller = await callerOf(store, request);
      const conference = record.conference;
      return sendHtml(
        reply,
        status,
        RegisterPage({
          assets,
          action: `${scopePrefix(request)}/register`,
          conferenceName: conference.session ?? conference.title ?? record.slug,
          ...typed,
          errors,
          csrf: caller.session?.csrf ?? null,
          login: login(request),
        }),
      );
    }

    app.get('/register', async (request, reply) => {
      const record = await openConference(request, reply);
      if (!record) return reply;
      return showForm(request, reply, record, 200, { name: '', email: '' }, null);
    });

    app.post('/register', async (request, reply) => {
      const record = await openConference(request, reply);
      if (!record) return reply;
      const typed = { name: formField(request.body, 'name'), email: formField(request.body, 'email').trim() };
      const password = formField(request.body, 'password');
      try {
        if (!fromThisSite(request)) {
          throw new AgoraError('AGORA_CSRF', 'This form was sent from another site, so no account was made. Open this site\'s own page and try there.', {
            problems: [{ where: 'email', message: 'make the account from this site\'s own page' }],
          });
        }
        await registerOrganiser(store, record, { ...typed, password, confirmation: formField(request.body, 'confirmation') });
        const session = await logIn(store, { email: typed.email, password, ip: request.ip });
        const previous = readCookie(request, SESSION_COOKIE);
        if (previous !== null) await logOut(store, previous);
        setCookie(request, reply, SESSION_COOKIE, session.secret, SESSION_HOURS * 3600);
        return reply.redirect(`${scopePrefix(request)}/requests`, 303);
      } catch (error) {
        if (error instanceof AgoraError && (error.code === 'AGORA_BAD_INPUT' || error.code === 'AGORA_CSRF')) return showForm(request, reply, record, error.status, typed, formErrors(error));
        throw error;
      }
    });
  },
};
