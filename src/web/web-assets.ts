/**
 * The pages' two static files: the one stylesheet and the small client script, bundled in memory
 * by esbuild when the server starts. Each is served with an ETag, and the pages link to them with
 * a version so that a new release is fetched at once.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Rendered } from '../app/programme-cache.ts';
import type { AssetLinks } from './pages/page-context.ts';

export interface WebAsset extends Rendered {
  path: string;
  contentType: string;
}

export interface WebAssets {
  css: WebAsset;
  script: WebAsset;
  /** The secretariat's pages: their stylesheet (after the public one) and script. */
  adminCss: WebAsset;
  adminScript: WebAsset;
  links: AssetLinks;
  adminLinks: AdminAssetLinks;
}

export interface AdminAssetLinks {
  css: string;
  adminCss: string;
  adminScript: string;
}

const CSS_FILE = fileURLToPath(new URL('./assets/agora.css', import.meta.url));
const CLIENT_ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));
const ADMIN_CLIENT_ENTRY = fileURLToPath(new URL('./admin/client/main.ts', import.meta.url));
/** One stylesheet per admin feature, joined in name order. */
const ADMIN_STYLES = fileURLToPath(new URL('./admin/styles/', import.meta.url));

function asset(path: string, contentType: string, body: string): WebAsset {
  const digest = createHash('sha1').update(body).digest('base64url').slice(0, 16);
  return { path, contentType, body, etag: `"${digest}"` };
}

async function bundleClient(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    write: false,
    bundle: true,
    format: 'esm',
    minify: true,
    target: ['es2020'],
    charset: 'utf8',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no client script');
  return output.text;
}

async function buildAssets(): Promise<WebAssets> {
  const [cssText, scriptText, adminCssText, adminScriptText] = await Promise.all([
    readFile(CSS_FILE, 'utf8'),
    bundleClient(CLIENT_ENTRY),
    adminStyles(),
    bundleClient(ADMIN_CLIENT_ENTRY),
  ]);
  const css = asset('/assets/agora.css', 'text/css; charset=utf-8', cssText);
  const script = asset('/assets/agora.js', 'text/javascript; charset=utf-8', scriptText);
  const adminCss = asset('/assets/admin.css', 'text/css; charset=utf-8', adminCssText);
  const adminScript = asset('/assets/admin.js', 'text/javascript; charset=utf-8', adminScriptText);
  const version = (item: WebAsset) => `${item.path}?v=${item.etag.slice(1, 9)}`;
  return {
    css,
    script,
    adminCss,
    adminScript,
    links: { css: version(css), script: version(script) },
    adminLinks: { css: version(css), adminCss: version(adminCss), adminScript: version(adminScript) },
  };
}

async function adminStyles(): Promise<string> {
  const names = (await readdir(ADMIN_STYLES)).filter((name) => name.endsWith('.css')).sort();
  const parts = await Promise.all(names.map((name) => readFile(`${ADMIN_STYLES}${name}`, 'utf8')));
  return parts.join('\n');
}

let built: Promise<WebAssets> | null = null;

/** The assets, built once per process however many servers it starts (tests start many). */
export function webAssets(): Promise<WebAssets> {
  built ??= buildAssets().catch((error: unknown) => {
    built = null;
    throw error;
  });
  return built;
}
