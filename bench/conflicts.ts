/**
 * How long `findConflicts` takes as a programme grows: 1k, 10k and 100k synthetic entries.
 *
 * Each size is warmed up (at least 3 runs and half a second), then timed over at least 7 runs and
 * a second; the median is printed with the growth from the size before (t(10n)/t(n)) beside what
 * n log n growth would be (10·log(10n)/log n).
 *
 * Two more columns help read the growth. "ids named" counts the entry ids the findings name: the
 * sweep costs n log n plus one step per finding, and the synthetic programme keeps two plenary
 * sittings a day however large it is, so a sitting holds about n/50 agenda items and every side
 * event over it names all of them; that output grows faster than n. "one pass" times a loop that
 * only reads every entry once, as each rule must: its growth is what this machine makes of linear
 * work as the programme outgrows the processor's caches, the floor for any growth here. Other work
 * on the machine slows every figure; the load average is printed so a reader can judge.
 *
 *   npx tsx bench/conflicts.ts
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { findConflicts } from '../src/model/conflicts/index.ts';
import type { Programme } from '../src/model/programme.ts';
import { syntheticProgramme } from './synthetic-programme.ts';

const SIZES = [1_000, 10_000, 100_000];
/** At least this many timed runs, and more for small sizes until they fill TIMED_MS. */
const MIN_RUNS = 7;
const TIMED_MS = 1_000;
/** Warm-up runs until the JIT has settled: at least this many, for at least WARM_UP_MS. */
const MIN_WARM_UPS = 3;
const WARM_UP_MS = 500;

interface Timing {
  runs: number;
  /** Median wall-clock milliseconds of one run. */
  median: number;
  /** Median processor milliseconds of one run (less affected by other work on the machine). */
  cpu: number;
}

interface Row {
  n: number;
  conflicts: Timing;
  onePass: Timing;
  findings: number;
  /** Entry ids named by all findings together: the size of the output. */
  named: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function time(run: () => unknown): Timing {
  const warmUpStarted = performance.now();
  for (let count = 0; count < MIN_WARM_UPS || performance.now() - warmUpStarted < WARM_UP_MS; count += 1) run();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const started = performance.now();
  while (times.length < MIN_RUNS || performance.now() - started < TIMED_MS) {
    const cpuStarted = process.cpuUsage();
    const runStarted = performance.now();
    run();
    times.push(performance.now() - runStarted);
    const cpu = process.cpuUsage(cpuStarted);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  return { runs: times.length, median: median(times), cpu: median(cpuTimes) };
}

/** Reads each entry's kind, date, times, venue and sponsors once, and nothing more. */
function readEveryEntry(programme: Programme): number {
  let total = 0;
  for (const entry of programme.entries) {
    total += entry.kind.length + (entry.date?.length ?? 0) + (entry.start?.length ?? 0) + (entry.end?.length ?? 0);
    total += (entry.venue?.length ?? 0) + entry.sponsors.length;
  }
  return total;
}

function measure(n: number): Row {
  const programme = syntheticProgramme(n, 42);
  const findings = findConflicts(programme);
  const named = findings.reduce((total, finding) => total + finding.entries.length, 0);
  // Each run's findings are dropped at once, as a caller that reads them and moves on would.
  const conflicts = time(() => findConflicts(programme).length);
  const onePass = time(() => readEveryEntry(programme));
  return { n, conflicts, onePass, findings: findings.length, named };
}

const rows = SIZES.map(measure);
const table = rows.map((row, index) => {
  const before = rows[index - 1];
  const growth = (now: number, then: number | undefined): string => (then === undefined ? '' : (now / then).toFixed(1));
  const nLogN = before === undefined ? '' : ((row.n / before.n) * (Math.log(row.n) / Math.log(before.n))).toFixed(1);
  return {
    entries: row.n.toLocaleString('en-GB'),
    findings: row.findings.toLocaleString('en-GB'),
    'ids named': row.named.toLocaleString('en-GB'),
    runs: row.conflicts.runs,
    'median ms': row.conflicts.median.toFixed(1),
    'cpu ms': row.conflicts.cpu.toFixed(1),
    'growth t(10n)/t(n)': growth(row.conflicts.median, before?.conflicts.median),
    'n log n growth': nLogN,
    'one pass ms': row.onePass.median.toFixed(3),
    'one pass growth': growth(row.onePass.median, before?.onePass.median),
  };
});

const load = loadavg()
  .map((value) => value.toFixed(2))
  .join(' ');
console.log('findConflicts on syntheticProgramme(n, 42): median of the timed runs after warming up');
console.log(`Node ${process.version}, ${cpus().length} CPUs, load average ${load} at the end`);
console.table(table);
const tenThousand = rows.find((row) => row.n === 10_000);
if (tenThousand !== undefined) {
  const median = tenThousand.conflicts.median;
  console.log(`10k entries: ${median.toFixed(1)} ms (target ≤ 50 ms: ${median <= 50 ? 'met' : 'NOT met'})`);
}
