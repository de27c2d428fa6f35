import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { importProgramme } from '../../app/import-programme.ts';
import { readProgrammeSource } from '../../app/read-source.ts';
import { formatSummary, summarise } from '../../app/summary.ts';
import { cliActor, print, printJson, readInputFile, withStore, withStoreOptions, type StoreOptions } from '../context.ts';

/** Below this many entries an import is too quick for a progress bar to help. */
const PROGRESS_FROM = 2000;

export function importCommand(): Command {
  return withStoreOptions(new Command('import'))
    .description('import a programme document or Agora JSON into the database, all or nothing')
    .argument('<file>', 'a programme document (text) or Agora JSON')
    .option('--replace', 'replace the programme of a conference that is already in the database')
    .action(async (file: string, options: StoreOptions & { replace?: boolean }) => {
      const { programme, format } = readProgrammeSource(readInputFile(file), file);
      const bar = process.stderr.isTTY && programme.entries.length >= PROGRESS_FROM ? new SingleBar({ stream: process.stderr }, Presets.shades_classic) : null;
      bar?.start(programme.entries.length, 0);
      const result = await withStore(options, (store) =>
        importProgramme(store, programme, {
          actor: cliActor(),
          ...(options.conference === undefined ? {} : { slug: options.conference }),
          replace: options.replace === true,
          onProgress: (done) => bar?.update(done),
        }),
      ).finally(() => bar?.stop());
      const summary = summarise(programme);
      if (options.json) {
        printJson({ conference: result.conference.slug, revision: result.revision, created: result.created, format, ...summary });
        return;
      }
      print(`Imported ${file} (${format}) as "${result.conference.slug}" at revision ${result.revision}.`);
      print(formatSummary(summary));
    });
}
