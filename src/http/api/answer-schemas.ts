/**
 * What the API answers besides data: refusals (each with a code from `src/errors.ts` and the
 * fields at fault) and "not modified".
 */
import { Type, type TSchema } from 'typebox';
import { ConflictFindingSchema, StoredEntrySchema } from './entry-schemas.ts';

const ProblemSchema = Type.Object(
  {
    where: Type.String({ description: 'The field, query parameter or header at fault: "venue", "day", "if-match", "parts[0].title"' }),
    message: Type.String(),
  },
  { additionalProperties: false },
);

const refusalFields = {
  code: Type.String({ description: 'A stable code, such as AGORA_BAD_INPUT or AGORA_STALE_REVISION' }),
  message: Type.String({ description: 'One sentence a clerk can act on' }),
  problems: Type.Optional(Type.Array(ProblemSchema)),
};

export const refusal = (description: string) => Type.Object(refusalFields, { additionalProperties: false, description });

const FieldChangeSchema = Type.Object(
  { field: Type.String(), before: Type.Union([Type.String(), Type.Null()]), after: Type.Union([Type.String(), Type.Null()]) },
  { additionalProperties: false },
);

/** Who changed the entry since the revision the writer read, and how (see withTheirChange in src/app/write-entry.ts). */
const TheirChangeSchema = Type.Object(
  {
    actor: Type.String(),
    actorName: Type.String({ description: 'The name a clerk knows them by' }),
    at: Type.String({ description: 'When, as an ISO instant' }),
    revision: Type.Integer(),
    changes: Type.Array(FieldChangeSchema, { description: 'Each field before → after, as text' }),
  },
  { additionalProperties: false },
);

/** A 409: a stale If-Match (with the entry as it is now) or, in strict mode, the conflicts refused. */
export const writeConflict = () =>
  Type.Object(
    {
      ...refusalFields,
      current: Type.Optional(StoredEntrySchema),
      theirs: Type.Optional(TheirChangeSchema),
      conflicts: Type.Optional(Type.Array(ConflictFindingSchema)),
    },
    {
      additionalProperties: false,
      description: 'AGORA_STALE_REVISION: the entry changed since the ETag sent; `current` is the entry now, `theirs` who changed it and how. AGORA_CONFLICT_REFUSED (strict=true): `conflicts` are what the write would have left.',
    },
  );

export const notModified = () => Type.Null({ description: 'Not modified: the ETag sent in If-None-Match is still current' });

/** A read's 200 answer with its ETag header documented. */
export function tagged<T extends TSchema>(schema: T, etag: string): T {
  return { ...schema, headers: { etag: Type.String({ description: etag }) } };
}

export const badRequest = () => refusal('AGORA_BAD_INPUT: each field, query parameter or header at fault is named in `problems`');
export const notFound = () => refusal('AGORA_NOT_FOUND: no such conference or entry');

/** The refusals every write may answer besides its own. */
export const writeRefusals = () => ({
  400: badRequest(),
  401: refusal('AGORA_UNAUTHORISED: no bearer token, or an unknown or revoked one'),
  403: refusal('AGORA_FORBIDDEN: the token\'s role may not edit entries (a display token)'),
  404: notFound(),
  409: writeConflict(),
});
