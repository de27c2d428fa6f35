/**
 * The print page: the printed programme as server-rendered HTML with a print stylesheet, so a
 * browser prints the example's layout (cover, the two tables, footnotes, notice). It draws the
 * same layout value as the PDF and the Word document; Preact escapes every text and attribute.
 */
import type { ComponentChildren } from 'preact';
import { PRINT_WORDS, type DayBand, type PrintCell, type PrintedProgramme, type PrintTable } from '../../formats/print/index.ts';
import { PRINT_STYLE } from './print-style.ts';

export interface PrintPageProps {
  printed: PrintedProgramme;
  /** Where the same programme is as PDF and as a Word document, relative to the page. */
  links: { pdf: string; docx: string };
}

export function PrintPage({ printed, links }: PrintPageProps) {
  const { cover } = printed;
  return (
    <html lang={PRINT_WORDS.locale} dir={PRINT_WORDS.direction}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{PRINT_WORDS.printTitle(printed.title)}</title>
        <style dangerouslySetInnerHTML={{ __html: PRINT_STYLE }} />
      </head>
      <body>
        <nav class="toolbar" aria-label={PRINT_WORDS.downloads}>
          <a href={links.pdf}>{PRINT_WORDS.pdf}</a>
          <a href={links.docx}>{PRINT_WORDS.docx}</a>
        </nav>
        <header class="cover">
          {cover.organiserShort && <p class="organiser-short">{cover.organiserShort}</p>}
          {cover.organiser && <p class="organiser">{cover.organiser}</p>}
          {cover.body.map((line) => (
            <p class="body">{line}</p>
          ))}
          <h1>{cover.programme}</h1>
          {cover.session && <p class="session">{cover.session}</p>}
          {cover.dates && <p class="dates">{cover.dates}</p>}
          {cover.theme && <p class="theme">{cover.theme}</p>}
        </header>
        <main>
          {printed.meetings && (
            <TableSection id="programme" table={printed.meetings} widths={['time', 'plenary', 'parallel']} footer={null}>
              {(row) => [<Time time={row.time} changed={row.changed} />, <Cell cell={row.plenary} />, <Cell cell={row.parallel} />]}
            </TableSection>
          )}
          {printed.sideEvents && (
            <TableSection id="side-events" table={printed.sideEvents} widths={['time', 'venue', 'event', 'description']} footer={<PageNotes printed={printed} />}>
              {(row) => [<Time time={row.time} changed={row.changed} />, <td>{row.venue}</td>, <Cell cell={row.event} />, <Cell cell={row.description} />]}
            </TableSection>
          )}
        </main>
        <Colophon printed={printed} />
      </body>
    </html>
  );
}

interface TableSectionProps<Row> {
  id: string;
  table: PrintTable<Row>;
  /** Class names of the columns, for their widths. */
  widths: string[];
  footer: ComponentChildren;
  children: (row: Row) => ComponentChildren;
}

/** A heading and its table: a running heading and the header row repeat on each printed page; a tbody per day. */
function TableSection<Row extends { kind: string }>({ id, table, widths, footer, children }: TableSectionProps<Row>) {
  const span = table.columns.length;
  return (
    <section class={`programme-table ${id}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{table.heading}</h2>
      <table aria-labelledby={`${id}-heading`}>
        <colgroup>
          {widths.map((name) => (
            <col class={name} />
          ))}
        </colgroup>
        <thead>
          <tr class="running-heading" aria-hidden="true">
            <th colSpan={span}>{table.heading}</th>
          </tr>
          <tr>
            {table.columns.map((column) => (
              <th scope="col">{column}</th>
            ))}
          </tr>
        </thead>
        {footer && (
          <tfoot>
            <tr>
              <td colSpan={span}>{footer}</td>
            </tr>
          </tfoot>
        )}
        {days(table.rows).map(({ band, rows }) => (
          <tbody>
            <tr class="day">
              <th colSpan={span} scope="rowgroup" class="day">
                {band.text}
              </th>
            </tr>
            {rows.map((row) => (
              <tr>{children(row)}</tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}

/** The table's rows split at its day bands. */
function days<Row extends { kind: string }>(rows: (DayBand | Row)[]): { band: DayBand; rows: Row[] }[] {
  const groups: { band: DayBand; rows: Row[] }[] = [];
  for (const row of rows) {
    if (isDayBand(row)) groups.push({ band: row, rows: [] });
    else groups[groups.length - 1]?.rows.push(row);
  }
  return groups;
}

function isDayBand(row: { kind: string }): row is DayBand {
  return row.kind === 'day';
}

function Time({ time, changed }: { time: string | null; changed: boolean }) {
  return (
    <td class="time">
      {time}
      {changed && <span class="changed">{`${PRINT_WORDS.changedMark} ${PRINT_WORDS.changed}`}</span>}
    </td>
  );
}

function Cell({ cell }: { cell: PrintCell }) {
  return (
    <td>
      {cell.map((paragraph) => (
        <p>{paragraph.map((run) => (run.italic ? <i>{run.text}</i> : run.text))}</p>
      ))}
    </td>
  );
}

/** The footnotes and the notice, at the foot of every side-events page. */
function PageNotes({ printed }: { printed: PrintedProgramme }) {
  return (
    <>
      {printed.footnotes.map((footnote) => (
        <p>{`${footnote.marker} ${footnote.text}`}</p>
      ))}
      {printed.notice && <p class="notice">{printed.notice}</p>}
    </>
  );
}

function Colophon({ printed }: { printed: PrintedProgramme }) {
  const { colophon } = printed;
  return (
    <footer class="colophon">
      {colophon.liveUrl === null ? (
        <p>
          <strong>{PRINT_WORDS.noLiveProgramme}</strong>
        </p>
      ) : (
        <p>
          {PRINT_WORDS.liveProgramme} <a href={colophon.liveUrl}>{colophon.liveUrl}</a>
        </p>
      )}
      <p>{PRINT_WORDS.printedAt(colophon.revision, colophon.printedAt)}</p>
      {colophon.changedSince !== null && <p>{`${PRINT_WORDS.changedMark} ${PRINT_WORDS.changedSince(colophon.changedSince)}`}</p>}
    </footer>
  );
}
