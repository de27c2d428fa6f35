import { Command } from 'commander';
import { resolveConference } from '../../app/conference-ref.ts';
import { cancelEntry, moveEntry, restoreEntry } from '../../app/entry-commands.ts';
import type { WriteOptions, WriteResult } from '../../app/write-entry.ts';
import type { Store, ConferenceRecord } from '../../store/store.ts';
import { cliActor, print, printJson, wholeNumber, withStore, withStoreOptions, type StoreOptions } from '../context.ts';

interface WriteCommandOptions extends StoreOptions {
  strict?: boolean;
  expectRevision?: number;
}

function withWriteOptions(command: Command): Command {
  return withStoreOptions(command)
    .option('--strict', 'refuse the change if it leaves an error-level conflict on the entry')
    .option('--expect-revision <n>', "refuse the change if the entry's revision is no longer this one", wholeNumber('--expect-revision', 1));
}

async function runWrite(
  entryId: string,
  options: WriteCommandOptions,
  write: (store: Store, record: ConferenceRecord, writeOptions: WriteOptions) => Promise<WriteResult>,
): Promise<void> {
  const result = await withStore(options, async (store) => {
    const record = await resolveConference(store, options.conference);
    const writeOptions: WriteOptions = { actor: cliActor(), strict: options.strict === true };
    // The CLI reads and writes in one go; --expect-revision lets a script name what it read earlier.
    if (options.expectRevision !== undefined) writeOptions.expectedRevision = options.expectRevision;
    return write(store, record, writeOptions);
  });
  if (options.json) {
    printJson(result);
    return;
  }
  const { entry } = result;
  print(`${entry.id} is now ${entry.status === 'cancelled' ? 'cancelled' : `${entry.date ?? '(no date)'} ${entry.start ?? '?'}–${entry.end ?? '?'}${entry.venue ? ` in ${entry.venue}` : ''}`} (revision ${result.revision}).`);
  for (const finding of result.conflicts) print(`${finding.severity}: ${finding.message}`);
}

export function moveCommand(): Command {
  return withWriteOptions(new Command('move'))
    .description('move an entry in date, time or venue (a new start alone keeps its length)')
    .argument('<entry>', 'the entry id')
    .option('--date <date>', 'the new date, YYYY-MM-DD')
    .option('--start <time>', 'the new start, HH:MM')
    .option('--end <time>', 'the new end, HH:MM')
    .option('--venue <name>', 'the new venue')
    .action(async (entryId: string, options: WriteCommandOptions & { date?: string; start?: string; end?: string; venue?: string }) => {
      const target = { date: options.date, start: options.start, end: options.end, venue: options.venue };
      await runWrite(entryId, options, (store, record, writeOptions) => moveEntry(store, record, entryId, target, writeOptions));
    });
}

export function cancelCommand(): Command {
  return withWriteOptions(new Command('cancel'))
    .description('cancel an entry (it stays in the data and leaves print)')
    .argument('<entry>', 'the entry id')
    .action(async (entryId: string, options: WriteCommandOptions) => {
      await runWrite(entryId, options, (store, record, writeOptions) => cancelEntry(store, record, entryId, writeOptions));
    });
}

export function restoreCommand(): Command {
  return withWriteOptions(new Command('uncancel'))
    .description('restore a cancelled entry')
    .argument('<entry>', 'the entry id')
    .action(async (entryId: string, options: WriteCommandOptions) => {
      await runWrite(entryId, options, (store, record, writeOptions) => restoreEntry(store, record, entryId, writeOptions));
    });
}
