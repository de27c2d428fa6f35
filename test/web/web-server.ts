/** A test server holding the web test programme, and shortcuts for fetching its pages. */
import type { LightMyRequestResponse } from 'fastify';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { webProgramme } from './web-programme.ts';

export function startWebServer(): Promise<TestServer> {
  return startTestServer({ programme: webProgramme() });
}

/** GETs a page in-process; the response and its body as text. */
export async function getPage(server: TestServer, url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return server.app.inject({ method: 'GET', url, headers });
}

export function isHtml(response: LightMyRequestResponse): boolean {
  return String(response.headers['content-type']).startsWith('text/html');
}
