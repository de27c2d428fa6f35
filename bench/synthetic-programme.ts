/**
 * A made-up programme of any size, the same for the same seed: for benchmarks and load tests.
 *
 * The mix follows a real session: about a fifth of the entries are plenary agenda items in two
 * sittings a day (10:00–13:00 and 15:00–18:00) of about ten items each, a few are parallel meetings
 * beside them, and the rest are side events in rooms before, between and after the sittings. A
 * larger programme has more days (and sponsors), so it is a longer conference rather than a more
 * crowded one. A few side events are placed off the grid, so every overlap rule has some
 * findings, as real drafts do.
 *
 * Every entry is valid: ids are unique, venues exist, dates fall within the conference, times are
 * on 5-minute boundaries between 08:00 and 20:00, and every entry ends after it starts.
 */
import { addDays, formatClock } from '../src/model/wall-clock.ts';
import { createEntry, emptyConference, type Entry, type Programme, type Venue } from '../src/model/programme.ts';

/** Side-event slots between and around the plenary sittings, as [start, end] in minutes. */
const SIDE_EVENT_SLOTS: readonly (readonly [number, number])[] = [
  [8 * 60, 9 * 60],
  [9 * 60, 10 * 60],
  [13 * 60, 14 * 60],
  [14 * 60, 15 * 60],
  [18 * 60, 19 * 60],
  [19 * 60, 20 * 60],
];
const SITTINGS: readonly (readonly [number, number])[] = [
  [10 * 60, 13 * 60],
  [15 * 60, 18 * 60],
];
const FIRST_DAY = '2031-03-03';
const ITEMS_PER_SITTING = 10;

/** A programme of `n` entries; the same `seed` gives the same programme. */
export function syntheticProgramme(n: number, seed = 1): Programme {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const plenaryCount = Math.round(n * 0.2);
  const parallelCount = Math.min(n - plenaryCount, Math.round(n * 0.05));
  const sideEventCount = n - plenaryCount - parallelCount;
  // A sitting holds about ten agenda items, as real ones do: a larger programme has more days,
  // not sittings of hundreds of items (which would make the output, not the checking, grow).
  const days = Math.max(5 + Math.floor(random() * 6), Math.ceil(plenaryCount / (SITTINGS.length * ITEMS_PER_SITTING)));
  const dates = Array.from({ length: days }, (_, day) => addDays(FIRST_DAY, day));
  // Rooms enough that side events fill about half of the day × room × slot grid.
  const venueCount = Math.max(40, Math.ceil((2 * sideEventCount) / (days * SIDE_EVENT_SLOTS.length)));
  const sponsorCount = Math.max(200, Math.ceil(n / 5));

  const venues: Venue[] = Array.from({ length: venueCount }, (_, index) => ({
    id: `room-${index + 1}`,
    name: `Room ${index + 1}`,
    building: `Building ${String.fromCharCode(65 + (index % 6))}`,
    capacity: 40 + 20 * Math.floor(random() * 20),
    openingHours: index % 10 === 9 ? [] : [{ date: null, start: '08:00', end: '20:00' }],
  }));
  const sponsors = Array.from({ length: sponsorCount }, (_, index) => `Delegation ${index + 1}`);

  const entries: Entry[] = [];

  const sittings = dates.flatMap((date) => SITTINGS.map(([start, end]) => ({ date, start, end })));
  for (let index = 0; index < plenaryCount; index += 1) {
    const sitting = sittings[Math.floor((index * sittings.length) / plenaryCount)] ?? sittings[0];
    if (sitting === undefined) break;
    entries.push(
      createEntry({
        id: `plenary-${index + 1}`,
        kind: 'plenary',
        title: `Agenda item ${index + 1}`,
        agendaItem: String(index + 1),
        date: sitting.date,
        start: formatClock(sitting.start),
        end: formatClock(sitting.end),
      }),
    );
  }
  for (let index = 0; index < parallelCount; index += 1) {
    const sitting = pick(sittings);
    entries.push(
      createEntry({
        id: `parallel-${index + 1}`,
        kind: 'parallel',
        title: `Working group ${index + 1}`,
        date: sitting.date,
        start: formatClock(sitting.start),
        end: formatClock(sitting.end),
      }),
    );
  }

  // Side events fill free cells of the grid (day × room × slot), in random order.
  const cellCount = days * venueCount * SIDE_EVENT_SLOTS.length;
  const cells = shuffledIndexes(cellCount, random);
  for (let index = 0; index < sideEventCount; index += 1) {
    const cell = cells[index % cellCount] ?? 0;
    const slot = SIDE_EVENT_SLOTS[cell % SIDE_EVENT_SLOTS.length] ?? SIDE_EVENT_SLOTS[0] ?? [480, 540];
    const venue = venues[Math.floor(cell / SIDE_EVENT_SLOTS.length) % venueCount] as Venue;
    const date = dates[Math.floor(cell / (SIDE_EVENT_SLOTS.length * venueCount))] as string;
    let [start, end] = slot;
    const roll = random();
    if (roll < 0.03) {
      // Half an hour late: overlaps the next slot in the room, if it is taken.
      start = Math.min(start + 30, 19 * 60);
      end = start + 60;
    } else if (roll < 0.05) {
      // During a sitting of the plenary.
      start = 11 * 60 + 5 * Math.floor(random() * 12);
      end = start + 60;
    }
    const sponsorsOfEvent = new Set<string>();
    const sponsorTotal = 1 + Math.floor(random() * 3);
    while (sponsorsOfEvent.size < sponsorTotal) sponsorsOfEvent.add(pick(sponsors));
    entries.push(
      createEntry({
        id: `side-event-${index + 1}`,
        kind: 'side-event',
        title: `Side event ${index + 1} on ${pick(TOPICS)}`,
        sponsors: [...sponsorsOfEvent],
        description: `A discussion of ${pick(TOPICS)}.`,
        date,
        start: formatClock(start),
        end: formatClock(end),
        venue: venue.name,
        // Mostly within the room's capacity; about one in thirteen known figures is above it.
        expectedAttendance: random() < 0.5 ? null : Math.round((venue.capacity ?? 100) * (0.4 + 0.65 * random())),
      }),
    );
  }

  return {
    conference: {
      ...emptyConference(),
      title: 'Synthetic Conference',
      session: 'Benchmark session',
      organizer: 'Synthetic Secretariat',
      organizerShort: 'SYN',
      city: 'Lisbon',
      timeZone: 'Europe/Lisbon',
      startDate: dates[0] ?? FIRST_DAY,
      endDate: dates[dates.length - 1] ?? FIRST_DAY,
    },
    venues,
    notes: [],
    entries,
  };
}

const TOPICS = ['water data', 'early warning', 'financing', 'capacity-building', 'monitoring', 'youth', 'law reform', 'cities'];

/** 0, 1, …, count − 1 in a random order (Fisher–Yates). */
function shuffledIndexes(count: number, random: () => number): Uint32Array {
  const indexes = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) indexes[index] = index;
  for (let index = count - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const held = indexes[index] as number;
    indexes[index] = indexes[other] as number;
    indexes[other] = held;
  }
  return indexes;
}

/** A small, fast PRNG (mulberry32): numbers in [0, 1), the same for the same seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
