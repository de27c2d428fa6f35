/**
 * How long printing takes: the shared example and a synthetic programme of 2,000 entries, each as
 * PDF (the targets: ≤ 1 s and ≤ 10 s) and, for comparison, as a Word document.
 *
 * Each case is warmed up once (the first PDF also loads and parses the font), then timed over at
 * least 5 runs; the median is printed with the fastest and slowest run, the PDF's pages and size.
 * The load average is printed so a reader can judge how busy the machine was.
 *
 *   npx tsx bench/pdf.ts [--runs 5]
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parseDocument } from '../src/document/index.ts';
import { renderDocx } from '../src/formats/docx/index.ts';
import type { ExportContext } from '../src/formats/export-context.ts';
import { renderPdf } from '../src/formats/pdf/index.ts';
import type { Programme } from '../src/model/programme.ts';
import { median } from './support/processes.ts';
import { syntheticProgramme } from './synthetic-programme.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Math.max(5, Number(values.runs));
const EXAMPLE = new URL('../../shared/fixtures/cop6-2012-programme.txt', import.meta.url);

const CONTEXT: ExportContext = {
  slug: 'bench',
  revision: 1,
  generatedAt: '2031-03-01T08:00:00.000Z',
  baseUrl: 'https://agora.example/c/bench',
  sequences: new Map(),
};

interface Case {
  name: string;
  programme: Programme;
  /** Milliseconds the PDF must stay within. */
  pdfTarget: number;
}

function exampleProgramme(): Programme | null {
  if (!existsSync(EXAMPLE)) return null;
  const result = parseDocument(readFileSync(EXAMPLE, 'utf8'));
  if (!result.ok) throw new Error('the example does not parse');
  return result.programme;
}

async function timed(render: () => Promise<Buffer>): Promise<{ times: number[]; bytes: Buffer }> {
  let bytes = await render();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    bytes = await render();
    times.push(performance.now() - started);
  }
  return { times, bytes };
}

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}

const cases: Case[] = [];
const example = exampleProgramme();
if (example === null) console.log('(the shared example is not beside the clone: only the synthetic programme is timed)');
else cases.push({ name: 'example (cop6 2012)', programme: example, pdfTarget: 1_000 });
cases.push({ name: 'synthetic, 2,000 entries', programme: syntheticProgramme(2_000, 1), pdfTarget: 10_000 });

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
console.log(`median of ${RUNS} runs after a warm-up\n`);
const header = ['programme', 'format', 'median ms', 'min ms', 'max ms', 'pages', 'KB', 'target', 'met'];
const rows: string[][] = [];
let missed = false;
for (const { name, programme, pdfTarget } of cases) {
  const pdf = await timed(() => renderPdf(programme, CONTEXT));
  const pdfMedian = median(pdf.times);
  missed ||= pdfMedian > pdfTarget;
  rows.push([name, 'PDF', pdfMedian.toFixed(0), Math.min(...pdf.times).toFixed(0), Math.max(...pdf.times).toFixed(0), String(pageCount(pdf.bytes)), (pdf.bytes.length / 1024).toFixed(0), `≤ ${pdfTarget / 1000} s`, pdfMedian <= pdfTarget ? 'yes' : 'NO']);
  const docx = await timed(() => renderDocx(programme, CONTEXT));
  rows.push([name, 'Word', median(docx.times).toFixed(0), Math.min(...docx.times).toFixed(0), Math.max(...docx.times).toFixed(0), '', (docx.bytes.length / 1024).toFixed(0), '', '']);
}
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
const line = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
if (missed) process.exitCode = 1;
