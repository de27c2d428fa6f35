/**
 * The conference's clock in the browser: the date and `HH:MM` in the conference's zone, from
 * `Intl`, never the screen's own zone (a screen set to another zone still shows Vienna's time).
 */
import { MONITOR_MESSAGES as M } from '../messages.ts';

export interface WallTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM` */
  clock: string;
}

export interface ZoneClock {
  /** The wall-clock time now; a fixed clock always answers the same. */
  now(): WallTime;
  /** The wall-clock time of an instant (milliseconds since the epoch). */
  at(epochMs: number): WallTime;
}

function partsFormat(zone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(M.locale, {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

/** The clock of `zone`; with `fixed` (`YYYY-MM-DDTHH:MM`), a clock stopped at that time, for tests and previews. */
export function zoneClock(zone: string, fixed: string | null): ZoneClock {
  const format = partsFormat(zone);
  const at = (epochMs: number): WallTime => {
    const part = (type: Intl.DateTimeFormatPartTypes) => format.formatToParts(epochMs).find((item) => item.type === type)?.value ?? '00';
    const parts = { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
    return { date: `${parts.year}-${parts.month}-${parts.day}`, clock: `${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}` };
  };
  if (fixed !== null) {
    const stopped = { date: fixed.slice(0, 10), clock: fixed.slice(11, 16) };
    return { now: () => stopped, at: () => stopped };
  }
  return { now: () => at(Date.now()), at };
}
