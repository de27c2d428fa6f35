/**
 * How long `findConflicts` takes as a programme grows: 1k, 10k and 100k synthetic entries.
 *
 * Each size is warmed up (at least 3 runs and half a second), then timed over at least 7 runs and
 * a second; the median is printed with the growth from the size before (t(10n)/t(n)) beside what
 * n log n growth would be (10·log(10n)/log n). Growth above that at 100k comes from memory rather
 * than from the algorithm: a programme of that size no longer fits in the processor's caches, and
 * the garbage collector has more to do.
 *
 *   npx tsx bench/conflicts.ts
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { findConflicts } from '../src/model/conflicts/index.ts';
import { syntheticProgramme } from './synthetic-programme.ts';

const SIZES = [1_000, 10_000, 100_000];
/** At least this many timed runs, and more for small sizes until they fill TIMED_MS. */
const MIN_RUNS = 7;
const TIMED_MS = 1_000;
/** Warm-up runs until the JIT has settled: at least this many, for at least WARM_UP_MS. */
const MIN_WARM_UPS = 3;
const WARM_UP_MS = 500;

interface Row {
  n: number;
  runs: number;
  median: number;
  findings: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function measure(n: number): Row {
  const programme = syntheticProgramme(n, 42);
  let findings = 0;
  const warmUpStarted = performance.now();
  for (let run = 0; run < MIN_WARM_UPS || performance.now() - warmUpStarted < WARM_UP_MS; run += 1) {
    findings = findConflicts(programme).length;
  }
  const times: number[] = [];
  const started = performance.now();
  while (times.length < MIN_RUNS || performance.now() - started < TIMED_MS) {
    const runStarted = performance.now();
    findings = findConflicts(programme).length;
    times.push(performance.now() - runStarted);
  }
  return { n, runs: times.length, median: median(times), findings };
}

const rows = SIZES.map(measure);
const table = rows.map((row, index) => {
  const before = rows[index - 1];
  const growth = before === undefined ? '' : (row.median / before.median).toFixed(1);
  const nLogN = before === undefined ? '' : ((row.n / before.n) * (Math.log(row.n) / Math.log(before.n))).toFixed(1);
  return {
    entries: row.n.toLocaleString('en-GB'),
    findings: row.findings.toLocaleString('en-GB'),
    runs: row.runs,
    'median ms': row.median.toFixed(1),
    'growth t(10n)/t(n)': growth,
    'n log n growth': nLogN,
  };
});

const load = loadavg().map((value) => value.toFixed(2)).join(' ');
console.log(`findConflicts on syntheticProgramme(n, 42): median of the timed runs after warming up`);
// Other work on the machine slows every figure; the load average says how busy it was.
console.log(`Node ${process.version}, ${cpus().length} CPUs, load average ${load} at the end`);
console.table(table);
const tenThousand = rows.find((row) => row.n === 10_000);
if (tenThousand !== undefined) {
  console.log(`10k entries: ${tenThousand.median.toFixed(1)} ms (target ≤ 50 ms: ${tenThousand.median <= 50 ? 'met' : 'NOT met'})`);
}
