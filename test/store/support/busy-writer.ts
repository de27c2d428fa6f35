/**
 * A writer in a process of its own, for tests of what happens while the database is in use:
 * it edits, moves and adds entries of one conference through the app, one commit after another,
 * until it gets SIGTERM. It prints "ready" after its first commit and "wrote <n>" when it stops.
 *
 *   node --import tsx test/store/support/busy-writer.ts <db path or url> <slug>
 */
import { addEntry, moveEntry, updateEntry } from '../../../src/app/entry-commands.ts';
import { openStore } from '../../../src/store/open-store.ts';
import { testActor } from '../../support/test-actor.ts';

const [location, slug] = process.argv.slice(2);
if (location === undefined || slug === undefined) throw new Error('usage: busy-writer.ts <db> <slug>');
const store = await openStore(location);
const record = await store.findConference(slug);
if (record === null) throw new Error(`no conference ${slug} in ${location}`);
const { programme } = await store.readProgramme(record.id);
const ids = programme.entries.map((entry) => entry.id);
const venues = programme.venues.map((venue) => venue.name);

let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
});

let written = 0;
while (!stopping) {
  const id = ids[written % ids.length] as string;
  const options = { actor: testActor('busy-writer') };
  if (written % 5 === 4) {
    await addEntry(store, record, { kind: 'side-event', title: `Busy hour ${written}`, date: '2031-05-13', start: '08:00', end: '09:00', venue: venues[0] }, options);
  } else if (written % 5 === 2) {
    await moveEntry(store, record, id, { venue: venues[written % venues.length] ?? null }, options);
  } else {
    await updateEntry(store, record, id, { description: `Take ${written}` }, options);
  }
  written += 1;
  if (written === 1) process.stdout.write('ready\n');
  // better-sqlite3 answers synchronously, so without a turn of the event loop SIGTERM is never heard.
  await new Promise((resolve) => setImmediate(resolve));
}
await store.close();
process.stdout.write(`wrote ${written}\n`);
