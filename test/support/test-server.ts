/**
 * A real Agora server on a loopback port, over a real SQLite file holding the sample programme.
 * Use `app.inject()` for plain request/response tests and `url` where the network is the point.
 */
import type { AddressInfo } from 'node:net';
import { importProgramme } from '../../src/app/import-programme.ts';
import { buildServer, type AgoraServer, type ServerOptions } from '../../src/http/server.ts';
import type { Programme } from '../../src/model/programme.ts';
import type { ConferenceRecord } from '../../src/store/store.ts';
import { sampleProgramme } from './sample-programme.ts';
import { tempStore, type TempStore } from './temp-store.ts';
import { testActor } from './test-actor.ts';

export interface TestServer extends AgoraServer {
  temp: TempStore;
  record: ConferenceRecord;
  /** "http://127.0.0.1:<port>" */
  url: string;
  close(): Promise<void>;
}

export async function startTestServer(
  options: { programme?: Programme; slug?: string; server?: Partial<ServerOptions> } = {},
): Promise<TestServer> {
  const temp = await tempStore();
  const { conference: record } = await importProgramme(temp.store, options.programme ?? sampleProgramme(), {
    actor: testActor('test'),
    slug: options.slug ?? 'cws3',
  });
  const server = await buildServer({ store: temp.store, logger: false, pollMs: 50, ...options.server });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.app.server.address() as AddressInfo;
  return {
    ...server,
    temp,
    record,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await server.app.close();
      await temp.dispose();
    },
  };
}
