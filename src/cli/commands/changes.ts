import { Command } from 'commander';
import { resolveConference } from '../../app/conference-ref.ts';
import { print, printJson, wholeNumber, withStore, withStoreOptions, type StoreOptions } from '../context.ts';

export function changesCommand(): Command {
  return withStoreOptions(new Command('changes'))
    .description('list the changes after a revision, oldest first')
    .option('--since <n>', 'list changes after this revision (default 0: all)', wholeNumber('--since'), 0)
    .option('--entry <id>', 'only the changes of this entry')
    .action(async (options: StoreOptions & { since: number; entry?: string }) => {
      const { record, changes } = await withStore(options, async (store) => {
        const record = await resolveConference(store, options.conference);
        return { record, changes: await store.changesSince(record.id, options.since, options.entry === undefined ? {} : { entryId: options.entry }) };
      });
      if (options.json) {
        printJson({ conference: record.slug, revision: record.revision, changes });
        return;
      }
      if (changes.length === 0) print(`No changes to "${record.slug}" after revision ${options.since} (it is at revision ${record.revision}).`);
      for (const change of changes) {
        print(`${change.revision}\t${change.at}\t${change.actor}\t${change.kind}${change.entryId === null ? '' : `\t${change.entryId}`}${describeFields(change.before, change.after)}`);
      }
    });
}

/** "venue M3 → M7, start 13:00 → 14:00" for an entry change. */
function describeFields(before: unknown, after: unknown): string {
  if (typeof before !== 'object' || before === null || typeof after !== 'object' || after === null || 'entries' in after) return '';
  const old = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const fields = Object.keys(now).filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]));
  if (fields.length === 0) return '';
  return `\t${fields.map((key) => `${key} ${JSON.stringify(old[key])} → ${JSON.stringify(now[key])}`).join(', ')}`;
}
