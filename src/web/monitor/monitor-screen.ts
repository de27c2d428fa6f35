/**
 * The monitor's screen as one Preact component: rendered to HTML on the server (so the list is
 * there before any script runs) and rendered again in the page on every change, clock tick and
 * page turn. Preact writes text as text nodes and escapes it on the server; no data is ever
 * written as HTML.
 */
import { h, type ComponentChild } from 'preact';
import { formatDay, MONITOR_MESSAGES as M } from './messages.ts';
import type { Flag, MonitorRow, MonitorState, SectionName } from './monitor-model.ts';

const SECTIONS: readonly SectionName[] = ['now', 'next', 'later'];

/** Which page each row is on, and which page is showing. */
export interface Paging {
  pageOf: ReadonlyMap<string, number>;
  current: number;
  count: number;
}

export interface ScreenProps {
  heading: string;
  conference: string | null;
  clock: string;
  day: string;
  rows: readonly MonitorRow[];
  /** Set while the server is out of reach: the wall-clock time of the last good programme. */
  lastUpdated: string | null;
  /** Null shows every row (the server's rendering, and the page while it measures). */
  paging: Paging | null;
  /** Shown instead of the programme: the screen is not registered, or its address is wrong. */
  notice: { title: string; help: string } | null;
}

function sectionTitle(section: SectionName): string {
  return section === 'now' ? M.now : section === 'next' ? M.next : M.later;
}

function timeCell(row: MonitorRow): ComponentChild {
  if (row.start === null) return '';
  if (row.end === null) return h('time', null, row.start);
  return [h('time', null, row.start), h('span', { class: 'until' }, `–${row.end}`)];
}

function flagBadge(flag: Flag): ComponentChild {
  return h('span', { class: `flag flag-${flag.kind}` }, flag.text);
}

function rowLine(row: MonitorRow, hidden: boolean): ComponentChild {
  const classes = ['row', row.cancelled ? 'is-cancelled' : '', row.left ? 'has-left' : '', row.flags.length > 0 ? 'is-flagged' : ''].filter(Boolean).join(' ');
  return h(
    'tr',
    { class: classes, 'data-row': row.id, hidden },
    h('td', { class: 'when' }, timeCell(row)),
    h('td', { class: 'venue' }, row.venue),
    h(
      'td',
      { class: 'event' },
      row.flags.length > 0 ? h('p', { class: 'flags' }, row.flags.map(flagBadge)) : null,
      h('p', { class: 'title' }, row.label, row.continued ? h('span', { class: 'continued' }, ` ${M.continued}`) : null),
      row.sponsors.length > 0 ? h('p', { class: 'sponsors' }, row.sponsors.join(' / ')) : null,
    ),
  );
}

function sectionBlock(section: SectionName, rows: readonly MonitorRow[], paging: Paging | null): ComponentChild {
  if (rows.length === 0) return null;
  const onPage = (row: MonitorRow) => paging === null || paging.pageOf.get(row.id) === paging.current;
  const shown = rows.filter(onPage);
  if (shown.length === 0) return null;
  const continues = paging !== null && (paging.pageOf.get(rows[0]?.id ?? '') ?? 0) < paging.current;
  const title = sectionTitle(section);
  return h(
    'section',
    { class: `block block-${section}`, 'data-section': section, 'aria-labelledby': `heading-${section}` },
    h('h2', { id: `heading-${section}` }, continues ? M.continuedSection(title) : title),
    h(
      'table',
      null,
      h('colgroup', null, h('col', { class: 'col-when' }), h('col', { class: 'col-venue' }), h('col', { class: 'col-event' })),
      h('thead', { class: 'visually-hidden' }, h('tr', null, h('th', { scope: 'col' }, M.columnTime), h('th', { scope: 'col' }, M.columnVenue), h('th', { scope: 'col' }, M.columnEvent))),
      h('tbody', null, rows.map((row) => rowLine(row, !onPage(row)))),
    ),
  );
}

function programme(props: ScreenProps): ComponentChild {
  if (props.notice !== null) {
    return h('main', { class: 'programme notice', id: 'programme' }, h('h2', null, props.notice.title), h('p', null, props.notice.help));
  }
  const blocks = SECTIONS.map((section) => sectionBlock(section, props.rows.filter((row) => row.section === section), props.paging));
  return h('main', { class: 'programme', id: 'programme' }, props.rows.length === 0 ? h('p', { class: 'empty' }, M.nothingLeftToday) : blocks);
}

export function MonitorScreen(props: ScreenProps): ComponentChild {
  return h(
    'div',
    { class: props.lastUpdated === null ? 'screen' : 'screen is-offline', id: 'screen' },
    h(
      'header',
      { class: 'masthead' },
      h('div', { class: 'place' }, h('h1', null, props.heading), props.conference === null ? null : h('p', { class: 'conference' }, props.conference)),
      h('div', { class: 'now' }, h('p', { class: 'clock' }, h('time', null, props.clock)), h('p', { class: 'day' }, props.day)),
    ),
    props.lastUpdated === null
      ? null
      : h('div', { class: 'offline', role: 'status' }, h('strong', null, M.lastUpdated(props.lastUpdated)), h('span', null, M.offlineHelp)),
    programme(props),
    h('footer', { class: 'footer' }, h('p', { class: 'page' }, props.paging !== null && props.paging.count > 1 ? M.pageOf(props.paging.current + 1, props.paging.count) : '')),
  );
}

/** The screen's heading: the building, the venue on a door sign, or the whole programme. */
export function screenHeading(filter: { building: string | null; venue: string | null }): string {
  if (filter.venue !== null) return filter.venue;
  return filter.building !== null ? M.building(filter.building) : M.wholeProgramme;
}

/** The screen of a state at a moment; `rows` are the state's own unless cut again for a later clock. */
export function screenOf(
  state: MonitorState,
  moment: { date: string; clock: string; rows: readonly MonitorRow[] },
  live: { lastUpdated: string | null; paging: Paging | null } = { lastUpdated: null, paging: null },
): ScreenProps {
  return {
    heading: screenHeading(state.filter),
    conference: state.conference.session ?? state.conference.title,
    clock: moment.clock,
    day: formatDay(moment.date, true),
    rows: moment.rows,
    lastUpdated: live.lastUpdated,
    paging: live.paging,
    notice: null,
  };
}
