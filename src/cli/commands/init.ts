import { Command } from 'commander';
import { LATEST_SCHEMA_VERSION } from '../../store/migrations.ts';
import { print, printJson, withStore, withStoreOptions, type StoreOptions } from '../context.ts';

export function initCommand(): Command {
  return withStoreOptions(new Command('init'))
    .description('create the database (or bring its schema up to date)')
    .action(async (options: StoreOptions) => {
      await withStore(options, async (store) => {
        const conferences = await store.listConferences();
        if (options.json) printJson({ database: store.location, schemaVersion: LATEST_SCHEMA_VERSION, conferences: conferences.map((c) => c.slug) });
        else print(`${store.location} is ready (schema version ${LATEST_SCHEMA_VERSION}, ${conferences.length} conference${conferences.length === 1 ? '' : 's'}).`);
      });
    });
}
