/** Copying conferences, with their whole change logs, from one database to another of either kind. */
import { AgoraError } from '../errors.ts';
import { openStore } from '../store/open-store.ts';
import { inSnapshot, readTables } from '../store/read-tables.ts';
import { copyTables, type WriteSummary } from '../store/write-tables.ts';
import { databaseExists, intoDatabase } from './database-target.ts';

export interface CopyOptions {
  /** The conferences to copy; all of them when omitted. */
  slugs?: readonly string[];
  /** Copy the API tokens the target lacks as well; default true. */
  tokens?: boolean;
}

export interface CopySummary extends WriteSummary {
  from: string;
  to: string;
}

/**
 * Copies conferences from the database `from` to the database `to` (SQLite paths or PostgreSQL
 * URLs): each with its programme, its full change log and its releases, read in one snapshot of
 * the source and written in one transaction. The target may hold other conferences but none of
 * these; a refused or failed copy changes nothing in it.
 *
 * Examples: `copyConferences('data/agora.db', 'postgres://agora@db/agora')` moves everything to
 * PostgreSQL; `copyConferences(url, 'cop6.db', { slugs: ['cop6'], tokens: false })`.
 */
export async function copyConferences(from: string, to: string, options: CopyOptions = {}): Promise<CopySummary> {
  if (!databaseExists(from)) {
    throw new AgoraError('AGORA_BAD_INPUT', `There is no database ${from} to copy from.`, { problems: [{ where: '--from', message: 'there is no such file' }] });
  }
  const source = await openStore(from);
  try {
    const known = new Set((await source.listConferences()).map((record) => record.slug));
    const missing = (options.slugs ?? []).filter((slug) => !known.has(slug));
    if (missing.length > 0) {
      throw new AgoraError(
        'AGORA_NOT_FOUND',
        `${source.location} has no conference ${missing.map((slug) => `"${slug}"`).join(', ')}; it holds ${known.size === 0 ? 'none' : [...known].map((slug) => `"${slug}"`).join(', ')}.`,
        { problems: missing.map((slug) => ({ where: 'conference', message: `"${slug}" is not in the source` })) },
      );
    }
    return await intoDatabase(to, async (target) => {
      if (target.location === source.location) {
        throw new AgoraError('AGORA_BAD_INPUT', `--from and --to both name ${source.location}; copy into another database.`, {
          problems: [{ where: '--to', message: 'is the source' }],
        });
      }
      const written = await inSnapshot(source.db, (snapshot) =>
        copyTables(target, readTables(snapshot, { ...(options.slugs === undefined ? {} : { slugs: options.slugs }), tokens: options.tokens !== false })),
      );
      return { from: source.location, to: target.location, ...written };
    });
  } finally {
    await source.close();
  }
}
