/**
 * Logging in and out, and setting one's own password: /login, /logout, /account/password.
 *
 * Every login opens a new session and ends the one the browser came with, so a session id
 * planted in a browser before login is worth nothing after it. The forms work without
 * JavaScript; a refused form comes back with the message beside its field and the e-mail kept.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { logIn, logOut, SESSION_HOURS } from '../../app/accounts/sessions.ts';
import { setOwnPassword } from '../../app/accounts/users.ts';
import type { Role } from '../../app/policy.ts';
import { AgoraError, type Problem } from '../../errors.ts';
import { callerOf, SESSION_COOKIE } from '../../http/caller.ts';
import { clearCookie, readCookie, setCookie } from '../../http/cookies.ts';
import { formField } from '../../http/form-body.ts';
import { fromThisSite } from '../../http/same-origin.ts';
import type { AdminContext, AdminFeature } from './admin-context.ts';
import { loginRedirect, sendHtml } from './admin-page.ts';
import { localPath } from './local-path.ts';
import { formErrors, type FormErrors } from './pages/form-field.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { PasswordPage } from './pages/password-page.tsx';

/** Where a user goes after logging in when the login form was not sent from elsewhere. */
const HOME = '/admin';

/** An organiser's home is their side-event requests; everyone else's the secretariat's area. */
function homeOf(role: Role): string {
  return role === 'organiser' ? '/requests' : HOME;
}

/** The codes a refused form shows on the form itself; anything else is the error handler's. */
const FORM_ERRORS = new Set(['AGORA_BAD_INPUT', 'AGORA_BAD_LOGIN', 'AGORA_RATE_LIMITED', 'AGORA_CSRF']);

function asFormError(error: unknown): AgoraError {
  if (error instanceof AgoraError && FORM_ERRORS.has(error.code)) return error;
  throw error;
}

function nextOf(request: FastifyRequest): string | null {
  const query = request.query as Record<string, unknown> | undefined;
  return localPath(request.method === 'GET' ? query?.next : formField(request.body, 'next') || query?.next);
}

function missing(fields: Record<string, { value: string; message: string }>): Problem[] {
  return Object.entries(fields)
    .filter(([, field]) => field.value === '')
    .map(([where, field]) => ({ where, message: field.message }));
}

export const authFeature: AdminFeature = {
  scoped: false,
  routes: (context: AdminContext) => async (app) => {
    const { store, assets } = context;

    async function showLogin(request: FastifyRequest, reply: FastifyReply, status: number, email: string, errors: FormErrors | null) {
      const caller = await callerOf(store, request);
      const query = request.query as Record<string, unknown> | undefined;
      return sendHtml(
        reply,
        status,
        LoginPage({
          assets,
          email,
          next: nextOf(request),
          errors,
          csrf: caller.session?.csrf ?? null,
          loggedInAs: caller.session?.user.email ?? null,
          notice: request.method === 'GET' && query?.out !== undefined ? 'You have logged out.' : null,
        }),
      );
    }

    app.get('/login', (request, reply) => showLogin(request, reply, 200, '', null));

    app.post('/login', async (request, reply) => {
      const email = formField(request.body, 'email').trim();
      const password = formField(request.body, 'password');
      try {
        const problems = missing({
          email: { value: email, message: 'give the e-mail address of your account' },
          password: { value: password, message: 'give your password' },
        });
        if (problems.length > 0) throw new AgoraError('AGORA_BAD_INPUT', 'You were not logged in.', { problems });
        if (!fromThisSite(request)) {
          throw new AgoraError('AGORA_CSRF', 'This login form was sent from another site, so you were not logged in. Open the login page of this site and log in there.', {
            problems: [{ where: 'email', message: 'log in from this site\'s own login page' }],
          });
        }
        const session = await logIn(store, { email, password, ip: request.ip });
        const previous = readCookie(request, SESSION_COOKIE);
        if (previous !== null) await logOut(store, previous);
        setCookie(request, reply, SESSION_COOKIE, session.secret, SESSION_HOURS * 3600);
        const next = nextOf(request) ?? homeOf(session.user.role);
        return reply.redirect(session.user.mustChangePassword ? `/account/password?next=${encodeURIComponent(next)}` : next, 303);
      } catch (error) {
        const refused = asFormError(error);
        return showLogin(request, reply, refused.status, email, formErrors(refused));
      }
    });

    app.post('/logout', async (request, reply) => {
      // Only a caller who came with the session (so passed the CSRF check) ends it.
      const caller = await callerOf(store, request);
      const secret = readCookie(request, SESSION_COOKIE);
      if (secret !== null && caller.via === 'session') await logOut(store, secret);
      clearCookie(request, reply, SESSION_COOKIE);
      return reply.redirect('/login?out', 303);
    });

    async function passwordForm(request: FastifyRequest, reply: FastifyReply, save: boolean) {
      const caller = await callerOf(store, request);
      if (caller.session === null) return reply.redirect(loginRedirect(request), 303);
      const { user, csrf } = caller.session;
      const next = nextOf(request);
      let errors: FormErrors | null = null;
      if (save) {
        try {
          await setOwnPassword(store, user, {
            current: user.mustChangePassword ? null : formField(request.body, 'current'),
            password: formField(request.body, 'password'),
            confirmation: formField(request.body, 'confirmation'),
            keepSession: readCookie(request, SESSION_COOKIE),
          });
          return reply.redirect(next ?? HOME, 303);
        } catch (error) {
          errors = formErrors(asFormError(error));
        }
      }
      return sendHtml(reply, errors ? 400 : 200, PasswordPage({ assets, user, csrf, next, errors }));
    }

    app.get('/account/password', (request, reply) => passwordForm(request, reply, false));
    app.post('/account/password', (request, reply) => passwordForm(request, reply, true));
  },
};
