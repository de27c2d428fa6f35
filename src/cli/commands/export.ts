import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { resolveConference } from '../../app/conference-ref.ts';
import { readProgramme } from '../../app/read-programme.ts';
import { FORMAT_IDS, findFormat, type FormatId } from '../../formats/registry.ts';
import { print, wholeNumber, withStore, withStoreOptions, type StoreOptions } from '../context.ts';

export function exportCommand(): Command {
  return withStoreOptions(new Command('export'))
    .description('write the programme from the database in a format')
    .addOption(new Option('--to <format>', 'the format to write').choices([...FORMAT_IDS]).makeOptionMandatory())
    .option('--revision <n>', 'the programme as it was at this revision', wholeNumber('--revision', 1))
    .option('--base-url <url>', 'the public address of the live programme, for links in exports (or set BASE_URL)', process.env.BASE_URL)
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (options: StoreOptions & { to: FormatId; revision?: number; output?: string; baseUrl?: string }) => {
      const { programme, revision, record, sequences } = await withStore(options, async (store) => {
        const conference = await resolveConference(store, options.conference);
        const read = await readProgramme(store, conference, options.revision);
        return { ...read, sequences: await store.entryChangeCounts(conference.id) };
      });
      const bytes = findFormat(options.to).render(programme, {
        slug: record.slug,
        revision,
        generatedAt: new Date().toISOString(),
        baseUrl: options.baseUrl ?? null,
        sequences,
      });
      if (options.output === undefined) print(bytes);
      else writeFileSync(options.output, bytes);
    });
}
