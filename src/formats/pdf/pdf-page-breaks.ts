/**
 * Where the tables break between pages, as the example breaks them: between days where it can.
 *
 * - A day's band never stands alone at the foot of a page: it moves to the next page with the
 *   day's first row.
 * - A day that starts in the lowest two fifths of a page and ends on the next page starts on the
 *   next page instead, so that most pages open with a day; a longer day runs on where it is.
 *
 * pdfmake lays the whole document out again after each break it is asked for, so the number of
 * such breaks is capped: a long programme keeps its layout time bounded, at worst with a day
 * that begins low on a page.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

const MAX_BREAKS = 8;
/** Below this share of the page's height, a day that runs over starts on the next page. */
const LOW_ON_PAGE = 0.6;

type PageBreakBefore = NonNullable<TDocumentDefinitions['pageBreakBefore']>;

export class DayBreaks {
  /** For each band's id: the id of its first row and of what follows its day (the next band or the table's end). */
  readonly #bands = new Map<string, { firstRow: string; next: string }>();
  #lastBand: string | null = null;
  #count = 0;

  /** The id of a new day band, which follows the one before in the same table. */
  band(table: string, date: string): string {
    const id = `day-band:${table}:${date}:${this.#count++}`;
    this.#follow(id);
    this.#bands.set(id, { firstRow: `${id}:first-row`, next: '' });
    this.#lastBand = id;
    return id;
  }

  /** The id the first row after `band` carries. */
  firstRow(band: string): string {
    return this.#bands.get(band)?.firstRow ?? `${band}:first-row`;
  }

  /** The id of the marker that ends a table: the last day's band is followed by it. */
  tableEnd(table: string): string {
    const id = `table-end:${table}:${this.#count++}`;
    this.#follow(id);
    this.#lastBand = null;
    return id;
  }

  #follow(id: string): void {
    const last = this.#lastBand === null ? undefined : this.#bands.get(this.#lastBand);
    if (last !== undefined) last.next = id;
  }

  /** The document's `pageBreakBefore`. */
  pageBreakBefore(): PageBreakBefore {
    let breaks = 0;
    return (node, context) => {
      const band = node.id === undefined ? undefined : this.#bands.get(node.id);
      if (band === undefined || breaks >= MAX_BREAKS) return false;
      const onPage = new Set(context.getFollowingNodesOnPage().map((other) => other.id));
      const orphaned = !onPage.has(band.firstRow);
      const low = (node.startPosition?.verticalRatio ?? 0) > LOW_ON_PAGE;
      const endsOnNextPage = () => !onPage.has(band.next) && context.getNodesOnNextPage().some((other) => other.id === band.next);
      if (!orphaned && !(low && endsOnNextPage())) return false;
      breaks += 1;
      return true;
    };
  }
}
