/** What a restored database must be: whole, gap-free, and the source as it was at one revision. */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { readProgramme } from '../../../src/app/read-programme.ts';
import type { Store } from '../../../src/store/store.ts';

const BUSY_WRITER = fileURLToPath(new URL('./busy-writer.ts', import.meta.url));

/** The change log runs 1, 2, … up to the conference's revision, and no entry is ahead of it. */
export async function assertConsistent(store: Store, slug: string): Promise<void> {
  const record = await store.findConference(slug);
  assert.ok(record, `${slug} is in ${store.location}`);
  const changes = await store.changesSince(record.id, 0);
  assert.deepEqual(
    changes.map((change) => change.revision),
    Array.from({ length: record.revision }, (_, index) => index + 1),
    'the change log has no gap',
  );
  const { entries } = await store.readProgramme(record.id);
  const ahead = entries.filter((entry) => entry.revision > record.revision);
  assert.deepEqual(ahead.map((entry) => entry.id), [], 'no entry carries a revision after its conference');
}

/** `restored` holds `slug` exactly as `source` held it at `revision`: programme and change log. */
export async function assertSameAsAt(source: Store, restored: Store, slug: string, revision: number): Promise<void> {
  const sourceRecord = await source.findConference(slug);
  const restoredRecord = await restored.findConference(slug);
  assert.ok(sourceRecord && restoredRecord);
  assert.equal(restoredRecord.revision, revision);
  const then = await readProgramme(source, sourceRecord, revision);
  const now = await readProgramme(restored, restoredRecord);
  assert.deepStrictEqual(now.programme, then.programme);
  const sourceLog = (await source.changesSince(sourceRecord.id, 0)).filter((change) => change.revision <= revision);
  assert.deepStrictEqual(await restored.changesSince(restoredRecord.id, 0), sourceLog);
}

export interface BusyWriter {
  /** Stops the writer (SIGTERM, after its current commit) and resolves to how many commits it made. */
  stop(): Promise<number>;
}

/** Starts a {@link BUSY_WRITER} process on the database and waits for its first commit. */
export async function startBusyWriter(location: string, slug: string): Promise<BusyWriter> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', BUSY_WRITER, location, slug], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const deadline = Date.now() + 20_000;
  while (!stdout.includes('ready\n')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the busy writer did not start: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    async stop() {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const [code] = await exited;
      clearTimeout(killer);
      assert.equal(code, 0, `the busy writer stops on SIGTERM (${stderr})`);
      return Number(/wrote (\d+)/.exec(stdout)?.[1] ?? 0);
    },
  };
}

/** Waits until the conference's revision is past `revision`: the writer goes on after the backup. */
export async function waitForRevisionAfter(store: Store, slug: string, revision: number): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const current = (await store.findConference(slug))?.revision ?? 0;
    if (current > revision) return current;
    if (Date.now() > deadline) throw new Error(`${slug} stayed at revision ${current}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
