/**
 * The state a monitor starts from: built on the server for one screen and one moment, embedded
 * in the page and served as `state.json`.
 */
import { Temporal } from 'temporal-polyfill';
import type { Snapshot } from '../../app/programme-cache.ts';
import { AgoraError } from '../../errors.ts';
import type { Conference } from '../../model/programme.ts';
import { isClock, isDate, toInstant, wallClockAt, zoneForCity } from '../../model/wall-clock.ts';
import type { Store } from '../../store/store.ts';
import { dayStartOf } from './day-start.ts';
import { monitorEntry, onScreen, placementOf, type MonitorFilter, type MonitorState } from './monitor-model.ts';
import { monitorRows } from './monitor-rows.ts';

/** What a monitor's address says: which screen, and (for tests and previews) a fixed clock. */
export interface MonitorRequest {
  filter: MonitorFilter;
  /** `YYYY-MM-DDTHH:MM` on the conference's clock, or null for the real time. */
  at: string | null;
}

export interface MonitorQuery {
  building?: string;
  venue?: string;
  plenary?: string;
  at?: string;
  token?: string;
}

/** The query string schema of the monitor's routes. */
export const MONITOR_QUERY_SCHEMA = {
  type: 'object',
  properties: {
    building: { type: 'string', minLength: 1, maxLength: 100 },
    venue: { type: 'string', minLength: 1, maxLength: 100 },
    plenary: { type: 'string', enum: ['0', '1'] },
    at: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$' },
    token: { type: 'string', maxLength: 200 },
  },
} as const;

/** Reads the screen and clock from a query; refuses what it cannot show, naming the field. */
export function monitorRequest(query: MonitorQuery): MonitorRequest {
  const building = query.building?.trim() || null;
  const venue = query.venue?.trim() || null;
  if (building !== null && venue !== null) {
    throw new AgoraError('AGORA_BAD_INPUT', 'A monitor shows a building or one venue, not both: give either building or venue.', {
      problems: [{ where: 'venue', message: 'give either building or venue' }],
    });
  }
  const at = query.at ?? null;
  if (at !== null && !(isDate(at.slice(0, 10)) && isClock(at.slice(11)))) {
    throw new AgoraError('AGORA_BAD_TIME', `"${at}" is not a date and time; write it as 2031-05-12T13:30.`, {
      problems: [{ where: 'at', message: 'must be YYYY-MM-DDTHH:MM' }],
    });
  }
  return { filter: { building, venue, plenary: query.plenary !== '0' }, at };
}

/**
 * The conference's zone; where the programme names none, the zone of its city, and as a last
 * resort UTC (never the server's own zone).
 */
export function conferenceZone(conference: Conference): string {
  return conference.timeZone ?? (conference.city === null ? null : zoneForCity(conference.city)) ?? 'UTC';
}

/** The day and wall-clock time on the conference's clock: the fixed one when given, else now. */
export function monitorClock(zone: string, at: string | null): { date: string; time: string } {
  if (at !== null) return { date: at.slice(0, 10), time: at.slice(11) };
  return wallClockAt(Temporal.Now.instant(), zone);
}

/**
 * Changes are flagged from the start of the day shown. A fixed clock may show a day that has
 * not come yet; then the changes flagged are those of the real today, so that a preview (or a
 * test) shows the changes made now.
 */
export function flaggedSince(zone: string, date: string): Temporal.Instant {
  const shown = toInstant(date, '00:00', zone);
  const today = toInstant(wallClockAt(Temporal.Now.instant(), zone).date, '00:00', zone);
  return Temporal.Instant.compare(shown, today) <= 0 ? shown : today;
}

export async function monitorState(store: Store, snapshot: Snapshot, request: MonitorRequest): Promise<MonitorState> {
  const { conference } = snapshot.programme;
  const zone = conferenceZone(conference);
  const { date, time } = monitorClock(zone, request.at);
  const since = flaggedSince(zone, date);
  const dayStart = await dayStartOf(store, snapshot, since);
  const wasById = new Map(dayStart.map((item) => [item.id, item.was]));
  const venues = snapshot.programme.venues.map((venue) => ({ name: venue.name, building: venue.building }));
  const entries = snapshot.programme.entries
    .filter((entry) => {
      const was = wasById.get(entry.id);
      return onScreen(placementOf(entry), request.filter, venues) || (was != null && onScreen(was, request.filter, venues));
    })
    .map(monitorEntry);
  return {
    conference: { slug: snapshot.record.slug, title: conference.title, session: conference.session, timeZone: zone },
    revision: snapshot.revision,
    filter: request.filter,
    date,
    clock: time,
    flaggedSince: since.toString(),
    venues,
    entries,
    dayStart,
    rows: monitorRows({ entries, dayStart: wasById, venues, filter: request.filter, date, clock: time }),
  };
}
