import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { readProgramme } from '../../app/read-programme.ts';
import { formatSummary, summarise } from '../../app/summary.ts';
import { print, printJson, withStore, withStoreOptions, type StoreOptions } from '../context.ts';

export const DEMO_PROGRAMME = fileURLToPath(new URL('../../../demo/programme.txt', import.meta.url));

export function summaryCommand(): Command {
  return withStoreOptions(new Command('summary'))
    .description('summarise each conference in the database: days, entries by kind, venues, conflicts')
    .action(async (options: StoreOptions) => {
      const summaries = await withStore(options, async (store) => {
        const all = [];
        for (const record of await store.listConferences()) {
          if (options.conference !== undefined && record.slug !== options.conference) continue;
          all.push({ slug: record.slug, revision: record.revision, summary: summarise((await readProgramme(store, record)).programme) });
        }
        return all;
      });
      if (options.json) printJson(summaries);
      else if (summaries.length === 0) print('The database holds no conference yet.');
      else for (const { slug, revision, summary } of summaries) print(`[${slug}, revision ${revision}]\n${formatSummary(summary)}\n`);
    });
}
