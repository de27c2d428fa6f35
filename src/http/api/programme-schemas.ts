/** The shapes of a conference, its venues and its notes on the wire. */
import { Type } from 'typebox';
import { DateText } from './entry-schemas.ts';
import { nullable } from './schema-kit.ts';

const Text = (description: string) => nullable(Type.String(), { description });
const revision = Type.Integer({ minimum: 0, description: 'The conference\'s revision this answer shows' });

export const ConferenceAnswer = Type.Object(
  {
    slug: Type.String({ description: 'The conference\'s name in paths: /c/<slug>/…' }),
    revision,
    title: Text('"Conference of the Parties to the United Nations Convention against Transnational Organized Crime"'),
    session: Text('"Sixth session"'),
    organizer: Text('"United Nations Office on Drugs and Crime"'),
    organizerShort: Text('"UNODC"'),
    city: Text('"Vienna"'),
    timeZone: Text('The IANA time zone every wall-clock time is in, such as "Europe/Vienna"'),
    startDate: nullable(DateText('The first day')),
    endDate: nullable(DateText('The last day')),
    theme: Text('The theme, if any'),
    notice: Text('A notice to readers, if any'),
  },
  { additionalProperties: false, description: 'The conference' },
);

export const VenueSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String({ description: 'As entries name it: "M3", "Boardroom A"' }),
    building: Text('"M"'),
    capacity: nullable(Type.Integer(), { description: 'Seats' }),
    openingHours: Type.Array(
      Type.Object(
        {
          date: nullable(DateText('The day these hours apply to; null for every day')),
          start: Type.String(),
          end: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const NoteSchema = Type.Object(
  {
    id: Type.String(),
    text: Type.String({ description: 'Plain text; print gives it a marker (*, **, …)' }),
  },
  { additionalProperties: false },
);

export const VenuesAnswer = Type.Object({ revision, venues: Type.Array(VenueSchema) }, { additionalProperties: false, description: 'The venues' });
export const NotesAnswer = Type.Object({ revision, notes: Type.Array(NoteSchema) }, { additionalProperties: false, description: 'The footnotes' });
