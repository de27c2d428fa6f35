/**
 * Reads are cheap: each conference's programme is read from the database once per revision and
 * every rendering of it (JSON, XML, iCal, pages) is computed once and kept with an ETag until the
 * live bus reports a newer revision.
 *
 * There are two views of a conference. The draft is the programme as it is now, what editors
 * see. The public view is what every other reader sees: the draft itself while the conference
 * publishes every change at once (`live`), and the programme at the newest release while it
 * publishes on release (`release`); before its first release, only the conference's own fields.
 */
import { createHash } from 'node:crypto';
import type { Programme, StoredEntry } from '../model/programme.ts';
import type { ConferenceRecord, Store } from '../store/store.ts';
import { AgoraError } from '../errors.ts';
import type { LiveBus } from './live-bus.ts';
import { readReleasedProgramme } from './released-programme.ts';

export interface Snapshot {
  /** The conference, its `revision` being the one this snapshot shows. */
  record: ConferenceRecord;
  /** The revision shown: now for the draft, the newest release's in `release` mode, 0 before it. */
  revision: number;
  programme: Programme;
  /** The entries with the revision that last wrote each. */
  entries: StoredEntry[];
  byId: ReadonlyMap<string, StoredEntry>;
  /** How many times each entry changed after it first appeared (iCal SEQUENCE). */
  sequences: ReadonlyMap<string, number>;
  /** True for the public view of a conference that publishes on release: its newest release, or nothing before the first. */
  released: boolean;
  /** False in `release` mode before the first release: readers are told the programme is not published yet. */
  published: boolean;
  /** The ETag of an answer made of the whole snapshot: `"<revision>"`, or one that follows the conference's fields before the first release. */
  tag: string;
}

/** Which view a reader asks for; the public one unless `draft` (for callers who may read the draft). */
export interface ViewOptions {
  draft?: boolean;
}

export interface Rendered {
  body: string | Buffer;
  etag: string;
}

interface CacheSlot {
  snapshot: Snapshot;
  renders: Map<string, Rendered>;
}

/** What decides the public view: the conference now (mode, fields) and its newest release. */
interface Head {
  record: ConferenceRecord;
  /** The revision of the newest release, or null before the first. */
  released: number | null;
}

/** A public slot of `release` mode, with what it was made for. */
interface PublicSlot extends CacheSlot {
  key: string;
}

function digest(body: string | Buffer): string {
  return createHash('sha1').update(body).digest('base64url').slice(0, 16);
}

function slotOf(snapshot: Omit<Snapshot, 'byId'>): CacheSlot {
  return { snapshot: { ...snapshot, byId: new Map(snapshot.entries.map((entry) => [entry.id, entry])) }, renders: new Map() };
}

export class ProgrammeCache {
  readonly #store: Store;
  readonly #bus: LiveBus;
  /** The drafts, by conference id. */
  readonly #slots = new Map<number, CacheSlot>();
  readonly #heads = new Map<number, Head>();
  /** The public views of conferences in `release` mode, by conference id. */
  readonly #public = new Map<number, PublicSlot>();
  readonly #loading = new Map<string, Promise<unknown>>();

  constructor(store: Store, bus: LiveBus) {
    this.#store = store;
    this.#bus = bus;
    bus.subscribe((event) => {
      const slot = this.#slots.get(event.conferenceId);
      if (slot && slot.snapshot.revision < event.change.revision) this.#slots.delete(event.conferenceId);
      const head = this.#heads.get(event.conferenceId);
      if (head && head.record.revision < event.change.revision) this.#heads.delete(event.conferenceId);
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

  /**
   * The programme a reader sees, from memory when nothing it depends on has moved: the public
   * view, or with `{ draft: true }` the draft.
   *
   * Examples: `await cache.snapshot(record)` for a page or an export;
   * `await cache.snapshot(record, { draft: true })` for an editor's API read.
   */
  async snapshot(record: ConferenceRecord, options: ViewOptions = {}): Promise<Snapshot> {
    return (await this.#view(record, options)).snapshot;
  }

  /** `render` once per revision, view and key; later calls get the same bytes and ETag. */
  async rendered(
    record: ConferenceRecord,
    key: string,
    render: (snapshot: Snapshot) => string | Buffer | Promise<string | Buffer>,
    options: ViewOptions = {},
  ): Promise<Rendered> {
    const slot = await this.#view(record, options);
    const cached = slot.renders.get(key);
    if (cached) return cached;
    const rendered = await render(slot.snapshot);
    // Kept as bytes, so that serving it does not encode the same text again for every request.
    const body = typeof rendered === 'string' ? Buffer.from(rendered, 'utf8') : rendered;
    const result = { body, etag: `"${slot.snapshot.revision}-${digest(body)}"` };
    slot.renders.set(key, result);
    return result;
  }

  async #view(record: ConferenceRecord, options: ViewOptions): Promise<CacheSlot> {
    if (options.draft) return this.#draft(record.id);
    const head = await this.#head(record);
    if (head.record.publication === 'live') return this.#draft(record.id);
    return this.#released(head);
  }

  /** True while what was read at `revision` is still the newest the bus knows of. */
  #current(conferenceId: number, revision: number): boolean {
    const published = this.#bus.publishedRevision(conferenceId);
    return published === undefined || revision >= published;
  }

  /** One load at a time per key: readers arriving meanwhile wait for the same one. */
  #once<T>(key: string, load: () => Promise<T>): Promise<T> {
    const loading = this.#loading.get(key);
    if (loading) return loading as Promise<T>;
    const next = load().finally(() => this.#loading.delete(key));
    this.#loading.set(key, next);
    return next;
  }

  async #draft(conferenceId: number): Promise<CacheSlot> {
    const slot = this.#slots.get(conferenceId);
    if (slot && this.#current(conferenceId, slot.snapshot.revision)) return slot;
    return this.#once(`draft:${conferenceId}`, async () => {
      const [{ record, programme, entries }, sequences] = await Promise.all([
        this.#store.readProgramme(conferenceId),
        this.#store.entryChangeCounts(conferenceId),
      ]);
      const loaded = slotOf({ record, revision: record.revision, programme, entries, sequences, released: false, published: true, tag: `"${record.revision}"` });
      this.#slots.set(conferenceId, loaded);
      return loaded;
    });
  }

  async #head(asked: ConferenceRecord): Promise<Head> {
    const head = this.#heads.get(asked.id);
    if (head && this.#current(asked.id, head.record.revision)) return head;
    return this.#once(`head:${asked.id}`, async () => {
      // The conference first, its releases after: a release it has committed is never missed.
      const record = await this.#store.findConference(asked.slug);
      if (record === null) throw new AgoraError('AGORA_NOT_FOUND', `There is no conference "${asked.slug}".`);
      const release = await this.#store.db
        .selectFrom('releases')
        .select((eb) => eb.fn.max('revision').as('revision'))
        .where('conference_id', '=', record.id)
        .executeTakeFirst();
      const loaded: Head = { record, released: release?.revision ?? null };
      this.#heads.set(record.id, loaded);
      return loaded;
    });
  }

  /** The public view in `release` mode: the newest release, or the conference's fields alone before the first. */
  async #released(head: Head): Promise<CacheSlot> {
    const { record, released } = head;
    // Before the first release the view follows the conference's fields, so it is remade at each revision.
    const key = released === null ? `unpublished:${record.revision}` : `release:${released}`;
    const slot = this.#public.get(record.id);
    if (slot && slot.key === key) return slot;
    return this.#once(`public:${record.id}:${key}`, async () => {
      let loaded: PublicSlot;
      if (released === null) {
        const programme: Programme = { conference: record.conference, venues: [], notes: [], entries: [] };
        const tag = `"0-${digest(JSON.stringify(record.conference))}"`;
        loaded = { key, ...slotOf({ record: { ...record, revision: 0 }, revision: 0, programme, entries: [], sequences: new Map(), released: true, published: false, tag }) };
      } else {
        const { programme, entries, sequences } = await readReleasedProgramme(this.#store, record, released);
        const shown = { ...record, revision: released, conference: programme.conference };
        loaded = { key, ...slotOf({ record: shown, revision: released, programme, entries, sequences, released: true, published: true, tag: `"${released}"` }) };
      }
      this.#public.set(record.id, loaded);
      return loaded;
    });
  }
}
