/**
 * The shapes of entries on the wire: as read (with their revision), as sent to create one, as
 * sent to change some of its fields, and what every write answers.
 */
import { Type } from 'typebox';
import { ENTRY_ID_PATTERN } from '../../app/entry-commands.ts';
import { EXPECTED } from '../../app/entry-fields.ts';
import { CONFLICT_RULES } from '../../model/conflicts/index.ts';
import { ENTRY_KINDS, ENTRY_STATUSES } from '../../model/programme.ts';
import { formattedText, nullable } from './schema-kit.ts';

/** `HH:MM` on a 24-hour clock, as `model/wall-clock.ts` reads it. */
const CLOCK_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d$';

export const EntryKindSchema = Type.Enum([...ENTRY_KINDS], { type: 'string' });
export const EntryStatusSchema = Type.Enum([...ENTRY_STATUSES], { type: 'string' });

export const DateText = (description: string) => formattedText({ format: 'date' }, EXPECTED.date, { description, examples: ['2012-10-16'] });
const ClockText = (description: string) => formattedText({ pattern: CLOCK_PATTERN }, EXPECTED.clock, { description, examples: ['14:00'] });
const Name = (description: string) => Type.String({ minLength: 1, description });

export const PartSchema = Type.Object(
  {
    label: Name('The part\'s label: "A", "B", …'),
    sponsors: Type.Array(Name('A sponsor\'s name'), { description: 'Who holds this part, in order' }),
    title: Name('The part\'s title'),
    description: nullable(Type.String(), { description: 'Plain text; no HTML' }),
  },
  { additionalProperties: false, description: 'One panel of a split panel' },
);

/** The fields of an entry a writer may set; `status` changes only through cancel and restore. */
const editableFields = {
  kind: EntryKindSchema,
  date: nullable(DateText('The day, on the conference\'s own calendar')),
  start: nullable(ClockText('Wall-clock start in the conference\'s time zone')),
  end: nullable(ClockText('Wall-clock end in the conference\'s time zone')),
  venue: nullable(Name('The venue\'s name, such as "M3"')),
  agendaItem: nullable(formattedText({}, EXPECTED.agendaItem, { description: 'Plenary only: "1 (a)", "2", …', examples: ['2 (b)'] })),
  title: Name('The title, plain text'),
  continued: Type.Boolean({ description: 'Carried on from an earlier slot; printed "(continued)"' }),
  sponsors: Type.Array(Name('A sponsor\'s name'), { description: 'Who holds the entry, in order' }),
  description: nullable(Type.String(), { description: 'Plain text; no HTML' }),
  notes: Type.Array(Name('A note id'), { description: 'Ids of the conference\'s notes this entry refers to' }),
  parts: Type.Array(PartSchema, { description: 'The panels of a split panel' }),
  expectedAttendance: nullable(Type.Integer({ minimum: 0 }), { description: 'How many people are expected' }),
};

const entryId = Type.String({ description: 'The entry\'s id, stable across revisions', examples: ['2012-10-16-launch'] });

export const StoredEntrySchema = Type.Object(
  {
    id: entryId,
    ...editableFields,
    status: EntryStatusSchema,
    revision: Type.Integer({ minimum: 1, description: 'The revision of the change that last wrote this entry; its ETag' }),
  },
  { additionalProperties: false, description: 'An entry of the programme' },
);

const optionalFields = Type.Partial(Type.Object(editableFields)).properties;

export const NewEntryBody = Type.Object(
  {
    ...optionalFields,
    id: Type.Optional(
      formattedText({ pattern: ENTRY_ID_PATTERN.source }, 'an entry id of lower-case letters, digits and hyphens, such as "2012-10-16-launch"', {
        description: 'Made from the date and title when not given',
      }),
    ),
    kind: editableFields.kind,
    title: editableFields.title,
  },
  { additionalProperties: false, description: 'A new entry: a kind and a title, and whatever else is known' },
);

export const EntryPatchBody = Type.Object(optionalFields, {
  additionalProperties: false,
  minProperties: 1,
  description:
    'The fields to change, such as {"venue": "M7"}. A change of only date, start, end or venue is a move, and a new start alone keeps the entry\'s length.',
});

export const ConflictFindingSchema = Type.Object(
  {
    rule: Type.Enum([...CONFLICT_RULES], { type: 'string' }),
    severity: Type.Enum(['error', 'warning'], { type: 'string' }),
    entries: Type.Array(Type.String(), { description: 'Ids of the entries involved' }),
    message: Type.String(),
  },
  { additionalProperties: false },
);

export const WriteAnswer = (description: string) =>
  Type.Object(
    {
      entry: StoredEntrySchema,
      revision: Type.Integer({ description: 'The conference\'s revision this write made' }),
      conflicts: Type.Array(ConflictFindingSchema, { description: 'Conflicts the entry is in after the write, errors and warnings' }),
    },
    { additionalProperties: false, description, headers: { etag: Type.String({ description: 'The entry\'s new ETag, "<revision>"' }) } },
  );

export const EntryIdParams = Type.Object({ id: Type.String({ description: 'The entry\'s id' }) });
