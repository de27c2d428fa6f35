/**
 * The JSON Schema of `agora-programme/1`, read from `schemas/` once and compiled once.
 *
 * The file is found relative to this module, so reading works from any working directory.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type AnySchemaObject, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

export const PROGRAMME_SCHEMA_URL = new URL('../../../schemas/agora-programme-1.schema.json', import.meta.url);

let compiled: { schema: AnySchemaObject; validate: ValidateFunction } | null = null;

function load(): { schema: AnySchemaObject; validate: ValidateFunction } {
  if (compiled === null) {
    const schema = JSON.parse(readFileSync(PROGRAMME_SCHEMA_URL, 'utf8')) as AnySchemaObject;
    // verbose: each error carries the subschema it broke, which the messages read for allowed fields.
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true });
    compiled = { schema, validate: ajv.compile(schema) };
  }
  return compiled;
}

/** The schema document itself, as parsed from its file. */
export function programmeSchema(): AnySchemaObject {
  return load().schema;
}

/** Every way `value` breaks the schema; empty when it keeps to it. */
export function schemaErrors(value: unknown): ErrorObject[] {
  const { validate } = load();
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
