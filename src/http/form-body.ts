/**
 * HTML forms post `application/x-www-form-urlencoded`; their bodies become a plain object of
 * strings (a field given twice keeps every value, in order, as an array).
 */
import type { FastifyRequest } from 'fastify';

export type FormBody = Record<string, string | string[]>;

export function parseForm(_request: FastifyRequest, body: string | Buffer, done: (error: Error | null, body?: FormBody) => void): void {
  const form: FormBody = {};
  for (const [name, value] of new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))) {
    const earlier = form[name];
    form[name] = earlier === undefined ? value : Array.isArray(earlier) ? [...earlier, value] : [earlier, value];
  }
  done(null, form);
}

/**
 * One field's value: the first when it was given more than once, '' when absent, and '' when it
 * is not text (a JSON body sent to a form's address can hold numbers or objects).
 */
export function formField(body: unknown, name: string): string {
  if (typeof body !== 'object' || body === null) return '';
  const value: unknown = (body as Record<string, unknown>)[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}
