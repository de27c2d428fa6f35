/**
 * The print page's stylesheet: on screen a readable page, on paper the example's layout, A4
 * portrait: the cover on a page of its own, each table from a new page, the heading and header
 * row repeated on every page (table header groups repeat), the footnotes and notice at the foot
 * of every side-events page (table footer groups repeat), no row split across pages.
 * Logical properties only, so a right-to-left language needs no second stylesheet.
 */
export const PRINT_STYLE = `
:root { color: #000; background: #fff; font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.35; }
body { margin: 0 auto; max-inline-size: 60rem; padding-block: 1rem; padding-inline: 1rem; }
.toolbar { display: flex; gap: 1rem; justify-content: flex-end; margin-block-end: 1rem; }
.cover { text-align: center; padding-block: 3rem; }
.cover p { margin-block: 0.2rem; }
.cover .organiser-short { font-size: 2.6rem; font-weight: 700; color: #1b4f8a; margin-block-start: 1rem; }
.cover .body { font-size: 1.5rem; font-weight: 700; margin-block-start: 5rem; }
.cover .body + .body { font-size: 1.2rem; font-weight: 400; margin-block-start: 0.3rem; }
.cover h1 { font-size: 3rem; color: #1b4f8a; margin-block: 3.5rem 2.5rem; }
.cover .dates { font-weight: 700; }
.cover .theme { font-size: 1.8rem; font-weight: 700; color: #1b4f8a; max-inline-size: 15em; margin-inline: auto; margin-block-start: 4rem; }
.programme-table { margin-block-start: 2rem; }
h2 { font-size: 1.3rem; margin-block: 0 0.5rem; }
table { border-collapse: collapse; inline-size: 100%; }
th, td { border: 0.5pt solid #8c8c8c; padding-block: 0.25rem; padding-inline: 0.35rem; text-align: start; vertical-align: top; }
thead th { font-weight: 400; font-style: italic; background: #f2f2f2; }
thead tr.running-heading { display: none; }
thead tr.running-heading th { border: none; background: none; font-style: normal; font-weight: 700; font-size: 1.3rem; padding-inline: 0; }
tbody th.day { font-weight: 700; background: #dfe6ef; }
.side-events { font-size: 0.9em; }
.side-events col.time { inline-size: 6.5em; }
.side-events col.venue { inline-size: 7.5em; }
.side-events col.event { inline-size: 30%; }
.programme col.time { inline-size: 8em; }
td p { margin: 0; }
td p + p { margin-block-start: 0.25rem; }
td.time { white-space: nowrap; }
.changed { display: block; font-size: 0.8em; font-weight: 700; }
tfoot td { border: none; font-size: 0.85em; padding-inline: 0; padding-block-start: 0.6rem; }
tfoot p { margin-block: 0.15rem; }
.colophon { margin-block-start: 1.5rem; font-size: 0.9em; }
@media print {
  @page { size: A4 portrait; margin: 14mm 14mm 16mm; }
  :root { font-size: 9pt; }
  body { max-inline-size: none; padding: 0; }
  .toolbar { display: none; }
  .cover { break-after: page; padding-block: 2rem 0; }
  .programme-table { break-before: page; margin-block-start: 0; }
  h2 { display: none; }
  thead tr.running-heading { display: table-row; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  tr { break-inside: avoid; }
  tbody tr.day { break-after: avoid; }
  thead th, tbody th.day { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .colophon { break-inside: avoid; }
  a { color: inherit; }
}
`;
