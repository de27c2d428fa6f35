import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { importProgramme } from '../../app/import-programme.ts';
import { readProgramme } from '../../app/read-programme.ts';
import { readProgrammeSource } from '../../app/read-source.ts';
import { formatSummary, summarise } from '../../app/summary.ts';
import { cliActor, print, readInputFile, withStore, withStoreOptions, type StoreOptions } from '../context.ts';

export const DEMO_PROGRAMME = fileURLToPath(new URL('../../../demo/programme.txt', import.meta.url));

export function startCommand(): Command {
  return withStoreOptions(new Command('start'))
    .description('open the database, import the demo programme when it is empty, and summarise what it holds')
    .action(async (options: StoreOptions) => {
      await withStore(options, async (store) => {
        let conferences = await store.listConferences();
        if (conferences.length === 0) {
          const { programme } = readProgrammeSource(readInputFile(DEMO_PROGRAMME), DEMO_PROGRAMME);
          await importProgramme(store, programme, { actor: cliActor(), slug: 'demo' });
          print(`${store.location} was empty: imported the demo programme as "demo".`);
          conferences = await store.listConferences();
        }
        for (const record of conferences) {
          const { programme } = await readProgramme(store, record);
          print(`\n[${record.slug}, revision ${record.revision}]`);
          print(formatSummary(summarise(programme)));
        }
      });
    });
}
