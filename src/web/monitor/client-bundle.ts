/**
 * The monitor's browser script, bundled from `client/main.ts` in memory when the server starts:
 * there is no build step, and every page carries the same bytes.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));

let bundled: Promise<string> | null = null;

/** The bundled script, built once per process however many servers it starts. */
export function monitorScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [ENTRY],
    write: false,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome100',
    platform: 'browser',
    legalComments: 'none',
    logLevel: 'silent',
  }).then((result) => {
    const output = result.outputFiles[0];
    if (!output) throw new Error('esbuild wrote no monitor script');
    return output.text;
  });
  bundled.catch(() => {
    bundled = null;
  });
  return bundled;
}
