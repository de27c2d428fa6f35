/**
 * The grid follows the live change feed: every change another clerk (or the API, or an import)
 * commits makes the grid fetch its content again, so what a clerk sees is never older than a
 * second or so. Changes that arrive while the clerk is moving an entry wait until the move ends,
 * so the block in hand does not jump; the save then answers for itself if the entry changed.
 */

/** Opens the feed from the revision the page was rendered at; `onChange` is called for each later change. */
export function followLiveFeed(body: HTMLElement, onChange: () => void): EventSource | null {
  const live = body.dataset.live;
  const revision = Number(body.dataset.revision);
  if (!live || typeof EventSource === 'undefined') return null;
  const from = Number.isInteger(revision) ? `${live.includes('?') ? '&' : '?'}lastEventId=${revision}` : '';
  const source = new EventSource(`${live}${from}`);
  source.addEventListener('change', () => onChange());
  source.addEventListener('reload', () => onChange());
  return source;
}

/**
 * Fetches the grid's content again and swaps it in, one fetch at a time: a change that comes
 * while a fetch is on its way asks for one more afterwards. `swapped` is told whether the focus
 * was inside the grid, so it can give it back to the same entry.
 */
export function gridRefresher(grid: HTMLElement, swapped: (focusWasInside: boolean) => void): { refresh(): Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;

  async function fetchOnce(): Promise<void> {
    const url = grid.dataset.fragment;
    if (!url) return;
    const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'text/html' } });
    if (!response.ok) return;
    const html = await response.text();
    const parsed = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild;
    if (!parsed) return;
    const revision = response.headers.get('x-agora-revision');
    if (revision !== null) grid.dataset.revision = revision;
    // Asked before the swap: once the focused block is gone, what the browser names as focused differs.
    const focusWasInside = grid.contains(document.activeElement);
    grid.replaceChildren(...Array.from(parsed.childNodes).map((node) => document.adoptNode(node)));
    swapped(focusWasInside);
  }

  async function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await fetchOnce();
        } while (again);
      } catch {
        // The feed will bring the next change; a failed fetch leaves the grid as it was.
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return { refresh };
}
