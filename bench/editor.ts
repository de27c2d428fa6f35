/**
 * What a clerk waits for in the editor, over real HTTP on loopback against an in-process server
 * on an SQLite file, for a programme of --entries synthetic entries:
 *
 * - the grid of a day (`GET /admin?day=…`, rendered for each request) beside the public page of
 *   the same day (`GET /days/…`, rendered once per revision and then served from the cache);
 * - the conflict preview the grid asks for while an entry is dragged (`POST /admin/preview`);
 * - a move saved (`PATCH /api/entries/:id` with If-Match), beside the read of the same entry;
 * - a login (scrypt, N = 2^14), the one deliberately slow step.
 *
 * Each figure is the median of --runs requests after a warm-up; a ratio sets it against the
 * baseline measured in the same run.
 *
 *   npx tsx bench/editor.ts [--entries 2000] [--runs 30]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { logIn } from '../src/app/accounts/sessions.ts';
import { createUser } from '../src/app/accounts/users.ts';
import { importProgramme } from '../src/app/import-programme.ts';
import { buildServer } from '../src/http/server.ts';
import { openSqliteStore } from '../src/store/open-store.ts';
import { median } from './support/processes.ts';
import { syntheticProgramme } from './synthetic-programme.ts';

const { values } = parseArgs({ options: { entries: { type: 'string', default: '2000' }, runs: { type: 'string', default: '30' } } });
const ENTRIES = Number(values.entries);
const RUNS = Number(values.runs);
const PASSWORD = 'a bench password, never used elsewhere';
const admin = { name: 'bench', role: 'admin' as const };

async function timed(runs: number, once: (index: number) => Promise<void>): Promise<number> {
  for (let index = 0; index < 3; index += 1) await once(index);
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    await once(index + 3);
    times.push(performance.now() - started);
  }
  return median(times);
}

async function expectOk(response: Response, what: string): Promise<void> {
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
}

const dir = mkdtempSync(join(tmpdir(), 'agora-bench-editor-'));
const store = await openSqliteStore(join(dir, 'agora.db'));
try {
  const programme = syntheticProgramme(ENTRIES);
  const { conference: record } = await importProgramme(store, programme, { actor: admin, slug: 'bench' });
  await createUser(store, admin, { email: 'clerk@bench.invalid', name: 'Bench Clerk', role: 'editor', password: PASSWORD });
  const session = await logIn(store, { email: 'clerk@bench.invalid', password: PASSWORD, ip: '127.0.0.1' });
  const server = await buildServer({ store, logger: false });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  const headers = { cookie: `agora_session=${encodeURIComponent(session.secret)}`, 'x-csrf-token': session.csrf };

  const day = programme.entries.find((entry) => entry.date !== null)!.date!;
  const onDay = programme.entries.filter((entry) => entry.date === day && entry.kind === 'side-event' && entry.venue !== null && entry.start !== null);
  const entry = onDay[0]!;
  const venues = programme.venues.map((venue) => venue.name);
  const dayEntries = programme.entries.filter((candidate) => candidate.date === day).length;

  const grid = await timed(RUNS, async () => expectOk(await fetch(`${base}/admin?day=${day}`, { headers }), 'the grid'));
  const publicDay = await timed(RUNS, async () => expectOk(await fetch(`${base}/days/${day}`), 'the public day'));
  const preview = await timed(RUNS, async (index) =>
    expectOk(
      await fetch(`${base}/admin/preview`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ id: entry.id, patch: { venue: venues[index % venues.length] } }),
      }),
      'the preview',
    ),
  );
  const read = await timed(RUNS, async () => expectOk(await fetch(`${base}/api/entries/${entry.id}`), 'the read'));
  const save = await timed(RUNS, async (index) => {
    const current = await store.readEntry(record.id, entry.id);
    await expectOk(
      await fetch(`${base}/api/entries/${entry.id}`, {
        method: 'PATCH',
        headers: { ...headers, 'content-type': 'application/json', 'if-match': `"${current!.revision}"` },
        body: JSON.stringify({ venue: venues[index % venues.length] }),
      }),
      'the move',
    );
  });
  const login = await timed(Math.min(RUNS, 10), async () => {
    await logIn(store, { email: 'clerk@bench.invalid', password: PASSWORD, ip: '127.0.0.2' });
  });
  await server.app.close();

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`Programme: ${ENTRIES} entries, ${venues.length} venues; the day ${day} holds ${dayEntries} entries. Median of ${RUNS} requests after 3 warm-up.`);
  console.log(`grid of the day (GET /admin)            ${ms(grid)}   public day page (cached) ${ms(publicDay)}   ratio ${(grid / publicDay).toFixed(1)}`);
  console.log(`conflict preview (POST /admin/preview)  ${ms(preview)}   read of the entry ${ms(read)}   ratio ${(preview / read).toFixed(1)}`);
  console.log(`move saved (PATCH, If-Match, commit)    ${ms(save)}   read of the entry ${ms(read)}   ratio ${(save / read).toFixed(1)}`);
  console.log(`login (scrypt N=2^14, a session row)    ${ms(login)}`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
