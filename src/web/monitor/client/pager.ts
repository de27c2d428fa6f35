/**
 * Cutting the list into pages that fit the screen: rows are measured as rendered and packed
 * whole, a section's heading always goes with at least its first row, and a section that runs
 * on to the next page is headed again there. Nothing scrolls and no row is cut in half.
 */

export interface PageCut {
  pageOf: Map<string, number>;
  count: number;
}

function px(value: string): number {
  const number = Number.parseFloat(value);
  return Number.isFinite(number) ? number : 0;
}

/** Measures the rows inside `main` (all shown) and packs them into pages of its height. */
export function cutPages(main: HTMLElement): PageCut {
  const available = main.clientHeight;
  const pageOf = new Map<string, number>();
  let page = 0;
  let used = 0;
  for (const section of Array.from(main.querySelectorAll<HTMLElement>('section[data-section]'))) {
    const table = section.querySelector('table');
    if (!table) continue;
    const head = px(getComputedStyle(section).marginBlockStart) + (table.getBoundingClientRect().top - section.getBoundingClientRect().top);
    let headed = false;
    for (const row of Array.from(section.querySelectorAll<HTMLElement>('tr[data-row]'))) {
      const height = row.getBoundingClientRect().height;
      let need = (headed ? 0 : head) + height;
      if (used > 0 && used + need > available - 1) {
        page += 1;
        used = 0;
        need = head + height;
      }
      used += need;
      headed = true;
      pageOf.set(row.dataset.row ?? '', page);
    }
  }
  return { pageOf, count: page + 1 };
}
