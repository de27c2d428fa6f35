/** The change log on the wire: `GET /api/changes?since=N`. */
import { Type } from 'typebox';
import { CHANGE_KINDS } from '../../store/change.ts';
import { nullable } from './schema-kit.ts';

export const MAX_CHANGES = 1000;
export const DEFAULT_CHANGES = 500;

export const ChangesQuery = Type.Object(
  {
    since: Type.Optional(Type.Integer({ minimum: 0, default: 0, description: 'Answer the changes after this revision (0: from the first)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_CHANGES, default: DEFAULT_CHANGES, description: `At most this many changes (up to ${MAX_CHANGES})` })),
  },
  { additionalProperties: false },
);

const ChangeSchema = Type.Object(
  {
    revision: Type.Integer({ description: 'The conference\'s revision this change made' }),
    at: Type.String({ format: 'date-time', description: 'When it was committed' }),
    actor: Type.String({ description: 'Who made it: "token:desk-1", "cli", …' }),
    kind: Type.Enum([...CHANGE_KINDS], { type: 'string' }),
    entryId: nullable(Type.String(), { description: 'The entry changed; null for an import of the whole programme and for a venue, settings or note change' }),
    before: Type.Unknown({ description: 'The entry before (null for a new one, and for an import: read /api/entries instead)' }),
    after: Type.Unknown({ description: 'The entry after (null for an import)' }),
    reload: Type.Boolean({ description: 'True when the change replaced the whole programme or changed a venue, the settings or a note: read it again' }),
    meta: Type.Object({}, { additionalProperties: true, description: 'Facts about the change, such as the conflicts it left' }),
  },
  { additionalProperties: false },
);

export const ChangesAnswer = Type.Object(
  {
    conference: Type.String({ description: 'The conference\'s slug' }),
    revision: Type.Integer({ description: 'The conference\'s revision now (in "public on release" mode, for a caller who may not read the draft: the newest release\'s)' }),
    changes: Type.Array(ChangeSchema, { description: 'Oldest first' }),
    more: Type.Boolean({ description: 'True when more changes follow: ask again with since set to the last revision here' }),
  },
  { additionalProperties: false, description: 'Changes after `since`, oldest first' },
);
