/**
 * Every word the web pages and their client script show, in one catalogue (English for now).
 *
 * The programme will be read in the UN's six languages, Arabic right to left: a page never holds
 * a user-facing string of its own, it asks this catalogue. A later language is one more object of
 * the type {@link Messages}; sentences are whole functions rather than glued fragments so that a
 * translation can order its words as its grammar wants.
 */
import type { FormatId } from '../formats/registry.ts';
import type { EntryKind } from '../model/programme.ts';

const kinds: Record<EntryKind, string> = {
  plenary: 'Plenary',
  parallel: 'Parallel meeting',
  'side-event': 'Side event',
};

export const en = {
  /** BCP 47 tag for `lang` and for `Intl`; en-GB writes 24-hour times and "Monday 15 October". */
  locale: 'en-GB',
  direction: 'ltr' as 'ltr' | 'rtl',
  agora: 'Agora',
  skipToContent: 'Skip to content',
  titleSeparator: ' – ',
  listSeparator: ', ',
  sponsorSeparator: ' / ',
  /** Between the day, time and venue of an entry in a list: "13:00–14:00 · R1". */
  detailSeparator: ' · ',

  nav: {
    label: 'Programme',
    home: 'Home',
    days: 'Days',
    now: 'Now and next',
    search: 'Search',
    agenda: 'My agenda',
    changes: 'Changes',
  },

  footer: {
    revision: (revision: number) => `Programme revision ${revision}.`,
    updates: 'Get updates by e-mail',
    timeZone: (city: string | null, zone: string) => (city ? `Times are ${city} time (${zone}).` : `Times are in the ${zone} time zone.`),
  },

  publication: {
    /** Every page says so while the conference publishes on release and has not released yet. */
    notYet: 'The programme has not been published yet. The secretariat is preparing it; it will appear here, in the downloads and on the monitors as soon as the first version is released.',
  },

  kinds,
  kindsPlural: {
    plenary: 'Plenary',
    parallel: 'Parallel meetings',
    'side-event': 'Side events',
  } satisfies Record<EntryKind, string>,

  entry: {
    item: (item: string, title: string) => `Item ${item}. ${title}`,
    splitPanel: 'Split panel',
    splitPanelNamed: (titles: string[]) => `Split panel: ${titles.join(' / ')}`,
    continued: '(continued)',
    cancelled: 'Cancelled',
    cancelledNotice: 'This entry has been cancelled. It stays in the programme so that you know.',
    scheduled: 'Scheduled',
    /** Between the sponsors and the title of a side event: "Mexico: Security strategy". */
    sponsorsTitleSeparator: ': ',
    partLabel: (label: string) => `${label})`,
    noteMarkerLabel: (marker: string) => `Note ${marker}`,
    timeUnknown: 'Time not yet set',
    dateUnknown: 'Day not yet set',
    venueUnknown: 'Venue not named',
    seeEntry: (label: string) => `Details of ${label}`,
  },

  star: {
    add: 'Add to my agenda',
    remove: 'Remove from my agenda',
    iconOff: '☆',
    iconOn: '★',
  },

  home: {
    heading: 'Programme',
    dates: 'Dates',
    city: 'City',
    theme: 'Theme',
    daysHeading: 'The programme day by day',
    dayEntries: (count: number) => (count === 1 ? '1 entry' : `${count} entries`),
    findHeading: 'Find your way',
    nowLink: 'What is on now and next',
    searchLink: 'Search and filter the programme',
    agendaLink: 'My agenda: the entries you starred',
    monitorsHeading: 'Monitors',
    monitorLink: (building: string) => `Monitor for building ${building}`,
    monitorAll: 'Monitor for all venues',
    exportsHeading: 'Download the programme',
    exportsIntro: 'The same programme for calendars, schedule apps and spreadsheets; each always shows the latest revision.',
    exports: {
      json: 'Agora JSON (programme.json)',
      frab: 'Schedule XML for schedule apps (schedule.xml)',
      c3voc: 'Schedule JSON for schedule apps (schedule.json)',
      ical: 'Calendar, every entry (programme.ics)',
      csv: 'Spreadsheet (programme.csv)',
      text: 'Printed programme as text (programme.txt)',
    } satisfies Record<FormatId, string>,
    noDays: 'No days have been set for this conference yet.',
  },

  day: {
    title: (day: string) => day,
    previous: (day: string) => `Previous day: ${day}`,
    next: (day: string) => `Next day: ${day}`,
    daysNav: 'Other days',
    meetingsHeading: 'Plenary and parallel meetings',
    time: 'Time',
    plenary: 'Plenary',
    parallel: 'Parallel meeting',
    noMeetings: 'No plenary or parallel meetings on this day.',
    sideEventsHeading: 'Side events',
    venue: 'Venue',
    sideEvent: 'Side event',
    description: 'Description',
    noSideEvents: 'No side events on this day.',
    notesHeading: 'Notes',
    star: 'My agenda',
  },

  entryPage: {
    facts: 'Facts',
    kind: 'Kind',
    status: 'Status',
    day: 'Day',
    time: 'Time',
    venue: 'Venue',
    building: (building: string) => `building ${building}`,
    venueDetails: (details: string[]) => `(${details.join(', ')})`,
    capacity: (seats: number) => `${seats} seats`,
    agendaItem: 'Agenda item',
    continued: 'Continued',
    continuedValue: 'Carried on from an earlier slot',
    sponsors: 'Sponsors',
    expectedAttendance: 'Expected attendance',
    description: 'Description',
    partsHeading: 'Panels',
    notesHeading: 'Notes',
    addToCalendar: 'Add to calendar (.ics)',
    backToDay: (day: string) => `Back to ${day}`,
    actions: 'Keep it',
  },

  search: {
    title: 'Search the programme',
    intro: 'Search by words in titles, sponsors and descriptions; accents and capitals do not matter.',
    q: 'Words',
    day: 'Day',
    venue: 'Venue',
    sponsor: 'Sponsor',
    kind: 'Kind',
    any: 'Any',
    anyDay: 'Any day',
    anyVenue: 'Any venue',
    anyKind: 'Any kind',
    submit: 'Search',
    reset: 'Clear',
    results: (count: number) => (count === 0 ? 'Nothing found' : count === 1 ? '1 entry found' : `${count} entries found`),
    nothingFound: 'No entry matches. Try fewer words or fewer filters.',
    problemsHeading: 'Some of the search could not be used:',
    problem: {
      q: (max: number) => `Words: please use at most ${max} characters.`,
      day: (value: string) => `Day: “${value}” is not a day of this conference; choose one from the list.`,
      venue: (value: string) => `Venue: there is no venue called “${value}”; choose one from the list.`,
      sponsor: (value: string) => `Sponsor: no sponsor is called “${value}”; choose one from the suggestions.`,
      kind: (value: string) => `Kind: “${value}” is not a kind of entry; choose plenary, parallel meeting or side event.`,
      repeated: (field: string) => `${field}: give it once.`,
    },
  },

  now: {
    title: 'Now and next',
    at: (day: string, time: string, place: string | null) => (place === null ? `${day}, ${time}` : `${day}, ${time}, ${place}`),
    place: (city: string | null, zone: string) => (city ? `${city} time` : zone),
    preview: 'This is a preview of another moment.',
    backToNow: 'Show the real now',
    onNow: 'On now',
    nothingNow: 'Nothing is on at the moment.',
    next: (time: string) => `Next, from ${time}`,
    nextHeading: 'Next',
    nothingNext: 'Nothing more is scheduled today.',
    wholeDay: (day: string) => `The whole programme of ${day}`,
    before: (first: string) => `The conference has not started yet. It opens on ${first}.`,
    after: (last: string) => `The conference is over. Its last day was ${last}.`,
    noDates: 'The conference has no dates yet.',
    noZone: 'The programme does not name its time zone, so the time now there cannot be worked out. You can still preview a moment below.',
    previewLabel: 'See what is on at',
    previewSubmit: 'Show',
    badAt: (value: string) => `At: “${value}” is not a date and time such as 2012-10-16T14:30.`,
  },

  agenda: {
    title: 'My agenda',
    intro: 'Star entries with ☆ on the day pages, or with “Add to my agenda” on an entry’s page. Your stars are kept in this browser only; nobody else sees them.',
    noScript:
      'Your agenda lives in this browser and needs JavaScript, which is off or has not loaded. Without it, use the day pages, and “Add to calendar” on each entry to keep it in your own calendar.',
    empty: 'You have not starred any entry yet.',
    download: 'Download my agenda for a calendar (.ics)',
    count: (count: number) => (count === 1 ? '1 starred entry' : `${count} starred entries`),
    unknownIds: (ids: string[]) => `ids: there is no entry ${ids.map((id) => `“${id}”`).join(', ')} in this programme.`,
    noIds: 'ids: name at least one entry, such as ?ids=a,b.',
  },

  banner: {
    heading: 'Changed since you opened this page:',
    moved: (title: string, to: string, was: string) => `${title} moved to ${to} (was ${was})`,
    retimed: (title: string, now: string, was: string) => `${title} now ${now} (was ${was})`,
    redated: (title: string, now: string, was: string) => `${title} now on ${now} (was ${was})`,
    cancelled: (title: string) => `${title} cancelled`,
    restored: (title: string) => `${title} restored`,
    added: (title: string) => `${title} added`,
    changed: (title: string) => `${title} changed`,
    replaced: 'The whole programme was changed.',
    venuesChanged: 'A venue’s details changed.',
    settingsChanged: 'The conference’s details changed.',
    notesChanged: 'A footnote changed.',
    released: (name: string) => `The secretariat published ${name}.`,
    reload: 'Reload',
    noVenue: 'no venue',
    noTime: 'no time',
    noDay: 'no day',
  },

  updates: {
    title: 'Get updates by e-mail',
    intro: (site: string) => `Give your e-mail address to receive an e-mail each time the secretariat publishes a release of the programme of ${site}: its name, what the secretariat says about it, and a link to what changed.`,
    email: 'Your e-mail address',
    subscribe: 'Subscribe',
    privacy: 'The address is used for these e-mails only. Each e-mail has a link to stop them.',
    subscribedTitle: 'You are subscribed',
    subscribed: (email: string) => `${email} will receive an e-mail each time a release of the programme is published, with a link to what changed.`,
    welcome: 'A first e-mail confirms this and holds the link to stop the e-mails.',
    already: (email: string) => `${email} was already subscribed; nothing changed.`,
    badEmail: 'This is not an e-mail address. Write it as name@example.org.',
    crossSite: 'This form was sent from another site, so nothing was done. Use the form on this page.',
    refused: 'Nothing was done: correct the field marked.',
    unsubscribeTitle: 'Stop the e-mails',
    unsubscribeAsk: (email: string, site: string) => `Stop sending ${email} an e-mail for each release of the programme of ${site}?`,
    unsubscribe: 'Stop the e-mails',
    unsubscribedTitle: 'You are unsubscribed',
    unsubscribed: (email: string, site: string) => `${email} will receive no more e-mails about ${site}.`,
    badToken: 'This link is not valid (any more). Each e-mail’s link replaces the one before, so use the link in the newest e-mail. If you have already unsubscribed, there is nothing more to do.',
    noToken: 'This address needs the token from the link in an e-mail.',
    back: 'Back to the programme',
  },

  changes: {
    title: 'Changes to the programme',
    intro: 'Each release of the programme, newest first, with what changed since the release before it. Times are the conference’s own.',
    none: 'No release of the programme has been published yet. When the secretariat publishes one, it is listed here with what changed.',
    feeds: 'Follow the changes in a feed reader:',
    atom: 'Atom feed',
    rss: 'RSS feed',
    feedTitle: (site: string) => `Changes to the programme: ${site}`,
    published: (when: string) => `Published ${when}`,
    at: (day: string, time: string) => `${day} at ${time}`,
    first: (count: number) => `The first release: the programme as published, with ${count === 1 ? '1 entry' : `${count} entries`}.`,
    firstList: 'Every entry of the first release',
    nothing: 'Nothing a reader would notice changed since the release before.',
    since: (name: string) => `Changes since ${name}:`,
    added: 'New',
    cancelled: 'Cancelled',
    restored: 'Back in the programme',
    removed: 'Withdrawn from the programme',
    moved: 'Moved',
    changed: 'Changed',
    other: 'Also',
    was: 'was',
    now: 'now',
    noValue: 'none',
    around: {
      venues: 'Details of venues changed (names, buildings, capacity or opening hours).',
      notes: 'Footnotes changed.',
      conference: 'The conference’s own details changed (title, dates, city or notice).',
    },
    fields: {
      date: 'day',
      start: 'start',
      end: 'end',
      venue: 'venue',
      status: 'status',
      kind: 'kind',
      agendaItem: 'agenda item',
      title: 'title',
      continued: 'carried on from an earlier slot',
      sponsors: 'sponsors',
      description: 'description',
      notes: 'footnotes',
      parts: 'panels',
      expectedAttendance: 'expected attendance',
    },
    yes: 'yes',
    no: 'no',
    /** "Monday 12 May, 14:00–15:00, R1" */
    placement: (day: string | null, time: string | null, venue: string | null) =>
      [day ?? 'day not yet set', time ?? 'time not yet set', venue ?? 'venue not named'].join(', '),
    downloads: 'Downloads of this release',
    downloadsHeading: 'Downloads',
    releasePage: (name: string) => `${name}: downloads`,
    releaseIntro: (name: string, when: string) => `The programme exactly as it was published in ${name} (${when}). Later changes are not in these files.`,
    latest: 'For the latest programme, use the downloads on the programme’s home page.',
    seeChanges: 'What changed in this release',
    download: {
      pdf: 'PDF',
      ical: 'Calendar (iCal)',
      xml: 'Schedule XML',
      json: 'JSON',
      csv: 'Spreadsheet (CSV)',
    },
  },

  notFound: {
    title: 'Not found',
    day: (date: string) => `There is no day “${date}” in this programme.`,
    entry: (id: string) => `There is no entry “${id}” in this programme.`,
    conference: 'There is no such conference here.',
    help: 'The programme may have changed since the link was made. Start again from the programme’s home page.',
    home: 'Go to the programme',
  },
};

export type Messages = typeof en;

/** The catalogue for a language; English until the others are translated. */
export function messagesFor(_locale?: string): Messages {
  return en;
}
