/** Side-event requests on the wire: `GET|POST /api/requests`, `GET|PUT /api/requests/<n>`, `POST /api/requests/<n>/withdraw`. */
import { Type } from 'typebox';
import { INTERPRETATION_LANGUAGES, MAX_CHOICES, REFRESHMENTS, REQUEST_STATUSES, type Refreshments, type RequestStatus } from '../../model/side-event-request.ts';
import { nullable } from './schema-kit.ts';

const Choice = Type.Object(
  {
    date: Type.String({ description: 'The day wanted: "2031-05-12"' }),
    start: Type.String({ description: '"13:15"' }),
    end: Type.String({ description: '"14:45"' }),
  },
  { additionalProperties: false },
);

/** The request form's fields as JSON: text as an organiser types it, checked as the form checks it. */
export const RequestBody = Type.Object(
  {
    sponsors: Type.String({ description: 'One sponsor a line, in order: "Chile\\nBrazil"' }),
    title: Type.String(),
    description: Type.Optional(Type.String()),
    expectedAttendance: Type.Optional(Type.String({ description: 'A whole number of people, or "" for not known' })),
    choices: Type.Array(Choice, { description: `Up to ${MAX_CHOICES} wished days and times, the first most wanted` }),
    refreshments: Type.Optional(Type.String({ description: `One of ${REFRESHMENTS.join(', ')} (none when left out)` })),
    languages: Type.Optional(Type.Array(Type.String(), { description: `Interpretation into any of ${INTERPRETATION_LANGUAGES.join(', ')}` })),
    contactName: Type.String(),
    contactEmail: Type.String(),
    contactPhone: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

const Placement = Type.Object(
  {
    entry: Type.String({ description: 'The entry the request became' }),
    date: nullable(Type.String()),
    start: nullable(Type.String()),
    end: nullable(Type.String()),
    venue: nullable(Type.String()),
  },
  { additionalProperties: false, description: 'Where and when it takes place, as the programme has it now' },
);

export const RequestSchema = Type.Object(
  {
    id: Type.Integer({ description: 'The request number' }),
    status: Type.Unsafe<RequestStatus>({ type: 'string', enum: [...REQUEST_STATUSES], description: 'cancelled is a withdrawn request' }),
    sponsors: Type.Array(Type.String()),
    title: Type.String(),
    description: nullable(Type.String()),
    expectedAttendance: nullable(Type.Integer()),
    choices: Type.Array(Choice),
    needs: Type.Object(
      {
        refreshments: Type.Unsafe<Refreshments>({ type: 'string', enum: [...REFRESHMENTS] }),
        languages: Type.Array(Type.String()),
      },
      { additionalProperties: false },
    ),
    contactName: Type.String(),
    contactEmail: Type.String(),
    contactPhone: nullable(Type.String()),
    decisionMessage: nullable(Type.String(), { description: 'What the secretariat wrote on accepting or declining' }),
    scheduled: nullable(Placement),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    version: Type.Integer({ description: 'Send it back as If-Match: "<version>" to edit or withdraw' }),
  },
  { additionalProperties: false },
);

export const RequestsAnswer = Type.Object(
  { conference: Type.String(), requests: Type.Array(RequestSchema, { description: 'The caller\'s own, newest first' }) },
  { additionalProperties: false },
);

export const RequestParams = Type.Object(
  { id: Type.Integer({ minimum: 1, maximum: 2147483647, description: 'The request number' }) },
  { additionalProperties: false },
);

export const IfMatchHeader = Type.Object({
  'if-match': Type.Optional(Type.String({ description: 'Required: the request\'s version as you read it, such as "2" (428 without it, 409 when stale)' })),
});
