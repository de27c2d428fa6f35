/**
 * Live feed: N SSE clients (default 2,000) on `/api/live`, one change a second for S seconds
 * (default 30): p50/p99 from commit to receipt and the server's peak RSS, beside a bare
 * node:http SSE broadcaster with the same clients in the same run, and the ratio.
 *
 *   npx tsx bench/live.ts [--clients 2000] [--seconds 30] [--instances 1] [--database sqlite|postgres]
 *
 * With `--instances 2 --database postgres`, two `agora serve` processes share one PostgreSQL
 * database (created and dropped here, on AGORA_BENCH_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/test); clients are spread over them and the writes go to
 * the first, so most clients hear of each change through LISTEN/NOTIFY.
 *
 * Targets (issue #3): p99 ≤ 200 ms at 2,000 clients and within 1.5× of the bare broadcaster;
 * RSS ≤ 200 MB.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { request as httpRequest, Agent, type IncomingMessage } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchPostgresDatabase } from './support/postgres.ts';
import { AGORA_BIN, peakRssMb, percentile, startAgora, startScript } from './support/processes.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '30' },
    instances: { type: 'string', default: '1' },
    database: { type: 'string', default: 'sqlite' },
  },
});
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
const INSTANCES = Number(values.instances);
const DATABASE = values.database;
if (!Number.isInteger(CLIENTS) || CLIENTS < 1 || !Number.isInteger(SECONDS) || SECONDS < 1 || !Number.isInteger(INSTANCES) || INSTANCES < 1) {
  console.error('bench/live: --clients, --seconds and --instances take whole numbers of at least 1');
  process.exit(2);
}
if (DATABASE !== 'sqlite' && DATABASE !== 'postgres') {
  console.error('bench/live: --database is sqlite or postgres');
  process.exit(2);
}
if (DATABASE === 'sqlite' && INSTANCES > 1) {
  console.error('bench/live: several instances share one PostgreSQL database; add --database postgres');
  process.exit(2);
}
const DEMO = fileURLToPath(new URL('../demo/programme.txt', import.meta.url));

interface Run {
  name: string;
  latencies: number[];
  expected: number;
  rssMb: number;
}

const agent = new Agent({ keepAlive: false, maxSockets: Infinity });

/** Opens one SSE stream and records, for each change event, now − the event's commit time. */
function openClient(port: number, path: string, latencies: number[]): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, agent, headers: { accept: 'text/event-stream' } }, (response) => {
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        const received = Date.now();
        buffer += chunk;
        let split: number;
        while ((split = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, split);
          buffer = buffer.slice(split + 2);
          if (!block.includes('event: change')) continue;
          const at = /"at":"([^"]+)"/.exec(block)?.[1];
          if (at) latencies.push(received - Date.parse(at));
        }
      });
      resolve(response);
    });
    req.on('error', reject);
    req.end();
  });
}

async function openClients(ports: number[], path: string, latencies: number[]): Promise<IncomingMessage[]> {
  const responses: IncomingMessage[] = [];
  for (let start = 0; start < CLIENTS; start += 200) {
    const batch = Array.from({ length: Math.min(200, CLIENTS - start) }, (_, index) => openClient(ports[(start + index) % ports.length] as number, path, latencies));
    responses.push(...(await Promise.all(batch)));
  }
  return responses;
}

async function measure(name: string, children: ChildProcess[], ports: number[], path: string, change: (n: number) => Promise<void>): Promise<Run> {
  const latencies: number[] = [];
  const responses = await openClients(ports, path, latencies);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (let n = 0; n < SECONDS; n += 1) {
    const tick = Date.now();
    await change(n);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - tick))));
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const rssMb = Math.max(...children.map((child) => peakRssMb(child.pid as number)));
  for (const response of responses) response.destroy();
  for (const child of children) child.kill('SIGTERM');
  return { name, latencies, expected: CLIENTS * SECONDS, rssMb };
}

function cli(args: string[]): string {
  const result = spawnSync(process.execPath, [AGORA_BIN, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`agora ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

async function agoraRun(db: string): Promise<Run> {
  cli(['import', DEMO, '--db', db, '--conference', 'demo']);
  const token = (JSON.parse(cli(['token', 'create', '--role', 'editor', '--label', 'bench', '--db', db, '--json'])) as { token: string }).token;
  const entries = JSON.parse(cli(['export', '--to', 'json', '--db', db])) as { entries: { id: string }[] };
  const id = entries.entries.find((entry) => entry.id)?.id as string;
  const first = 3900 + Math.floor(Math.random() * 500);
  const ports = Array.from({ length: INSTANCES }, (_, index) => first + index);
  const children = await Promise.all(ports.map((port) => startAgora(db, port)));
  const base = `http://127.0.0.1:${ports[0]}`;
  const name = INSTANCES === 1 ? `agora (${DATABASE})` : `agora ×${INSTANCES} (${DATABASE})`;
  return measure(name, children, ports, '/api/live', async (n) => {
    const current = await fetch(`${base}/api/entries/${id}`);
    const etag = current.headers.get('etag') ?? '';
    await current.arrayBuffer();
    const response = await fetch(`${base}/api/entries/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'if-match': etag, 'content-type': 'application/json' },
      body: JSON.stringify({ description: `Benchmark change ${n}` }),
    });
    if (!response.ok) throw new Error(`PATCH answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  });
}

async function bareRun(): Promise<Run> {
  const { child, port } = await startScript('./bare-sse-server.mjs');
  return measure('bare node:http', [child], [port], '/live', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/tick`, { method: 'POST' });
    await response.arrayBuffer();
  });
}

function row(run: Run): string {
  const p50 = percentile(run.latencies, 50);
  const p99 = percentile(run.latencies, 99);
  return `${run.name.padEnd(18)} ${String(run.latencies.length).padStart(8)}/${run.expected} ${p50.toFixed(0).padStart(6)} ms ${p99.toFixed(0).padStart(6)} ms ${run.rssMb.toFixed(0).padStart(6)} MB`;
}

const dir = mkdtempSync(join(tmpdir(), 'agora-bench-live-'));
const database = DATABASE === 'postgres' ? await benchPostgresDatabase() : null;
try {
  console.log(`bench/live: ${CLIENTS} SSE clients over ${INSTANCES} instance(s) on ${DATABASE}, one change a second for ${SECONDS} s, node ${process.version}`);
  const bare = await bareRun();
  const agora = await agoraRun(database?.url ?? join(dir, 'agora.db'));
  console.log(`${'server'.padEnd(18)} ${'received'.padStart(8)}/expected ${'p50'.padStart(9)} ${'p99'.padStart(9)} ${'peak RSS'.padStart(9)}`);
  console.log(row(bare));
  console.log(row(agora));
  console.log('(peak RSS: of the bare broadcaster, and of the largest Agora instance)');
  const ratio = percentile(agora.latencies, 99) / Math.max(1, percentile(bare.latencies, 99));
  console.log(`p99 ratio agora/bare: ${ratio.toFixed(2)} (target ≤ 1.5; p99 target ≤ 200 ms; RSS target ≤ 200 MB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  await database?.drop();
}
