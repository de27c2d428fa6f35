/** Importing a whole programme: one commit, so a refused or interrupted import leaves nothing. */
import { AgoraError } from '../errors.ts';
import type { Programme } from '../model/programme.ts';
import { slugify } from '../model/slug.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';
import { resolveConference } from './conference-ref.ts';
import { requireMay, type Actor } from './policy.ts';

export interface ImportOptions {
  actor: Actor;
  /** The conference's slug; made from the organiser and start date when not given. */
  slug?: string;
  /** Replace the programme of an existing conference (one change, kept in the log). */
  replace?: boolean;
  /**
   * The conference's revision the clerk previewed: when the programme was changed since, nothing
   * is imported (AGORA_STALE_REVISION). Checked inside the commit, under the write lock.
   */
  expectedRevision?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
  conference: ConferenceRecord;
  revision: number;
  created: boolean;
}

/** A slug for a conference that has none yet: "unodc-2012-10-15". */
export function defaultSlug(programme: Programme): string {
  const { organizerShort, organizer, startDate } = programme.conference;
  const slug = slugify([organizerShort ?? organizer ?? 'conference', startDate ?? ''].join(' '), 40);
  return slug === '' ? 'conference' : slug;
}

export async function importProgramme(store: Store, programme: Programme, options: ImportOptions): Promise<ImportResult> {
  requireMay(options.actor, 'import-programme');
  const slug = options.slug ?? defaultSlug(programme);
  const existing = await store.findConference(slug);
  if (existing && !options.replace) {
    throw new AgoraError(
      'AGORA_CONFERENCE_EXISTS',
      `${store.location} already holds the conference "${slug}". Import with --replace to replace its programme (the old one stays in the change log), or name another conference with --conference.`,
    );
  }
  const target = existing ? existing.id : { create: slug };
  const { conferenceId, revision } = await store.commit(target, async (tx) => {
    // The commit took the next revision first, so the one before it is the programme's now.
    const now = tx.revision - 1;
    if (existing && options.expectedRevision !== undefined && now !== options.expectedRevision) {
      throw new AgoraError(
        'AGORA_STALE_REVISION',
        `The programme was changed since your preview (revision ${options.expectedRevision}, now ${now}). Nothing was imported: preview again to see what the import would replace now.`,
        { details: { expectedRevision: options.expectedRevision, revision: now } },
      );
    }
    const before = existing ? (await tx.readProgramme()).programme : null;
    await tx.replaceProgramme(programme, options.onProgress);
    return {
      change: { actor: options.actor.name, kind: 'import', entryId: null, before, after: programme, meta: { entries: programme.entries.length } },
      result: undefined,
    };
  });
  const conference = await resolveConference(store, slug);
  if (conference.id !== conferenceId) throw new Error('imported conference changed identity');
  return { conference, revision, created: existing === null };
}
