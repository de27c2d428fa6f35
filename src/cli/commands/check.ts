import { Command } from 'commander';
import { resolveConference } from '../../app/conference-ref.ts';
import { readProgramme } from '../../app/read-programme.ts';
import { findConflicts } from '../../model/conflicts/index.ts';
import { print, printJson, withStore, withStoreOptions, type StoreOptions } from '../context.ts';

export function checkCommand(): Command {
  return withStoreOptions(new Command('check'))
    .description('report the conflicts in the programme; exits 1 when any is an error')
    .action(async (options: StoreOptions) => {
      const { programme, record } = await withStore(options, async (store) => readProgramme(store, await resolveConference(store, options.conference)));
      const findings = findConflicts(programme);
      const errors = findings.filter((finding) => finding.severity === 'error');
      if (options.json) printJson({ conference: record.slug, revision: record.revision, conflicts: findings });
      else if (findings.length === 0) print(`No conflicts in "${record.slug}" at revision ${record.revision}.`);
      else {
        print(`${findings.length} conflict${findings.length === 1 ? '' : 's'} in "${record.slug}" at revision ${record.revision} (${errors.length} error${errors.length === 1 ? '' : 's'}):`);
        for (const finding of findings) print(`${finding.severity}: ${finding.message} [${finding.rule}: ${finding.entries.join(', ')}]`);
      }
      if (errors.length > 0) process.exitCode = 1;
    });
}
