/**
 * Stars for "my agenda", kept in this browser's localStorage per conference. Every star button
 * on the page (`<button data-star="<id>" hidden>`) is shown and kept in step with the stored set.
 */
import type { Messages } from '../messages.ts';

export interface StarStore {
  ids(): string[];
  has(id: string): boolean;
  toggle(id: string): void;
  /** Calls `listener` after every change, here or in another tab. */
  onChange(listener: () => void): void;
}

export function starStore(slug: string): StarStore {
  const key = `agora:agenda:${slug}`;
  const listeners: (() => void)[] = [];
  const read = (): string[] => {
    try {
      const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
      return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
    } catch {
      return [];
    }
  };
  const write = (ids: string[]) => {
    try {
      localStorage.setItem(key, JSON.stringify(ids));
    } catch {
      // Storage full or refused (private browsing): the star simply does not stick.
    }
  };
  window.addEventListener('storage', (event) => {
    if (event.key === key) for (const listener of listeners) listener();
  });
  return {
    ids: read,
    has: (id) => read().includes(id),
    toggle(id) {
      const ids = read();
      write(ids.includes(id) ? ids.filter((known) => known !== id) : [...ids, id]);
      for (const listener of listeners) listener();
    },
    onChange: (listener) => listeners.push(listener),
  };
}

function showState(button: HTMLButtonElement, starred: boolean, messages: Messages): void {
  const label = starred ? messages.star.remove : messages.star.add;
  button.dataset.starred = String(starred);
  if (button.title !== '') button.title = label;
  const icon = button.querySelector('.star-icon');
  const text = button.querySelector('.star-label');
  if (icon) icon.textContent = starred ? messages.star.iconOn : messages.star.iconOff;
  if (text) text.textContent = label;
}

/** Shows the star buttons under `root` and makes them work; safe to call again for new buttons. */
export function wireStars(root: ParentNode, stars: StarStore, messages: Messages): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-star]')) {
    const id = button.dataset.star;
    if (id === undefined || button.dataset.wired === 'true') continue;
    button.dataset.wired = 'true';
    button.hidden = false;
    showState(button, stars.has(id), messages);
    button.addEventListener('click', () => stars.toggle(id));
  }
}

/** Brings every star button on the page in line with the stored set. */
export function refreshStars(root: ParentNode, stars: StarStore, messages: Messages): void {
  const ids = new Set(stars.ids());
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-star]')) {
    const id = button.dataset.star;
    if (id !== undefined) showState(button, ids.has(id), messages);
  }
}
