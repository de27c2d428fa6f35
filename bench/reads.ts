/**
 * Reads: requests a second for the programme JSON and a day's HTML from `agora serve`, beside a
 * bare node:http server serving the same bytes in the same run, and the ratio.
 *
 *   npx tsx bench/reads.ts [--seconds 3] [--runs 5] [--connections 32]
 *
 * Target (issue #3): ratio ≥ 0.8.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AGORA_BIN, median, startAgora, startScript } from './support/processes.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '3' }, runs: { type: 'string', default: '5' }, connections: { type: 'string', default: '32' } },
});
const SECONDS = Number(values.seconds);
const RUNS = Number(values.runs);
const CONNECTIONS = Number(values.connections);
const DEMO = fileURLToPath(new URL('../demo/programme.txt', import.meta.url));

/** Requests per second that CONNECTIONS keep-alive loops get from `port` + `path` in SECONDS. */
async function load(port: number, path: string): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const until = Date.now() + SECONDS * 1000;
  let done = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, agent }, (response) => {
        if (response.statusCode !== 200) reject(new Error(`${path} answered ${response.statusCode}`));
        response.on('data', () => {});
        response.on('end', () => resolve());
      });
      req.on('error', reject);
      req.end();
    });
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < until) {
        await one();
        done += 1;
      }
    }),
  );
  agent.destroy();
  return done / ((Date.now() - started) / 1000);
}

function cli(args: string[]): string {
  const result = spawnSync(process.execPath, [AGORA_BIN, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`agora ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

const dir = mkdtempSync(join(tmpdir(), 'agora-bench-reads-'));
const children: { kill(signal?: NodeJS.Signals): boolean }[] = [];
try {
  const db = join(dir, 'agora.db');
  cli(['import', DEMO, '--db', db, '--conference', 'demo']);
  const port = 4400 + Math.floor(Math.random() * 500);
  children.push(await startAgora(db, port));
  const programme = JSON.parse(cli(['export', '--to', 'json', '--db', db])) as { entries: { date: string | null }[] };
  const day = programme.entries.find((entry) => entry.date)?.date as string;
  const paths = ['/programme.json', `/days/${day}`];
  const routes: Record<string, { type: string; body: string; etag: string }> = {};
  for (const path of paths) {
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    routes[path] = { type: response.headers.get('content-type') ?? 'text/plain', etag: response.headers.get('etag') ?? '"x"', body: await response.text() };
  }
  writeFileSync(join(dir, 'routes.json'), JSON.stringify(routes));
  const bare = await startScript('./bare-static-server.mjs', [join(dir, 'routes.json')]);
  children.push(bare.child);

  console.log(`bench/reads: ${CONNECTIONS} keep-alive connections, median of ${RUNS} runs of ${SECONDS} s, node ${process.version}`);
  console.log(`${'path'.padEnd(22)} ${'bytes'.padStart(8)} ${'agora req/s'.padStart(12)} ${'bare req/s'.padStart(12)} ${'ratio'.padStart(6)}`);
  for (const path of paths) {
    await load(port, path);
    await load(bare.port, path);
    const agora: number[] = [];
    const baseline: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // Alternate so that drift in the machine's load falls on both alike.
      agora.push(await load(port, path));
      baseline.push(await load(bare.port, path));
    }
    const ratio = median(agora) / median(baseline);
    console.log(
      `${path.padEnd(22)} ${String(Buffer.byteLength(routes[path]?.body ?? '')).padStart(8)} ${median(agora).toFixed(0).padStart(12)} ${median(baseline).toFixed(0).padStart(12)} ${ratio.toFixed(2).padStart(6)}`,
    );
  }
  console.log('target: ratio ≥ 0.8');
} finally {
  for (const child of children) child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
