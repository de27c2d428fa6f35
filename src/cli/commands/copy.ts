import { Command } from 'commander';
import { copyConferences } from '../../app/copy-conferences.ts';
import { print, printJson } from '../context.ts';
import { describeContents } from './database-contents.ts';

interface CopyCommandOptions {
  from: string;
  to: string;
  conference?: string[];
  tokens: boolean;
  json?: boolean;
}

export function copyCommand(): Command {
  return new Command('copy')
    .description('copy conferences with their whole change logs from one database to another (SQLite or PostgreSQL, either way)')
    .requiredOption('--from <path|url>', 'the database to copy from: an SQLite file or a postgres:// URL')
    .requiredOption('--to <path|url>', 'the database to copy into; it may hold other conferences, but none of these')
    .option('--conference <slug...>', 'only these conferences (default: all)')
    .option('--no-tokens', 'leave the API tokens behind')
    .option('--json', 'print machine-readable JSON')
    .action(async (options: CopyCommandOptions) => {
      const summary = await copyConferences(options.from, options.to, {
        ...(options.conference === undefined ? {} : { slugs: options.conference }),
        tokens: options.tokens,
      });
      if (options.json) {
        printJson(summary);
        return;
      }
      const already = summary.tokensAlreadyThere === 0 ? '' : ` (${summary.tokensAlreadyThere} more ${summary.tokensAlreadyThere === 1 ? 'token was' : 'tokens were'} there already)`;
      print(`Copied ${describeContents(summary.conferences, summary.counts.api_tokens)} from ${summary.from} to ${summary.to}${already}, with ${summary.counts.changes} changes.`);
    });
}
