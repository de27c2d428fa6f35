/**
 * Checking what an API request sends against its route's schema, naming every field at fault in
 * words a clerk can act on.
 *
 * Fastify's default validator silently drops properties a schema does not list and stops at the
 * first fault; the API instead refuses a typo such as `{"room": "M7"}` by name, and names every
 * field that is wrong at once. A refusal is an {@link AgoraError}, so the error handler answers it
 * like any other.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import type { FastifySchemaCompiler } from 'fastify';
import { AgoraError, type Problem } from '../../errors.ts';
import { isDate } from '../../model/wall-clock.ts';

type Part = 'body' | 'querystring' | 'params' | 'headers';

function createAjv(coerceTypes: boolean): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, coerceTypes, useDefaults: true, allowUnionTypes: true, strictTypes: false });
  ajv.addFormat('date', isDate);
  ajv.addKeyword('x-expected');
  return ajv;
}

/** Bodies are JSON and keep their types; query strings, paths and headers are text to convert. */
const AJV = { typed: createAjv(false), text: createAjv(true) };

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** `/parts/0/title` → `parts[0].title`. */
function pathName(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((name, step) => (/^\d+$/.test(step) ? `${name}[${step}]` : name === '' ? step : `${name}.${step}`), '');
}

function join(parent: string, child: string): string {
  return parent === '' ? child : `${parent}.${child}`;
}

function problemOf(error: ErrorObject, part: Part): Problem {
  const at = pathName(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
  const whole = at === '' ? part : at;
  switch (error.keyword) {
    case 'additionalProperties': {
      const known = Object.keys((parent.properties as Record<string, unknown> | undefined) ?? {});
      const noun = part === 'querystring' ? 'a query parameter' : 'a field';
      const list = known.length === 0 ? 'it takes none' : `use ${known.join(', ')}`;
      return { where: join(at, String(params.additionalProperty)), message: `is not ${noun} this request takes; ${list}` };
    }
    case 'required':
      return { where: join(at, String(params.missingProperty)), message: 'is required' };
    case 'type': {
      const types = ([] as unknown[]).concat(params.type).map((type) => TYPE_WORDS[String(type)] ?? String(type));
      return { where: whole, message: `must be ${types.join(' or ')}` };
    }
    case 'enum':
      return { where: whole, message: `must be one of ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'format':
    case 'pattern': {
      const expected = parent['x-expected'];
      return { where: whole, message: `${JSON.stringify(error.data)} is not ${typeof expected === 'string' ? expected : `of the form ${String(params.format ?? params.pattern)}`}` };
    }
    case 'minimum':
      return { where: whole, message: `must be at least ${String(params.limit)}` };
    case 'maximum':
      return { where: whole, message: `must be at most ${String(params.limit)}` };
    case 'minLength':
      return { where: whole, message: params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters` };
    case 'minProperties':
      return { where: whole, message: 'give at least one field to change, such as {"venue": "M7"}' };
    default:
      return { where: whole, message: error.message ?? 'is not valid' };
  }
}

/** One problem per field, the first found: a wrong field is named once. */
function problemsOf(errors: readonly ErrorObject[], part: Part): Problem[] {
  const byField = new Map<string, Problem>();
  for (const error of errors) {
    const problem = problemOf(error, part);
    if (!byField.has(problem.where)) byField.set(problem.where, problem);
  }
  return [...byField.values()];
}

function refusal(problems: Problem[], method: string): AgoraError {
  const names = problems.map((problem) => problem.where);
  const subject = `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} not valid`;
  const message = method === 'GET' || method === 'HEAD' ? `The request was refused: ${subject}.` : `Nothing was saved: ${subject}.`;
  return new AgoraError('AGORA_BAD_INPUT', message, { problems });
}

/**
 * A Fastify validator compiler for the API's routes.
 *
 * Examples: `scope.setValidatorCompiler(apiValidatorCompiler)`.
 */
export const apiValidatorCompiler: FastifySchemaCompiler<object> = ({ schema, method, httpPart }) => {
  const part = (httpPart ?? 'body') as Part;
  const validate = (part === 'body' ? AJV.typed : AJV.text).compile(schema);
  return (data: unknown) => {
    if (validate(data)) return { value: data };
    return { error: refusal(problemsOf(validate.errors ?? [], part), method) };
  };
};
