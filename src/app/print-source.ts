/** What printing a conference's programme needs from the store: the programme now, its context, which entries changed. */
import { AgoraError } from '../errors.ts';
import { conferenceBaseUrl } from './conference-settings.ts';
import type { ExportContext } from '../formats/export-context.ts';
import { markChangedSince, NO_MARKS, type PrintOptions } from '../formats/print/index.ts';
import type { Programme } from '../model/programme.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';

export interface PrintSource {
  record: ConferenceRecord;
  programme: Programme;
  context: ExportContext;
  options: PrintOptions;
}

export interface PrintRequest {
  /** The server's public address ("https://agora.example"); the live programme is `<base>/c/<slug>/`. The conference's own address (settings) wins. */
  baseUrl: string | null;
  /** Mark the entries changed after this revision. */
  markChangedSince?: number;
  /** The instant of printing; now when omitted. */
  now?: Date;
}

/**
 * The conference's programme as it is now, ready to print.
 *
 * A revision to mark changes since must be one the conference has had; the refusal names the
 * revisions there are.
 *
 * Examples: `await readPrintSource(store, record, { baseUrl: null, markChangedSince: 12 })`.
 */
export async function readPrintSource(store: Store, record: ConferenceRecord, request: PrintRequest): Promise<PrintSource> {
  const now = await store.readProgramme(record.id);
  const revision = now.record.revision;
  const since = request.markChangedSince;
  if (since !== undefined && (since < 1 || since > revision)) {
    throw new AgoraError('AGORA_BAD_INPUT', `There is no revision ${since} of ${record.slug} to mark changes since; its revisions run from 1 to ${revision}.`, {
      problems: [{ where: 'mark-changed-since', message: `must be between 1 and ${revision}` }],
    });
  }
  const server = request.baseUrl === null ? null : `${request.baseUrl.replace(/\/+$/, '')}/c/${encodeURIComponent(record.slug)}`;
  // The conference's own public address (its settings) wins over the one the printer names.
  const base = (await conferenceBaseUrl(store, record.id)) ?? server;
  return {
    record: now.record,
    programme: now.programme,
    context: {
      slug: record.slug,
      revision,
      generatedAt: (request.now ?? new Date()).toISOString(),
      baseUrl: base,
      sequences: await store.entryChangeCounts(record.id),
    },
    options: since === undefined ? NO_MARKS : markChangedSince(now.entries, since),
  };
}
