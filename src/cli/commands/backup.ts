import { Command, Option } from 'commander';
import { backupDatabase, type BackupFormat } from '../../app/backup-database.ts';
import { DEFAULT_DATABASE } from '../../store/open-store.ts';
import { print, printJson, withStore } from '../context.ts';
import { describeContents } from './database-contents.ts';

interface BackupCommandOptions {
  db?: string;
  format?: BackupFormat;
  force?: boolean;
  json?: boolean;
}

export function backupCommand(): Command {
  return new Command('backup')
    .description('back up the whole database while it is in use: conferences, change logs, releases, tokens')
    .argument('<file>', 'the backup file to write (it appears only when complete)')
    .option('--db <path|url>', `an SQLite file or a postgres:// URL (or set DATABASE_URL or DATABASE; default ${DEFAULT_DATABASE})`)
    .addOption(
      new Option('--format <format>', 'sqlite: a copy of the SQLite file (SQLite only); json: an Agora backup file (agora-backup/1)')
        .choices(['sqlite', 'json'])
        .default(undefined, 'sqlite for an SQLite database, json for PostgreSQL'),
    )
    .option('--force', 'replace the file if it exists')
    .option('--json', 'print machine-readable JSON')
    .action(async (file: string, options: BackupCommandOptions) => {
      const summary = await withStore(options, (store) =>
        backupDatabase(store, file, { ...(options.format === undefined ? {} : { format: options.format }), overwrite: options.force === true }).then((result) => ({
          ...result,
          database: store.location,
        })),
      );
      if (options.json) {
        printJson(summary);
        return;
      }
      const kind = summary.kind === 'sqlite' ? 'an SQLite file' : `an Agora backup, ${summary.kind}`;
      print(`Backed up ${describeContents(summary.conferences, summary.tokens)} from ${summary.database} to ${summary.file} (${kind}, schema version ${summary.schemaVersion}, ${summary.bytes} bytes).`);
    });
}
