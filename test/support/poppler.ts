/**
 * The real poppler tools (Debian's poppler-utils) run in child processes, to read back the PDFs
 * Agora prints: `pdftotext` for their text, `pdfinfo` for their pages, `pdffonts` for their
 * fonts, `pdftoppm` to render every page. Where poppler is missing the tests that need it skip
 * and say so; under CI it fails.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-store.ts';

const TOOLS = ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'] as const;
type Tool = (typeof TOOLS)[number];

export function skipWithoutPoppler(): string | false {
  const missing = TOOLS.filter((tool) => spawnSync(tool, ['-v'], { encoding: 'utf8' }).error !== undefined);
  if (missing.length === 0) return false;
  if (process.env.CI === 'true') throw new Error(`CI needs ${missing.join(', ')}: apt-get install -y poppler-utils`);
  return `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not installed (apt-get install -y poppler-utils), so this test is skipped`;
}

/** Runs `tool` on the PDF written to a temporary file; `work` may read files the tool wrote beside it. */
function withPdf<T>(pdf: Buffer, work: (path: string, dir: string) => T): T {
  const { dir, dispose } = tempDir('agora-pdf-');
  try {
    const path = join(dir, 'programme.pdf');
    writeFileSync(path, pdf);
    return work(path, dir);
  } finally {
    dispose();
  }
}

function run(tool: Tool, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** The PDF's text in reading order, as pdftotext gives it. */
export function pdfText(pdf: Buffer): string {
  return withPdf(pdf, (path) => run('pdftotext', ['-enc', 'UTF-8', path, '-']));
}

/** The PDF's page count and page size, from pdfinfo. */
export function pdfInfo(pdf: Buffer): { pages: number; pageSize: string } {
  const info = withPdf(pdf, (path) => run('pdfinfo', [path]));
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN), pageSize: /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? '' };
}

/** The fonts the PDF uses, one line each as pdffonts lists them (name, type, embedded …). */
export function pdfFonts(pdf: Buffer): string[] {
  return withPdf(pdf, (path) => run('pdffonts', [path]))
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
}

/** Every page rendered to PNG at `dpi`, as the PNG files' bytes in page order. */
export function renderPages(pdf: Buffer, dpi = 30): Buffer[] {
  return withPdf(pdf, (path, dir) => {
    run('pdftoppm', ['-r', String(dpi), '-png', path, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.startsWith('page') && name.endsWith('.png'))
      .sort()
      .map((name) => readFileSync(join(dir, name)));
  });
}
