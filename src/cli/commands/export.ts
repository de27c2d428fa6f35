import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { resolveConference } from '../../app/conference-ref.ts';
import { readProgramme } from '../../app/read-programme.ts';
import { renderDocument } from '../../document/index.ts';
import { writeProgrammeJson } from '../../formats/json/index.ts';
import { print, wholeNumber, withStore, withStoreOptions, type StoreOptions } from '../context.ts';

export function exportCommand(): Command {
  return withStoreOptions(new Command('export'))
    .description('write the programme from the database in a format')
    .addOption(new Option('--to <format>', 'the format to write').choices(['json', 'text']).makeOptionMandatory())
    .option('--revision <n>', 'the programme as it was at this revision', wholeNumber('--revision', 1))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (options: StoreOptions & { to: 'json' | 'text'; revision?: number; output?: string }) => {
      const { programme } = await withStore(options, async (store) => readProgramme(store, await resolveConference(store, options.conference), options.revision));
      const bytes = options.to === 'json' ? writeProgrammeJson(programme) : renderDocument(programme);
      if (options.output === undefined) print(bytes);
      else writeFileSync(options.output, bytes);
    });
}
