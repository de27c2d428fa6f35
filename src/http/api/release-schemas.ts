/** Releases on the wire: `GET /api/releases`, `GET /api/releases/<id>`, `POST /api/releases`. */
import { Type } from 'typebox';
import { MAX_RELEASE_COMMENT, MAX_RELEASE_NAME } from '../../app/releases.ts';
import { nullable } from './schema-kit.ts';

export const ReleaseSchema = Type.Object(
  {
    id: Type.Integer({ description: 'The release number: 1, 2, 3 … (its exports are under /v/<id>/)' }),
    revision: Type.Integer({ description: 'The revision it publishes' }),
    name: Type.String({ description: '"Update 3"' }),
    comment: nullable(Type.String(), { description: '"M3 closed on Thursday"' }),
    at: Type.String({ format: 'date-time', description: 'When it was published' }),
    actor: Type.String({ description: 'Who published it' }),
  },
  { additionalProperties: false },
);

const EntryInLog = Type.Unknown({ description: 'The entry as it is in this release (as /api/entries shows entries, without revision)' });
const Placement = Type.Object(
  { date: nullable(Type.String()), start: nullable(Type.String()), end: nullable(Type.String()), venue: nullable(Type.String()) },
  { additionalProperties: false },
);
const FieldChange = Type.Object(
  { field: Type.String(), before: nullable(Type.String()), after: nullable(Type.String()) },
  { additionalProperties: false },
);

export const ChangelogSchema = Type.Object(
  {
    added: Type.Array(EntryInLog, { description: 'New since the release before' }),
    cancelled: Type.Array(EntryInLog),
    restored: Type.Array(EntryInLog, { description: 'Cancelled before, taking place again' }),
    removed: Type.Array(EntryInLog, { description: 'No longer in the programme (as they were in the release before)' }),
    moved: Type.Array(Type.Object({ entry: EntryInLog, from: Placement, to: Placement, fields: Type.Array(FieldChange) }, { additionalProperties: false }), {
      description: 'New date, time or venue (old → new), with any other field that changed',
    }),
    changed: Type.Array(Type.Object({ entry: EntryInLog, fields: Type.Array(FieldChange) }, { additionalProperties: false }), {
      description: 'Same place and time, other fields changed',
    }),
    around: Type.Array(Type.Union([Type.Literal('venues'), Type.Literal('notes'), Type.Literal('conference')]), {
      description: 'Venues, footnotes or the conference\'s own fields changed',
    }),
  },
  { additionalProperties: false },
);

export const ReleaseWithChangelogSchema = Type.Object(
  {
    release: ReleaseSchema,
    previous: nullable(Type.Integer(), { description: 'The release it is compared with; null for the first (everything is new)' }),
    changelog: ChangelogSchema,
  },
  { additionalProperties: false },
);

export const ReleasesAnswer = Type.Object(
  {
    conference: Type.String(),
    releases: Type.Array(ReleaseWithChangelogSchema, { description: 'Newest first' }),
  },
  { additionalProperties: false },
);

export const ReleaseParams = Type.Object(
  { release: Type.Integer({ minimum: 1, maximum: 2147483647, description: 'The release number' }) },
  { additionalProperties: false },
);

export const NewReleaseBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: MAX_RELEASE_NAME, description: 'A name readers recognise: "Update 3"' }),
    comment: Type.Optional(nullable(Type.String({ maxLength: MAX_RELEASE_COMMENT }), { description: 'What it is about: "M3 closed on Thursday"' })),
  },
  { additionalProperties: false },
);
