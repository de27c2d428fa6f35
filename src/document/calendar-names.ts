/** English month and weekday names as the programme prints them. */

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Monday first, as `weekdayOf` counts (1 = Monday). */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** 1 to 12 for a month name in any letter case, or null. */
export function monthNumber(name: string): number | null {
  const index = MONTH_NAMES.findIndex((month) => month.toLowerCase() === name.toLowerCase());
  return index < 0 ? null : index + 1;
}

/** 1 (Monday) to 7 (Sunday) for a weekday name in any letter case, or null. */
export function weekdayNumber(name: string): number | null {
  const index = WEEKDAY_NAMES.findIndex((day) => day.toLowerCase() === name.toLowerCase());
  return index < 0 ? null : index + 1;
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday - 1] ?? String(weekday);
}

/** `YYYY-MM-DD` from its parts. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The year, month and day of a `YYYY-MM-DD` date. */
export function dateParts(date: string): { year: number; month: number; day: number } {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return { year, month, day };
}
