/**
 * Every word the hall monitor shows, in one table, so that it can be translated as a whole.
 *
 * English only for now; the page takes its `lang` and `dir` from here, and dates and times are
 * formatted with `Intl` in this locale, so a right-to-left language needs only a new table.
 */

export const MONITOR_MESSAGES = {
  locale: 'en-GB',
  dir: 'ltr',
  pageTitle: (place: string) => `${place}: programme monitor`,
  building: (building: string) => `Building ${building}`,
  wholeProgramme: 'Programme',
  now: 'Now',
  next: 'Next',
  later: 'Later',
  continuedSection: (section: string) => `${section} (continued)`,
  columnTime: 'Time',
  columnVenue: 'Venue',
  columnEvent: 'Event',
  /** Where an entry with no venue is: the plenary hall, or a parallel meeting's room. */
  plenary: 'Plenary',
  parallelMeeting: 'Parallel meeting',
  venueToBeAnnounced: 'Venue to be announced',
  continued: '(continued)',
  cancelled: 'Cancelled',
  added: 'New',
  restored: 'Back on the programme',
  movedTo: (venue: string, was: string) => `Moved to ${venue} (was ${was})`,
  retimed: (time: string, was: string) => `Now ${time} (was ${was})`,
  movedToDay: (when: string) => `Moved to ${when}`,
  dayAndTime: (day: string, time: string) => `${day} ${time}`,
  timeInVenue: (when: string, venue: string) => `${when}, ${venue}`,
  timeRange: (start: string, end: string) => `${start}–${end}`,
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  nothingLeftToday: 'Nothing more is scheduled here today.',
  lastUpdated: (time: string) => `Last updated ${time}`,
  offlineHelp: 'The screen cannot reach the programme server. It keeps showing the last programme it received and reconnects by itself.',
  notRegistered: 'This screen is not registered',
  notRegisteredHelp: 'Ask the secretariat for a display token and open this page with ?token=… in its address.',
  notAllowed: 'This screen’s token may not show the monitor',
  badAddress: 'This monitor address cannot be shown',
} as const;

export type MonitorMessages = typeof MONITOR_MESSAGES;

const dayFormat = new Intl.DateTimeFormat(MONITOR_MESSAGES.locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const longDayFormat = new Intl.DateTimeFormat(MONITOR_MESSAGES.locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/**
 * A conference date (`YYYY-MM-DD`) as the monitor prints it: "Tue 13 May", or with `long`
 * "Tuesday 13 May". The date is a calendar date, not an instant, so it is formatted in UTC,
 * where it cannot slip to a neighbouring day.
 */
export function formatDay(date: string, long = false): string {
  const [year, month, day] = date.split('-').map(Number);
  const instant = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
  return (long ? longDayFormat : dayFormat).format(instant);
}
