/**
 * Reads are cheap: each conference's programme is read from the database once per revision and
 * every rendering of it (JSON, XML, iCal, pages) is computed once and kept with an ETag until the
 * live bus reports a newer revision.
 */
import { createHash } from 'node:crypto';
import type { Programme, StoredEntry } from '../model/programme.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';
import { AgoraError } from '../errors.ts';
import type { LiveBus } from './live-bus.ts';

export interface Snapshot {
  record: ConferenceRecord;
  revision: number;
  programme: Programme;
  /** The entries with the revision that last wrote each. */
  entries: StoredEntry[];
  byId: ReadonlyMap<string, StoredEntry>;
  /** How many times each entry changed after it first appeared (iCal SEQUENCE). */
  sequences: ReadonlyMap<string, number>;
}

export interface Rendered {
  body: string | Buffer;
  etag: string;
}

interface CacheSlot {
  snapshot: Snapshot;
  renders: Map<string, Rendered>;
}

export class ProgrammeCache {
  readonly #store: Store;
  readonly #bus: LiveBus;
  readonly #slots = new Map<number, CacheSlot>();
  readonly #loading = new Map<number, Promise<CacheSlot>>();

  constructor(store: Store, bus: LiveBus) {
    this.#store = store;
    this.#bus = bus;
    bus.subscribe((event) => {
      const slot = this.#slots.get(event.conferenceId);
      if (slot && slot.snapshot.revision < event.change.revision) this.#slots.delete(event.conferenceId);
    });
  }

  /**
   * The conference a root path serves: the one named, else the only (or first) one. Answered
   * from the live bus's list, without a query; the database is asked only for a slug the bus
   * has not seen yet (a conference imported in the last moments).
   */
  async conference(slug?: string): Promise<ConferenceRecord> {
    const pick = (all: ConferenceRecord[]) => (slug === undefined ? all[0] : all.find((record) => record.slug === slug));
    const found = pick(this.#bus.conferences()) ?? pick(await this.#store.listConferences());
    if (!found) {
      throw new AgoraError('AGORA_NOT_FOUND', slug === undefined ? 'There is no conference here yet.' : `There is no conference "${slug}".`);
    }
    return found;
  }

  /** The programme now, from memory when the revision has not moved. */
  async snapshot(record: ConferenceRecord): Promise<Snapshot> {
    return (await this.#slot(record.id)).snapshot;
  }

  /** `render` once per revision and key; later calls get the same bytes and ETag. */
  async rendered(record: ConferenceRecord, key: string, render: (snapshot: Snapshot) => string | Buffer | Promise<string | Buffer>): Promise<Rendered> {
    const slot = await this.#slot(record.id);
    const cached = slot.renders.get(key);
    if (cached) return cached;
    const rendered = await render(slot.snapshot);
    // Kept as bytes, so that serving it does not encode the same text again for every request.
    const body = typeof rendered === 'string' ? Buffer.from(rendered, 'utf8') : rendered;
    const digest = createHash('sha1').update(body).digest('base64url').slice(0, 16);
    const result = { body, etag: `"${slot.snapshot.revision}-${digest}"` };
    slot.renders.set(key, result);
    return result;
  }

  async #slot(conferenceId: number): Promise<CacheSlot> {
    const slot = this.#slots.get(conferenceId);
    const published = this.#bus.publishedRevision(conferenceId);
    if (slot && (published === undefined || slot.snapshot.revision >= published)) return slot;
    const loading = this.#loading.get(conferenceId);
    if (loading) return loading;
    const next = this.#load(conferenceId).finally(() => this.#loading.delete(conferenceId));
    this.#loading.set(conferenceId, next);
    return next;
  }

  async #load(conferenceId: number): Promise<CacheSlot> {
    const { record, programme, entries } = await this.#store.readProgramme(conferenceId);
    const sequences = await this.#store.entryChangeCounts(conferenceId);
    const snapshot: Snapshot = {
      record,
      revision: record.revision,
      programme,
      entries,
      byId: new Map(entries.map((entry) => [entry.id, entry])),
      sequences,
    };
    const slot = { snapshot, renders: new Map<string, Rendered>() };
    this.#slots.set(conferenceId, slot);
    return slot;
  }
}
