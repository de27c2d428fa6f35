/**
 * The change banner: listens to the live feed from the revision the page was rendered at and,
 * for each later change, says in a line at the top what changed, with a link to reload.
 */
import type { Entry } from '../../model/programme.ts';
import { entryName } from '../entry-name.ts';
import type { Messages } from '../messages.ts';
import type { WallClockFormat } from '../wall-clock-format.ts';
import { el } from './dom.ts';

/** The `change` event's data, as src/http/live-routes.ts writes it. */
export interface LiveChangeData {
  revision: number;
  kind: string;
  entryId: string | null;
  before: Partial<Entry> | null;
  after: Partial<Entry> | null;
  reload: boolean;
}

/** The lines a change adds to the banner: "Eel routes moved to R2 (was R1)". */
export function describeChange(change: LiveChangeData, messages: Messages, format: WallClockFormat): string[] {
  const b = messages.banner;
  if (change.kind === 'venue') return [b.venuesChanged];
  if (change.kind === 'settings') return [b.settingsChanged];
  if (change.kind === 'note') return [b.notesChanged];
  if (change.kind === 'release') {
    const name = (change.after as { name?: unknown } | null)?.name;
    return [b.released(typeof name === 'string' ? name : 'a new release')];
  }
  if (change.reload) return [b.replaced];
  const before = change.before ?? {};
  const after = change.after ?? {};
  const shown = change.after ?? change.before;
  const title = shown ? entryName({ kind: shown.kind ?? 'side-event', agendaItem: shown.agendaItem ?? null, title: shown.title ?? '', parts: shown.parts ?? [] }, messages) : (change.entryId ?? '');
  if (change.kind === 'add') return [b.added(title)];
  if (change.kind === 'cancel' || (after.status === 'cancelled' && before.status !== 'cancelled')) return [b.cancelled(title)];
  if (change.kind === 'restore' || (after.status === 'scheduled' && before.status === 'cancelled')) return [b.restored(title)];
  const lines: string[] = [];
  if (before.venue !== after.venue) lines.push(b.moved(title, after.venue ?? b.noVenue, before.venue ?? b.noVenue));
  if (before.date !== after.date) {
    const day = (date: string | null | undefined) => (date ? format.dayShort(date) : b.noDay);
    lines.push(b.redated(title, day(after.date), day(before.date)));
  }
  if (before.start !== after.start || before.end !== after.end) {
    const startOnly = before.start !== after.start && before.end !== undefined && after.end !== undefined;
    const time = (entry: Partial<Entry>) => (entry.start ? (startOnly ? format.time(entry.start) : format.timeRange(entry.start, entry.end ?? null)) : b.noTime);
    lines.push(b.retimed(title, time(after), time(before)));
  }
  return lines.length > 0 ? lines : [b.changed(title)];
}

export function startChangeBanner(body: HTMLElement, banner: HTMLElement, messages: Messages, format: WallClockFormat): void {
  const live = body.dataset.live;
  const revision = Number(body.dataset.revision);
  if (!live || !Number.isInteger(revision) || typeof EventSource === 'undefined') return;
  const seen = new Set<number>();
  const list = el('ul', {});
  const show = (lines: string[]) => {
    if (banner.hidden) {
      banner.replaceChildren(el('p', { class: 'banner-heading' }, messages.banner.heading), list, el('p', {}, el('a', { href: location.href, class: 'reload' }, messages.banner.reload)));
      banner.hidden = false;
    }
    for (const line of lines) list.append(el('li', {}, line));
  };
  const source = new EventSource(`${live}${live.includes('?') ? '&' : '?'}lastEventId=${revision}`);
  source.addEventListener('change', (event) => {
    let data: LiveChangeData;
    try {
      data = JSON.parse((event as MessageEvent<string>).data) as LiveChangeData;
    } catch {
      return;
    }
    if (data.revision <= revision || seen.has(data.revision)) return;
    seen.add(data.revision);
    show(describeChange(data, messages, format));
  });
  source.addEventListener('reload', () => show([messages.banner.replaced]));
}
