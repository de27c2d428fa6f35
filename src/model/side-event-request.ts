/**
 * A side-event request: what an organiser asks the secretariat for before there is an entry.
 * It carries what the entry will need (sponsors, title, description, expected attendance), up to
 * three wished times in order, the needs a note will tell readers of, and a contact person.
 */

export type RequestStatus = 'submitted' | 'accepted' | 'declined' | 'scheduled' | 'cancelled';
export const REQUEST_STATUSES: readonly RequestStatus[] = ['submitted', 'accepted', 'declined', 'scheduled', 'cancelled'];

export type Refreshments = 'none' | 'before' | 'after';
export const REFRESHMENTS: readonly Refreshments[] = ['none', 'before', 'after'];

/** The languages a side event may ask interpretation into: the UN's six. */
export const INTERPRETATION_LANGUAGES: readonly string[] = ['Arabic', 'Chinese', 'English', 'French', 'Russian', 'Spanish'];

/** At most this many wished times, the first most wanted. */
export const MAX_CHOICES = 3;

/** A wished day and time, as the programme prints them: "2031-05-12", "13:15"–"14:45". */
export interface RequestChoice {
  date: string;
  start: string;
  end: string;
}

export interface RequestNeeds {
  refreshments: Refreshments;
  languages: string[];
}

/** What an organiser writes; the rest of a request is the secretariat's. */
export interface RequestFields {
  sponsors: string[];
  title: string;
  description: string | null;
  expectedAttendance: number | null;
  choices: RequestChoice[];
  needs: RequestNeeds;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
}

export interface SideEventRequest extends RequestFields {
  kind: 'side-event-request';
  id: number;
  conferenceId: number;
  organiserUserId: number;
  status: RequestStatus;
  decisionMessage: string | null;
  /** The side-event entry it became, once scheduled. */
  entryId: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);
}

/** The note text a refreshments need becomes, or null for none. */
export function refreshmentsNote(refreshments: Refreshments): string | null {
  if (refreshments === 'before') return 'Refreshments will be provided before the event.';
  if (refreshments === 'after') return 'Refreshments will be provided after the event.';
  return null;
}
