/**
 * What a schema asks for, in a clerk's words: "a time written HH:MM, or null when it is not known".
 *
 * Messages read these from the schema itself, so a field added to the schema is described
 * without a second list to keep in step.
 */

/** A JSON Schema object, read field by field. */
export type SchemaNode = Readonly<Record<string, unknown>>;

/** The programme schema's own date and time patterns, to recognise which a field uses. */
export interface SchemaPatterns {
  date: string | null;
  time: string | null;
}

export function isSchemaNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `schema` with a local `$ref` (`#/$defs/time`) replaced by what it names, its own keywords kept. */
export function resolveSchema(schema: SchemaNode, root: SchemaNode): SchemaNode {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  let target: unknown = root;
  for (const token of ref.slice(2).split('/')) target = isSchemaNode(target) ? target[token] : undefined;
  if (!isSchemaNode(target)) return schema;
  const { $ref: _ref, ...siblings } = schema;
  return { ...resolveSchema(target, root), ...siblings };
}

/** The date and time patterns of the programme schema's `$defs`. */
export function schemaPatterns(root: SchemaNode): SchemaPatterns {
  const defs = isSchemaNode(root.$defs) ? root.$defs : {};
  const patternOf = (name: string): string | null => {
    const def = defs[name];
    return isSchemaNode(def) && typeof def.pattern === 'string' ? def.pattern : null;
  };
  return { date: patternOf('date'), time: patternOf('time') };
}

/**
 * What a value must be to satisfy `schema`.
 *
 * Examples:
 *
 * ```ts
 * expectedValue({ $ref: '#/$defs/optionalTime' }, schema); // "a time written HH:MM, or null when it is not known"
 * expectedValue({ type: 'boolean' }, schema); // "true or false"
 * ```
 */
export function expectedValue(schema: SchemaNode, root: SchemaNode): string {
  const resolved = resolveSchema(schema, root);
  if ('const' in resolved) return JSON.stringify(resolved.const);
  if (Array.isArray(resolved.enum)) return `one of ${resolved.enum.map(String).join(', ')}`;
  const types = typesOf(resolved);
  const phrases = types.filter((type) => type !== 'null').map((type) => typePhrase(type, resolved, root));
  const known = phrases.join(' or ');
  if (!types.includes('null')) return known === '' ? 'a value' : known;
  return known === '' ? 'null' : `${known}, or null when it is not known`;
}

/** The `type` keyword of a schema as a list. */
export function typesOf(schema: SchemaNode): string[] {
  const type = schema.type;
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((item): item is string => typeof item === 'string') : [];
}

function typePhrase(type: string, schema: SchemaNode, root: SchemaNode): string {
  const patterns = schemaPatterns(root);
  switch (type) {
    case 'string':
      if (schema.pattern !== undefined && schema.pattern === patterns.time) return 'a time written HH:MM';
      if (schema.pattern !== undefined && schema.pattern === patterns.date) return 'a date written YYYY-MM-DD';
      return typeof schema.minLength === 'number' && schema.minLength > 0 ? 'text that is not empty' : 'text';
    case 'integer':
      return schema.minimum === 0 ? 'a whole number, 0 or more' : 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return isSchemaNode(schema.items) && typesOf(resolveSchema(schema.items, root)).includes('string')
        ? 'a list of text, such as ["Mexico"] or []'
        : 'a list in square brackets [ ]';
    case 'object':
      return 'an object in curly brackets { }';
    default:
      return type;
  }
}
