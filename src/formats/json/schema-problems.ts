/**
 * Schema errors as Ajv reports them → problems a clerk can act on.
 *
 * Each problem names the JSON pointer of what is wrong and says what is expected there. An
 * unknown field is reported at the object that holds it with the field it most likely stands
 * for; when that field is also missing, the one problem says both.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Problem } from '../../errors.ts';
import { AGORA_PROGRAMME_FORMAT } from './agora-programme-json.ts';
import { expectedValue, isSchemaNode, schemaPatterns, type SchemaNode } from './expected-value.ts';
import { suggestField } from './field-suggestion.ts';
import { displayPointer } from './json-pointer.ts';
import { placeName } from './place-name.ts';

/**
 * One problem for each schema error, in Ajv's order.
 *
 * `errors` must come from a validator compiled with `verbose: true`, which gives each error the
 * value and the subschema it concerns; `root` is the schema document, for its `$defs`.
 */
export function schemaProblems(errors: readonly ErrorObject[], root: SchemaNode): Problem[] {
  const renamed = renamedFields(errors);
  const problems: Problem[] = [];
  for (const error of errors) {
    if (error.keyword === 'required' && renamed.has(renameKey(error.instancePath, stringParam(error, 'missingProperty')))) continue;
    problems.push({ where: displayPointer(error.instancePath), message: messageFor(error, root) });
  }
  return problems;
}

function messageFor(error: ErrorObject, root: SchemaNode): string {
  const subschema = isSchemaNode(error.parentSchema) ? error.parentSchema : {};
  switch (error.keyword) {
    case 'required':
      return missingFieldMessage(error, subschema, root);
    case 'additionalProperties':
      return unknownFieldMessage(error, subschema);
    case 'type':
      return `must be ${expectedValue(subschema, root)}; found ${shown(error.data)}`;
    case 'const':
      return error.instancePath === '/format' ? formatMessage(error.data) : `must be ${expectedValue(subschema, root)}; found ${shown(error.data)}`;
    case 'enum':
      return `must be one of ${enumValues(error).join(', ')}; found ${shown(error.data)}`;
    case 'pattern':
      return patternMessage(error, root);
    case 'minLength':
      return 'must not be empty';
    case 'minimum':
      return `must be ${String(error.params.limit)} or more; found ${shown(error.data)}`;
    default:
      return error.message ?? `does not keep to the ${error.keyword} rule of the schema`;
  }
}

function missingFieldMessage(error: ErrorObject, subschema: SchemaNode, root: SchemaNode): string {
  const field = stringParam(error, 'missingProperty');
  const properties = isSchemaNode(subschema.properties) ? subschema.properties : {};
  const fieldSchema = properties[field];
  const expected = isSchemaNode(fieldSchema) ? `: ${expectedValue(fieldSchema, root)}` : '';
  return `missing field "${field}"; ${placeName(error.instancePath)} needs it${expected}`;
}

function unknownFieldMessage(error: ErrorObject, subschema: SchemaNode): string {
  const field = stringParam(error, 'additionalProperty');
  const suggestion = suggestionFor(error, subschema);
  if (suggestion !== null) return `unknown field "${field}"; did you mean "${suggestion}"?`;
  return `unknown field "${field}"; remove it (${placeName(error.instancePath)} has only the fields ${allowedFields(subschema).join(', ')})`;
}

function formatMessage(found: unknown): string {
  const version = typeof found === 'string' ? /^agora-programme\/(\d+)$/.exec(found)?.[1] : undefined;
  if (version !== undefined && Number(version) > 1) {
    return `${shown(found)} is a newer version of the format than this Agora reads; it reads "${AGORA_PROGRAMME_FORMAT}" only, so update Agora or export the programme as "${AGORA_PROGRAMME_FORMAT}"`;
  }
  return `must be "${AGORA_PROGRAMME_FORMAT}", the name of this format; found ${shown(found)}`;
}

function patternMessage(error: ErrorObject, root: SchemaNode): string {
  const patterns = schemaPatterns(root);
  const pattern = error.params.pattern;
  if (pattern === patterns.time) return `${shown(error.data)} is not a time; write HH:MM on a 24-hour clock, such as "14:00"`;
  if (pattern === patterns.date) return `${shown(error.data)} is not a date; write YYYY-MM-DD, such as "2012-10-15"`;
  return `${shown(error.data)} is not written as expected (the pattern ${String(pattern)})`;
}

/** For each unknown field with a likely meaning: the object's pointer and the field it stands for. */
function renamedFields(errors: readonly ErrorObject[]): Set<string> {
  const renamed = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties' || !isSchemaNode(error.parentSchema)) continue;
    const suggestion = suggestionFor(error, error.parentSchema);
    if (suggestion !== null) renamed.add(renameKey(error.instancePath, suggestion));
  }
  return renamed;
}

function renameKey(pointer: string, field: string): string {
  return `${pointer}\u0000${field}`;
}

/** The field an unknown one most likely stands for, among those the object does not have yet. */
function suggestionFor(error: ErrorObject, subschema: SchemaNode): string | null {
  const present = isSchemaNode(error.data) ? Object.keys(error.data) : [];
  const free = allowedFields(subschema).filter((field) => !present.includes(field));
  return suggestField(stringParam(error, 'additionalProperty'), free);
}

function allowedFields(subschema: SchemaNode): string[] {
  return isSchemaNode(subschema.properties) ? Object.keys(subschema.properties) : [];
}

function enumValues(error: ErrorObject): string[] {
  const allowed: unknown = error.params.allowedValues;
  return Array.isArray(allowed) ? allowed.map(String) : [];
}

function stringParam(error: ErrorObject, name: string): string {
  const value: unknown = error.params[name];
  return typeof value === 'string' ? value : '';
}

/** A value as a clerk would recognise it in the file: `"25:00"`, `12`, `true`, `a list`. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value !== 'string') return String(value);
  const quoted = JSON.stringify(value);
  return quoted.length <= 42 ? quoted : `${quoted.slice(0, 40)}…"`;
}
