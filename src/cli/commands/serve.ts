import { Command } from 'commander';
import { importProgramme } from '../../app/import-programme.ts';
import { readProgrammeSource } from '../../app/read-source.ts';
import { buildServer } from '../../http/server.ts';
import { DEFAULT_DATABASE, openStore } from '../../store/open-store.ts';
import { cliActor, readInputFile, wholeNumber } from '../context.ts';
import { DEMO_PROGRAMME } from './summary.ts';

interface ServeOptions {
  port: number;
  host: string;
  db?: string;
  demo?: boolean;
  baseUrl?: string;
  requireDisplayToken?: boolean;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the programme: pages, exports, the API, the live feed and monitors')
    .option('--port <n>', 'the port (or set PORT)', wholeNumber('--port'), Number(process.env.PORT ?? 3000))
    .option('--host <host>', 'the address to listen on (or set HOST)', process.env.HOST ?? '127.0.0.1')
    .option('--db <path|url>', `an SQLite file or a postgres:// URL (or set DATABASE_URL or DATABASE; default ${DEFAULT_DATABASE})`)
    .option('--demo', 'import the demo programme when the database holds no conference')
    .option('--base-url <url>', 'the public address of this server, for links in exports (or set BASE_URL)', process.env.BASE_URL)
    .option('--require-display-token', 'monitors and live streams need a display token (or set REQUIRE_DISPLAY_TOKEN=1)', process.env.REQUIRE_DISPLAY_TOKEN === '1')
    .action(async (options: ServeOptions) => {
      const store = await openStore(options.db);
      if (options.demo && (await store.listConferences()).length === 0) {
        const { programme } = readProgrammeSource(readInputFile(DEMO_PROGRAMME), DEMO_PROGRAMME);
        await importProgramme(store, programme, { actor: cliActor(), slug: 'demo' });
      }
      const server = await buildServer({
        store,
        logger: { level: process.env.LOG_LEVEL ?? 'info' },
        baseUrl: options.baseUrl ?? null,
        requireDisplayToken: options.requireDisplayToken === true,
      });
      const { app } = server;
      let closing = false;
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        app.log.info({ signal }, 'closing: live streams are told to retry, then the database is closed');
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
      process.on('SIGINT', () => void shutdown('SIGINT'));
      await app.listen({ port: options.port, host: options.host });
      const conferences = (await store.listConferences()).map((record) => record.slug);
      app.log.info({ database: store.location, conferences }, 'Agora is serving');
      const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
      process.stderr.write(`Agora serves ${conferences.length === 0 ? 'no conference yet' : conferences.join(', ')} at http://${shown}:${options.port}/ (database ${store.location})\n`);
    });
}
