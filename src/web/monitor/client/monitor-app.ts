/**
 * The monitor in the page: holds the state, applies each change within moments of its commit,
 * cuts the day into Now / Next / Later every minute, turns pages every ten seconds, rolls to the
 * next day at midnight on the conference's clock, and when the server is away keeps showing the
 * last good programme under a banner that says how old it is. It never shows a blank screen.
 */
import { h, render } from 'preact';
import { MONITOR_MESSAGES as M } from '../messages.ts';
import { monitorEntry, onScreen, placementOf, type MonitorBoot, type MonitorEntry, type MonitorRow, type MonitorState, type Placement } from '../monitor-model.ts';
import { monitorRows } from '../monitor-rows.ts';
import { MonitorScreen, screenOf, type ScreenProps } from '../monitor-screen.ts';
import { LiveLink, type ChangeData } from './live-link.ts';
import { cutPages, type PageCut } from './pager.ts';
import { loadSaved, save } from './saved-state.ts';
import { zoneClock, type ZoneClock } from './zone-clock.ts';

const TICK_MS = 1000;
const PAGE_MS = 10_000;
/** A feed that comes back this soon (a server restarting) raises no banner. */
const OFFLINE_GRACE_MS = 2000;

export class MonitorApp {
  readonly #boot: MonitorBoot;
  readonly #root: HTMLElement;
  readonly #clock: ZoneClock;
  readonly #link: LiveLink;
  #state: MonitorState;
  #entries = new Map<string, MonitorEntry>();
  #dayStart = new Map<string, Placement | null>();
  #date: string;
  #shownClock = '';
  #live = false;
  #notLiveSince = Date.now();
  /** When the programme was last known to be current (ms since the epoch). */
  #lastGood: number;
  #offlineShown = false;
  #refused = false;
  #cut: { signature: string; pages: PageCut } | null = null;
  #page = 0;

  constructor(boot: MonitorBoot, root: HTMLElement, token: string | null) {
    this.#boot = boot;
    this.#root = root;
    this.#clock = zoneClock(boot.state.conference.timeZone, boot.at);
    this.#date = this.#clock.now().date;
    const saved = loadSaved(boot.storageKey);
    const fromSaved = saved !== null && saved.state.revision > boot.state.revision;
    this.#state = fromSaved ? saved.state : boot.state;
    this.#lastGood = fromSaved ? saved.savedAt : Date.now();
    this.#adopt(this.#state);
    this.#link = new LiveLink(
      { stateUrl: boot.stateUrl, liveUrl: boot.liveUrl, token, at: boot.at, revision: () => this.#state.revision },
      {
        state: (state, force) => this.#onState(state, force),
        change: (change) => this.#onChange(change),
        live: (live) => this.#onLive(live),
        refused: () => this.#onRefused(),
      },
    );
  }

  start(): void {
    this.#render();
    this.#link.start();
    window.setInterval(() => this.#tick(), TICK_MS);
    window.setInterval(() => this.#turnPage(), PAGE_MS);
    window.addEventListener('resize', () => {
      this.#cut = null;
      this.#render();
    });
  }

  #adopt(state: MonitorState): void {
    this.#state = state;
    this.#entries = new Map(state.entries.map((entry) => [entry.id, entry]));
    // What the server says changed today belongs to the day it was made for.
    this.#dayStart = new Map(state.date === this.#date ? state.dayStart.map((item) => [item.id, item.was]) : []);
  }

  #onState(state: MonitorState, force: boolean): void {
    this.#lastGood = Date.now();
    if (state.revision >= this.#state.revision || force) this.#adopt(state);
    this.#save();
    this.#render();
  }

  #onChange(change: ChangeData): void {
    if (change.conference !== this.#state.conference.slug || change.revision <= this.#state.revision) return;
    this.#state = { ...this.#state, revision: change.revision };
    this.#lastGood = Date.now();
    const { entryId, after, before } = change;
    if (entryId !== null && after !== null) {
      if (!this.#dayStart.has(entryId)) this.#dayStart.set(entryId, before === null ? null : placementOf(before));
      const entry = monitorEntry(after);
      const was = this.#dayStart.get(entryId);
      const { filter, venues } = this.#state;
      if (onScreen(entry, filter, venues) || (was != null && onScreen(was, filter, venues))) this.#entries.set(entryId, entry);
      else this.#entries.delete(entryId);
    }
    this.#save();
    this.#render();
  }

  #onLive(live: boolean): void {
    this.#live = live;
    if (live) this.#lastGood = Date.now();
    else this.#notLiveSince = Date.now();
    document.documentElement.dataset.live = String(live);
    this.#render();
  }

  #onRefused(): void {
    this.#refused = true;
    this.#render();
  }

  #tick(): void {
    const now = this.#clock.now();
    if (this.#live) this.#lastGood = Date.now();
    if (now.date !== this.#date) {
      // Midnight on the conference's clock: a new day, whose changes are flagged from now on.
      this.#date = now.date;
      this.#dayStart.clear();
      void this.#link.fetchState(false);
    }
    if (now.clock !== this.#shownClock || this.#isOffline() !== this.#offlineShown) this.#render();
    if (this.#live && now.clock !== this.#shownClock) this.#save();
  }

  #turnPage(): void {
    if (this.#cut === null || this.#cut.pages.count < 2) return;
    this.#page = (this.#page + 1) % this.#cut.pages.count;
    this.#render();
  }

  #isOffline(): boolean {
    return !this.#live && !this.#refused && Date.now() - this.#notLiveSince >= OFFLINE_GRACE_MS;
  }

  #currentState(rows: MonitorRow[]): MonitorState {
    return {
      ...this.#state,
      date: this.#date,
      clock: this.#shownClock,
      entries: [...this.#entries.values()],
      dayStart: [...this.#dayStart].map(([id, was]) => ({ id, was })),
      rows,
    };
  }

  #save(): void {
    const rows = this.#rows();
    save(this.#boot.storageKey, { state: this.#currentState(rows), savedAt: this.#lastGood });
  }

  #rows(): MonitorRow[] {
    const { filter, venues } = this.#state;
    return monitorRows({ entries: [...this.#entries.values()], dayStart: this.#dayStart, venues, filter, date: this.#date, clock: this.#clock.now().clock });
  }

  #draw(props: ScreenProps): void {
    render(h(MonitorScreen, props), this.#root);
  }

  #render(): void {
    const now = this.#clock.now();
    this.#shownClock = now.clock;
    this.#offlineShown = this.#isOffline();
    document.documentElement.dataset.revision = String(this.#state.revision);
    document.documentElement.dataset.offline = String(this.#offlineShown);
    const rows = this.#rows();
    const lastUpdated = this.#offlineShown ? this.#clock.at(this.#lastGood).clock : null;
    const moment = { date: this.#date, clock: now.clock, rows };
    if (this.#refused) {
      this.#draw({ ...screenOf(this.#state, moment), rows: [], notice: { title: M.notRegistered, help: M.notRegisteredHelp } });
      return;
    }
    const signature = `${JSON.stringify(rows)}|${lastUpdated !== null}|${window.innerWidth}x${window.innerHeight}`;
    if (this.#cut === null || this.#cut.signature !== signature) {
      // Drawn whole once to measure, then again as pages, in one task: nothing is painted between.
      this.#draw(screenOf(this.#state, moment, { lastUpdated, paging: null }));
      const main = this.#root.querySelector<HTMLElement>('#programme');
      this.#cut = { signature, pages: main === null ? { pageOf: new Map(), count: 1 } : cutPages(main) };
      if (this.#page >= this.#cut.pages.count) this.#page = 0;
    }
    const { pageOf, count } = this.#cut.pages;
    this.#draw(screenOf(this.#state, moment, { lastUpdated, paging: { pageOf, current: this.#page, count } }));
  }
}
