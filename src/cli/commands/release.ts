import { Command } from 'commander';
import { resolveConference } from '../../app/conference-ref.ts';
import { publishRelease, releasesWithChangelogs } from '../../app/releases.ts';
import { changelogCounts } from '../../model/changelog.ts';
import { cliActor, print, printJson, withStore, withStoreOptions, type StoreOptions } from '../context.ts';

/** `agora release <name> [--comment C]`: publish the programme as it is now. */
export function releaseCommand(): Command {
  return withStoreOptions(new Command('release'))
    .description('publish the programme as it is now as a named release, with its changelog against the release before')
    .argument('<name>', 'what readers will call it, such as "Update 3"')
    .option('--comment <text>', 'what it is about, such as "M3 closed on Thursday"')
    .action(async (name: string, options: StoreOptions & { comment?: string }) => {
      const { record, published } = await withStore(options, async (store) => {
        const record = await resolveConference(store, options.conference);
        const release = await publishRelease(store, record, cliActor(), { name, comment: options.comment });
        const published = (await releasesWithChangelogs(store, record)).find((item) => item.release.id === release.id);
        return { record, published: published ?? null };
      });
      if (!published) return;
      if (options.json) {
        printJson({ conference: record.slug, ...published, previous: published.previous?.id ?? null });
        return;
      }
      const against = published.previous === null ? 'the first release' : `since release ${published.previous.id}, "${published.previous.name}"`;
      print(`Published release ${published.release.id}, "${published.release.name}", of ${record.slug} at revision ${published.release.revision}: ${changelogCounts(published.changelog)} (${against}).`);
    });
}

/** `agora releases`: every release, newest first, with its changelog in a few words. */
export function releasesCommand(): Command {
  return withStoreOptions(new Command('releases'))
    .description('list the releases, newest first, each with what changed since the one before')
    .action(async (options: StoreOptions) => {
      const { record, releases } = await withStore(options, async (store) => {
        const record = await resolveConference(store, options.conference);
        return { record, releases: await releasesWithChangelogs(store, record) };
      });
      if (options.json) {
        printJson({ conference: record.slug, releases: releases.map((item) => ({ ...item, previous: item.previous?.id ?? null })) });
        return;
      }
      if (releases.length === 0) print(`"${record.slug}" has no releases yet; publish one with: agora release "<name>"`);
      for (const { release, changelog } of releases) {
        print(`${release.id}\t${release.name}\t${release.at}\trevision ${release.revision}\t${release.actor}\t${changelogCounts(changelog)}${release.comment === null ? '' : `\t${release.comment}`}`);
      }
    });
}
