import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cancelEntry, moveEntry } from '../../../src/app/entry-commands.ts';
import { importProgramme } from '../../../src/app/import-programme.ts';
import { Temporal } from 'temporal-polyfill';
import { readDayStart } from '../../../src/web/monitor/day-start.ts';
import { flaggedSince } from '../../../src/web/monitor/monitor-state.ts';
import type { MonitorRow, MonitorState, SectionName } from '../../../src/web/monitor/monitor-model.ts';
import { sampleProgramme } from '../../support/sample-programme.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';
import { testActor } from '../../support/test-actor.ts';

const MONDAY_1330 = '2031-05-12T13:30';

/** The sample programme with a second building, M, so entries can leave building R. */
function twoBuildings() {
  const programme = sampleProgramme();
  programme.venues.push({ id: 'm7', name: 'M7', building: 'M', capacity: 120, openingHours: [] });
  return programme;
}

async function stateOf(server: TestServer, query: string): Promise<MonitorState> {
  const response = await server.app.inject(`/monitor/state.json?${query}`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json<MonitorState>();
}

function section(state: MonitorState, name: SectionName): string[] {
  return state.rows.filter((row) => row.section === name).map((row) => row.id);
}

function row(state: MonitorState, id: string): MonitorRow {
  const found = state.rows.find((candidate) => candidate.id === id);
  assert.ok(found, `${id} is on the screen`);
  return found;
}

describe('the monitor state (state.json)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ programme: twoBuildings() });
  });
  after(() => server.close());

  test("lists today's entries in a building as Now, Next and Later at the monitor's clock, leaving out what has ended", async () => {
    const state = await stateOf(server, `building=R&at=${MONDAY_1330}`);
    assert.equal(state.date, '2031-05-12');
    assert.equal(state.clock, '13:30');
    assert.equal(state.conference.timeZone, 'Europe/Lisbon');
    assert.deepEqual(section(state, 'now'), ['salt-marsh']);
    assert.deepEqual(section(state, 'next'), ['eel-routes']);
    assert.deepEqual(section(state, 'later'), ['wg-data']);
    assert.deepEqual(row(state, 'salt-marsh'), {
      id: 'salt-marsh',
      section: 'now',
      start: '13:00',
      end: '14:00',
      venue: 'R1',
      label: 'Salt marshes as carbon stores',
      continued: false,
      sponsors: ['Portugal', 'Tidal Trust'],
      cancelled: false,
      left: false,
      flags: [],
    });
  });

  test('shows entries with no venue on a building monitor as Plenary, and leaves them out with plenary=0', async () => {
    const morning = await stateOf(server, 'building=R&at=2031-05-12T10:30');
    assert.deepEqual(section(morning, 'now'), ['opening', 'agenda']);
    assert.deepEqual(morning.rows.filter((item) => item.section === 'now').map((item) => item.venue), ['Plenary', 'Plenary']);
    assert.equal(row(morning, 'opening').label, 'Item 1 (a). Opening of the session');
    const withoutPlenary = await stateOf(server, 'building=R&plenary=0&at=2031-05-12T10:30');
    assert.deepEqual(withoutPlenary.rows.map((item) => item.id), ['salt-marsh', 'eel-routes']);
  });

  test("rolls to the next day: on Tuesday the screen shows Tuesday's entries", async () => {
    const tuesday = await stateOf(server, 'building=R&at=2031-05-13T09:00');
    assert.equal(tuesday.date, '2031-05-13');
    assert.deepEqual(tuesday.rows.map((item) => [item.id, item.section]), [['dune-law', 'next']]);
  });

  test("a venue's door sign shows that venue's entries only, and no plenary", async () => {
    const r1 = await stateOf(server, `venue=R1&at=2031-05-12T09:00`);
    assert.deepEqual(r1.rows.map((item) => item.id), ['salt-marsh', 'eel-routes']);
    const r2 = await stateOf(server, 'venue=r2&at=2031-05-13T09:00');
    assert.deepEqual(r2.rows.map((item) => item.id), ['dune-law']);
    assert.equal(r2.filter.venue, 'r2');
  });

  test('with neither building nor venue, the screen shows the whole programme of the day', async () => {
    const all = await stateOf(server, 'at=2031-05-12T09:00');
    assert.deepEqual(all.rows.map((item) => item.id), ['opening', 'agenda', 'salt-marsh', 'eel-routes', 'wg-data']);
  });

  test('a bad clock or a screen that is both a building and a venue is refused, naming the field', async () => {
    const badClock = await server.app.inject('/monitor/state.json?at=2031-02-30T13:30');
    assert.equal(badClock.statusCode, 400);
    assert.equal(badClock.json<{ code: string }>().code, 'AGORA_BAD_TIME');
    const both = await server.app.inject('/monitor/state.json?building=R&venue=R1');
    assert.equal(both.statusCode, 400);
    assert.deepEqual(both.json<{ problems: { where: string }[] }>().problems.map((problem) => problem.where), ['venue']);
  });

  test('answers 304 to a monitor that already holds this state', async () => {
    const first = await server.app.inject(`/monitor/state.json?building=R&at=${MONDAY_1330}`);
    const etag = first.headers.etag;
    assert.equal(typeof etag, 'string');
    const again = await server.app.inject({ url: `/monitor/state.json?building=R&at=${MONDAY_1330}`, headers: { 'if-none-match': String(etag) } });
    assert.equal(again.statusCode, 304);
  });
});

describe("the monitor state flags the day's changes", () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ programme: twoBuildings() });
  });
  after(() => server.close());

  test('a move made through the app layer shows where the entry was at the start of the day', async () => {
    await moveEntry(server.temp.store, server.record, 'eel-routes', { venue: 'R2' }, { actor: testActor('test:clerk') });
    await server.bus.poke();
    const state = await stateOf(server, `building=R&at=${MONDAY_1330}`);
    assert.deepEqual(state.dayStart, [{ id: 'eel-routes', was: { date: '2031-05-12', start: '14:00', end: '15:00', venue: 'R1', status: 'scheduled' } }]);
    assert.equal(row(state, 'eel-routes').venue, 'R2');
    assert.deepEqual(row(state, 'eel-routes').flags, [{ kind: 'moved', text: 'Moved to R2 (was R1)' }]);
  });

  test("a second change the same day keeps the day's first placement, and a new time is flagged beside the venue", async () => {
    await moveEntry(server.temp.store, server.record, 'eel-routes', { start: '16:00' }, { actor: testActor('test:clerk') });
    await server.bus.poke();
    const state = await stateOf(server, `building=R&at=${MONDAY_1330}`);
    assert.deepEqual(
      row(state, 'eel-routes').flags.map((flag) => flag.text),
      ['Moved to R2 (was R1)', 'Now 16:00 (was 14:00)'],
    );
    assert.equal(row(state, 'eel-routes').section, 'later');
  });

  test('an entry moved to another building stays on the monitor it left, saying where it went, and appears on the other', async () => {
    await moveEntry(server.temp.store, server.record, 'salt-marsh', { venue: 'M7' }, { actor: testActor('test:clerk') });
    await server.bus.poke();
    const left = row(await stateOf(server, `building=R&at=${MONDAY_1330}`), 'salt-marsh');
    assert.equal(left.left, true);
    assert.equal(left.venue, 'M7');
    assert.deepEqual(left.flags, [{ kind: 'moved', text: 'Moved to M7 (was R1)' }]);
    const arrived = row(await stateOf(server, `building=M&at=${MONDAY_1330}`), 'salt-marsh');
    assert.equal(arrived.left, false);
    assert.deepEqual(arrived.flags, [{ kind: 'moved', text: 'Moved to M7 (was R1)' }]);
  });

  test('a cancelled entry stays listed, marked cancelled', async () => {
    await cancelEntry(server.temp.store, server.record, 'wg-data', { actor: testActor('test:clerk') });
    await server.bus.poke();
    const cancelled = row(await stateOf(server, `building=R&at=${MONDAY_1330}`), 'wg-data');
    assert.equal(cancelled.cancelled, true);
    assert.deepEqual(cancelled.flags, [{ kind: 'cancelled', text: 'Cancelled' }]);
  });

  test('an entry moved to another day is shown at its old time with the day it went to', async () => {
    await moveEntry(server.temp.store, server.record, 'agenda', { date: '2031-05-13', start: '15:00', end: '16:00' }, { actor: testActor('test:clerk') });
    await server.bus.poke();
    const moved = row(await stateOf(server, 'building=R&at=2031-05-12T09:00'), 'agenda');
    assert.equal(moved.start, '10:00');
    assert.equal(moved.left, true);
    assert.deepEqual(moved.flags, [{ kind: 'moved-day', text: 'Moved to Tue 13 May 15:00' }]);
  });

  test('a programme imported again starts the day afresh: its entries carry no flags', async () => {
    await importProgramme(server.temp.store, twoBuildings(), { actor: testActor('test'), slug: 'cws3', replace: true });
    await server.bus.poke();
    const state = await stateOf(server, `building=R&at=${MONDAY_1330}`);
    assert.deepEqual(state.dayStart, []);
    assert.deepEqual(state.rows.flatMap((item) => item.flags), []);
  });
});

describe('which changes count as today\'s', () => {
  test('changes are flagged from midnight of the day shown, on the conference\'s clock', () => {
    assert.equal(flaggedSince('Europe/Lisbon', '2012-10-16').toString(), '2012-10-15T23:00:00Z');
    assert.equal(flaggedSince('Europe/Vienna', '2012-10-16').toString(), '2012-10-15T22:00:00Z');
  });

  test('a fixed clock on a day still to come flags the changes made today', () => {
    const today = Temporal.Now.zonedDateTimeISO('Europe/Lisbon').toPlainDate().toString();
    assert.equal(flaggedSince('Europe/Lisbon', '2999-01-01').toString(), flaggedSince('Europe/Lisbon', today).toString());
  });

  test('changes committed before the start of the day are part of the programme as the day began', async () => {
    const server = await startTestServer();
    try {
      const { revision } = await moveEntry(server.temp.store, server.record, 'eel-routes', { venue: 'R2' }, { actor: testActor('test') });
      const later = Temporal.Now.instant().add({ hours: 1 });
      assert.deepEqual(await readDayStart(server.temp.store, server.record.id, revision, later), []);
      const earlier = Temporal.Now.instant().subtract({ hours: 1 });
      assert.deepEqual((await readDayStart(server.temp.store, server.record.id, revision, earlier)).map((item) => item.id), ['eel-routes']);
    } finally {
      await server.close();
    }
  });
});
