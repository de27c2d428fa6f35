/**
 * The monitor page as one HTML document: its style, the screen as it is now, the state it was
 * made from, and the script that keeps it live. It needs nothing else from the server, so once
 * it is on the screen it can outlive the server.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { MONITOR_MESSAGES as M } from './messages.ts';
import type { MonitorBoot } from './monitor-model.ts';
import { MonitorScreen, screenOf, type ScreenProps } from './monitor-screen.ts';
import { MONITOR_CSS } from './monitor-style.ts';
import { BOOT_ELEMENT_ID, SCREEN_ROOT_ID } from './page-ids.ts';


/**
 * JSON that can sit inside a `<script>` element: `<`, `>` and `&` are written as `\\u003c` …,
 * so no text in the data can close the element, and the line separators JavaScript once refused.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function documentOf(props: ScreenProps, body: string[], refreshSeconds: number | null = null): string {
  const head = h(
    'head',
    null,
    h('meta', { charset: 'utf-8' }),
    refreshSeconds === null ? null : h('meta', { 'http-equiv': 'refresh', content: String(refreshSeconds) }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'robots', content: 'noindex' }),
    h('link', { rel: 'icon', href: 'data:,' }),
    h('title', null, M.pageTitle(props.heading)),
    h('style', { dangerouslySetInnerHTML: { __html: MONITOR_CSS } }),
  );
  return `<!doctype html>\n<html lang="${M.locale}" dir="${M.dir}">${renderToString(head)}<body><div id="${SCREEN_ROOT_ID}">${renderToString(h(MonitorScreen, props))}</div>${body.join('')}</body></html>\n`;
}

/** The live page: the screen rendered from `boot.state`, which the script then takes over. */
export function monitorPage(boot: MonitorBoot, script: string): string {
  const { state } = boot;
  const props = screenOf(state, { date: state.date, clock: state.clock, rows: state.rows });
  return documentOf(props, [
    `<script type="application/json" id="${BOOT_ELEMENT_ID}">${scriptSafeJson(boot)}</script>`,
    `<script>${script.replace(/<\/(script)/gi, '<\\/$1')}</script>`,
  ]);
}

/**
 * A page that says why there is no programme (an unregistered screen, a wrong address), never a
 * blank one. It reloads itself now and then, so a screen comes up by itself once the cause is
 * put right at the server.
 */
export function noticePage(heading: string, notice: { title: string; help: string }): string {
  return documentOf({ heading, conference: null, clock: '', day: '', rows: [], lastUpdated: null, paging: null, notice }, [], NOTICE_REFRESH_SECONDS);
}

const NOTICE_REFRESH_SECONDS = 60;
