import { randomBytes } from 'node:crypto';
import { Command } from 'commander';
import { createUser } from '../../app/accounts/users.ts';
import { importProgramme } from '../../app/import-programme.ts';
import { smtpSender } from '../../app/notifications/smtp-sender.ts';
import { openAppStore } from '../../app/open-app-store.ts';
import { readProgrammeSource } from '../../app/read-source.ts';
import { buildServer } from '../../http/server.ts';
import { DEFAULT_DATABASE } from '../../store/open-store.ts';
import type { Store } from '../../store/store.ts';
import { cliActor, readInputFile, wholeNumber } from '../context.ts';
import { DEMO_PROGRAMME } from './summary.ts';

const DEMO_ADMIN = 'demo-admin@agora.invalid';

/**
 * With `--demo` and no account yet, makes a demo admin with a random password and returns it to
 * print once, so a newcomer can try the editor at once; without `--demo`, says how to make the
 * first admin. Null when accounts exist.
 */
async function demoAccount(store: Store, demo: boolean): Promise<{ email: string | null; password: string | null } | null> {
  const any = await store.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  if (!demo) return { email: null, password: null };
  const password = randomBytes(9).toString('base64url');
  await createUser(store, cliActor(), { email: DEMO_ADMIN, name: 'Demo admin', role: 'admin', password });
  return { email: DEMO_ADMIN, password };
}

interface ServeOptions {
  port: number;
  host: string;
  db?: string;
  demo?: boolean;
  baseUrl?: string;
  requireDisplayToken?: boolean;
  trustProxy: string;
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
    .option('--trust-proxy <addresses>', 'the proxies whose X-Forwarded-* headers are believed, comma-separated, or "true" for any (or set TRUST_PROXY)', process.env.TRUST_PROXY ?? 'loopback')
    .action(async (options: ServeOptions) => {
      const mail = smtpSender();
      const store = await openAppStore(options.db, { baseUrl: options.baseUrl ?? null });
      if (options.demo && (await store.listConferences()).length === 0) {
        const { programme } = readProgrammeSource(readInputFile(DEMO_PROGRAMME), DEMO_PROGRAMME);
        await importProgramme(store, programme, { actor: cliActor(), slug: 'demo' });
      }
      const firstLogin = await demoAccount(store, options.demo === true);
      const server = await buildServer({
        store,
        logger: { level: process.env.LOG_LEVEL ?? 'info' },
        baseUrl: options.baseUrl ?? null,
        requireDisplayToken: options.requireDisplayToken === true,
        trustProxy: options.trustProxy === 'true' ? true : options.trustProxy,
        notifications: { mail, intervalMs: Number(process.env.NOTIFY_INTERVAL_MS ?? 5000) },
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
      app.log.info({ database: store.location, conferences, smtp: mail !== null }, 'Agora is serving');
      const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
      const address = `http://${shown}:${options.port}`;
      process.stderr.write(`Agora serves ${conferences.length === 0 ? 'no conference yet' : conferences.join(', ')} at ${address}/ (database ${store.location})\n`);
      process.stderr.write(
        firstLogin === null
          ? ''
          : firstLogin.email === null
            ? 'No accounts yet: `agora user add --role admin --email … --name …` makes the first admin, who logs in at /login.\n'
            : `The editor is at ${address}/admin: log in as ${firstLogin.email} with the password ${firstLogin.password} (shown once; \`agora user reset ${firstLogin.email}\` makes a new one).\n`,
      );
    });
}
