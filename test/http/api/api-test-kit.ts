/**
 * What the API tests share: a server over the sample programme with a few entries whose words
 * carry accents and split panels, tokens of each role, and small readers of answers.
 */
import assert from 'node:assert/strict';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createToken } from '../../../src/app/tokens.ts';
import { createEntry, type Programme, type StoredEntry } from '../../../src/model/programme.ts';
import { sampleProgramme } from '../../support/sample-programme.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';

/** The sample programme and two side events to search for by accents and by split-panel parts. */
export function apiProgramme(): Programme {
  const programme = sampleProgramme();
  programme.entries.push(
    createEntry({
      id: 'mangroves',
      kind: 'side-event',
      title: 'Mangroves of the Gulf of Guinea',
      sponsors: ['Côte d’Ivoire'],
      description: 'Restauração de estuários com comunidades locais.',
      date: '2031-05-13',
      start: '15:00',
      end: '16:00',
      venue: 'R2',
    }),
    createEntry({
      id: 'split-panel',
      kind: 'side-event',
      title: 'Wetlands under pressure',
      parts: [
        { label: 'A', sponsors: ['Brazil'], title: 'Peat bogs', description: null },
        { label: 'B', sponsors: ['Chile'], title: 'Kelp forests', description: 'Cold-water kelp and its fisheries.' },
      ],
      date: '2031-05-13',
      start: '10:00',
      end: '11:00',
      venue: 'R1',
    }),
  );
  return programme;
}

export interface ApiTestServer extends TestServer {
  /** Bearer headers of an editor token labelled "desk-1". */
  editor: Record<string, string>;
  /** Bearer headers of a display token. */
  display: Record<string, string>;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export async function startApiServer(): Promise<ApiTestServer> {
  const server = await startTestServer({ programme: apiProgramme() });
  const editor = await createToken(server.temp.store, 'editor', 'desk-1');
  const display = await createToken(server.temp.store, 'display', 'foyer-screen');
  return {
    ...server,
    editor: { authorization: `Bearer ${editor.token}` },
    display: { authorization: `Bearer ${display.token}` },
    request: (options) => server.app.inject(options),
  };
}

export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return JSON.parse(response.body) as T;
}

export interface Refusal {
  code: string;
  message: string;
  problems?: { where: string; message: string }[];
  current?: StoredEntry;
  conflicts?: { rule: string; severity: string; entries: string[]; message: string }[];
}

/** Asserts the answer is a refusal with `status` and `code`, and returns it. */
export function refusal(response: LightMyRequestResponse, status: number, code: string): Refusal {
  assert.equal(response.statusCode, status, response.body);
  const body = json<Refusal>(response);
  assert.equal(body.code, code);
  return body;
}

/** The fields a refusal names. */
export function fieldsNamed(body: Refusal): string[] {
  return (body.problems ?? []).map((problem) => problem.where);
}

/** The entry as the store holds it now, and how many changes the log holds. */
export async function storedState(server: TestServer, id: string): Promise<{ entry: StoredEntry | null; changes: number }> {
  const entry = await server.temp.store.readEntry(server.record.id, id);
  const changes = (await server.temp.store.changesSince(server.record.id, 0)).length;
  return { entry, changes };
}
