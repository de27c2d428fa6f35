/**
 * The monitor's look: light type on black for a screen read from across a hall, sized to the
 * screen (about 42 px body text on a 1080-line screen, never under 32 px), no motion, and only
 * logical properties so a right-to-left language mirrors the layout by itself.
 */
export const MONITOR_CSS = `
:root {
  color-scheme: dark;
  --ink: #ffffff;
  --quiet: #d8d8d8;
  --ground: #000000;
  --rule: #4a4a4a;
  --now: #5fe08a;
  --next: #ffd23f;
  --later: #9fd3ff;
  --flag-ink: #000000;
  --flag: #ffd23f;
  --cancel: #ff6b6b;
  --alarm: #c40000;
  font-size: max(32px, min(3.9vh, 3.9vw));
}
* { box-sizing: border-box; }
html, body { margin: 0; block-size: 100%; background: var(--ground); color: var(--ink); overflow: hidden; cursor: none; }
body { font-family: "DejaVu Sans", "Noto Sans", "Helvetica Neue", Arial, sans-serif; line-height: 1.2; font-variant-numeric: tabular-nums; }
p, h1, h2 { margin: 0; }
.visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.screen { display: flex; flex-direction: column; block-size: 100vh; padding-inline: 0.9rem; }
.masthead { display: flex; align-items: center; justify-content: space-between; gap: 1rem; padding-block: 0.35rem 0.3rem; border-block-end: 0.12rem solid var(--ink); }
.place { min-inline-size: 0; }
.place h1 { font-size: 1.9rem; font-weight: 800; line-height: 1.05; }
.conference { font-size: 0.8rem; color: var(--quiet); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.now { text-align: end; flex: none; }
.clock { font-size: 2.3rem; font-weight: 800; line-height: 1; }
.day { font-size: 0.8rem; color: var(--quiet); }
.offline { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.2rem 0.8rem; margin-block-start: 0.3rem; padding-block: 0.25rem; padding-inline: 0.6rem; background: var(--alarm); color: #ffffff; border: 0.1rem solid #ffffff; }
.offline strong { font-size: 1.35rem; font-weight: 800; }
.offline span { font-size: 0.8rem; }
.programme { flex: 1; min-block-size: 0; overflow: hidden; }
.block { margin-block-start: 0.35rem; }
.block h2 { font-size: 0.9rem; font-weight: 800; text-transform: uppercase; letter-spacing: 0.08em; padding-block: 0.1rem; padding-inline-start: 0.4rem; border-inline-start: 0.35rem solid var(--later); color: var(--later); }
.block-now h2 { color: var(--now); border-inline-start-color: var(--now); }
.block-next h2 { color: var(--next); border-inline-start-color: var(--next); }
table { inline-size: 100%; border-collapse: collapse; table-layout: fixed; }
td { vertical-align: top; padding-block: 0.22rem; padding-inline: 0 0.5rem; border-block-end: 0.05rem solid var(--rule); text-align: start; }
col.col-when { inline-size: 7.6rem; }
col.col-venue { inline-size: 7.4rem; }
td.when { font-weight: 700; white-space: nowrap; }
td.venue { font-weight: 700; overflow-wrap: break-word; }
td.event { padding-inline-end: 0; }
.until { color: var(--quiet); }
.title { font-weight: 700; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; }
.continued { font-weight: 400; font-style: italic; color: var(--quiet); }
.sponsors { font-size: 0.8rem; color: var(--quiet); display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.flags { display: flex; flex-wrap: wrap; gap: 0.2rem 0.4rem; margin-block-end: 0.12rem; }
.flag { font-size: 0.85rem; font-weight: 800; padding-inline: 0.3rem; background: var(--flag); color: var(--flag-ink); }
.flag-cancelled { background: var(--cancel); }
.is-cancelled .title, .is-cancelled td.when, .is-cancelled td.venue { text-decoration: line-through; text-decoration-thickness: 0.08em; color: var(--quiet); }
.empty, .notice p { font-size: 1.1rem; margin-block-start: 1.2rem; color: var(--quiet); }
.notice h2 { font-size: 1.8rem; margin-block-start: 2rem; }
.footer { display: flex; justify-content: flex-end; min-block-size: 1.2rem; padding-block: 0.1rem 0.2rem; }
.page { font-size: 0.8rem; color: var(--quiet); }
@media (orientation: portrait) {
  /* A tall screen is narrow: the time and the venue share the first column, the event takes the rest. */
  table, tbody { display: block; }
  colgroup { display: none; }
  tr { display: grid; grid-template-columns: 7.6rem 1fr; grid-template-areas: "when event" "venue event"; grid-template-rows: auto 1fr; border-block-end: 0.05rem solid var(--rule); }
  tr[hidden] { display: none; }
  td { border-block-end: none; }
  td.when { grid-area: when; padding-block-end: 0; }
  td.venue { grid-area: venue; padding-block-start: 0; }
  td.event { grid-area: event; }
  .title { -webkit-line-clamp: 5; }
  .sponsors { -webkit-line-clamp: 3; }
  .place h1 { font-size: 1.6rem; }
  .clock { font-size: 2rem; }
}
`;
