/**
 * Draws "my agenda" from the programme the page embeds and the stars kept in this browser, day by
 * day, with a link to download the starred entries as one calendar file.
 */
import { readAgendaEntries, type AgendaEntry } from '../agenda-data.ts';
import type { Messages } from '../messages.ts';
import type { WallClockFormat } from '../wall-clock-format.ts';
import { el } from './dom.ts';
import { wireStars, type StarStore } from './stars.ts';

function entryItem(entry: AgendaEntry, messages: Messages, format: WallClockFormat): HTMLLIElement {
  const when = [entry.start === null ? messages.entry.timeUnknown : format.timeRange(entry.start, entry.end), entry.venue].filter((text) => text !== null).join(messages.detailSeparator);
  const link = el('a', { href: entry.href }, entry.name);
  const star = el(
    'button',
    { type: 'button', class: 'star compact', 'data-star': entry.id, 'data-starred': 'true', title: messages.star.remove },
    el('span', { class: 'star-icon', 'aria-hidden': 'true' }, messages.star.iconOn),
    el('span', { class: 'star-label visually-hidden' }, messages.star.remove),
  );
  return el(
    'li',
    { class: entry.cancelled ? 'entry-card cancelled' : 'entry-card' },
    el('p', { class: 'when' }, when),
    el('p', { class: 'entry-name' }, entry.cancelled ? el('s', {}, link) : link, entry.cancelled && ' ', entry.cancelled && el('strong', { class: 'badge badge-cancelled' }, messages.entry.cancelled), ' ', star),
  );
}

export function drawAgenda(section: HTMLElement, stars: StarStore, messages: Messages, format: WallClockFormat): void {
  const starred = new Set(stars.ids());
  const entries = readAgendaEntries(section.dataset.entries).filter((entry) => starred.has(entry.id));
  section.replaceChildren();
  if (entries.length === 0) {
    section.append(el('p', { class: 'none' }, messages.agenda.empty));
    return;
  }
  const ics = `${section.dataset.ics ?? 'agenda.ics'}?ids=${entries.map((entry) => encodeURIComponent(entry.id)).join(',')}`;
  section.append(
    el('p', { class: 'agenda-summary' }, messages.agenda.count(entries.length), ' ', el('a', { class: 'button', href: ics, download: 'agenda.ics' }, messages.agenda.download)),
  );
  const days = [...new Set(entries.map((entry) => entry.date))];
  for (const date of days) {
    section.append(
      el('h2', {}, date === null ? messages.entry.dateUnknown : format.day(date)),
      el('ol', { class: 'entry-list' }, ...entries.filter((entry) => entry.date === date).map((entry) => entryItem(entry, messages, format))),
    );
  }
  wireStars(section, stars, messages);
}
