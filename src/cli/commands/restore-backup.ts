import { Command } from 'commander';
import { restoreBackup } from '../../app/restore-backup.ts';
import { DEFAULT_DATABASE } from '../../store/open-store.ts';
import { print, printJson } from '../context.ts';
import { describeContents } from './database-contents.ts';

/** `agora restore <file>`: a backup of either kind into an empty database of either kind. */
export function restoreBackupCommand(): Command {
  return new Command('restore')
    .description('restore a backup (an SQLite backup or an Agora backup file) into an empty database of either kind')
    .argument('<file>', 'the backup, as agora backup wrote it')
    .option('--db <path|url>', `the empty database to restore into (or set DATABASE_URL or DATABASE; default ${DEFAULT_DATABASE})`)
    .option('--json', 'print machine-readable JSON')
    .action(async (file: string, options: { db?: string; json?: boolean }) => {
      const summary = await restoreBackup(file, options.db);
      if (options.json) printJson(summary);
      else print(`Restored ${describeContents(summary.conferences, summary.counts.api_tokens)} from ${file} into ${summary.database}.`);
    });
}
