/**
 * Small builders the API's schemas share: a value that may be null, and a text whose form is
 * explained in the words the app's own checks use.
 */
import { Type, type Static, type TSchema } from 'typebox';

/**
 * `schema` or null, written as one `type: [..., "null"]` so a refusal names one fault, not one per
 * branch of an `anyOf`.
 */
export function nullable<T extends TSchema>(schema: T, options: Record<string, unknown> = {}) {
  const plain = schema as unknown as { type: string };
  return Type.Unsafe<Static<T> | null>({ ...schema, ...options, type: [plain.type, 'null'] });
}

/**
 * A text of a given form; `expected` completes "\"25:00\" is not …" when a value is refused.
 *
 * Examples: `formattedText({ pattern: '^\\d+$' }, 'a whole number such as "12"')`.
 */
export function formattedText(form: { format?: string; pattern?: string }, expected: string, options: Record<string, unknown> = {}) {
  return Type.String({ ...form, ...options, 'x-expected': expected });
}
