/** The iCalendar exports: the whole programme, one entry, a selection. */
export { exportIcalEntries, exportIcalEntry, exportIcalProgramme } from './ical-calendar.ts';
export { vtimezoneComponent, type YearSpan } from './vtimezone.ts';
