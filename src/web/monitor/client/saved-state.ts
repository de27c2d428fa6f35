/**
 * The last good state, kept in the browser's storage under one key per conference and screen,
 * so a monitor that is reloaded while the server is away still has a programme to show.
 */
import type { MonitorState } from '../monitor-model.ts';

export interface SavedState {
  state: MonitorState;
  /** When the state was last known to be current, in milliseconds since the epoch. */
  savedAt: number;
}

export function loadSaved(key: string): SavedState | null {
  try {
    const text = window.localStorage.getItem(key);
    if (text === null) return null;
    const saved = JSON.parse(text) as Partial<SavedState>;
    if (typeof saved.savedAt !== 'number' || typeof saved.state?.revision !== 'number' || !Array.isArray(saved.state.entries)) return null;
    return saved as SavedState;
  } catch {
    return null;
  }
}

/** Saves quietly: a full or disabled storage must not stop the screen. */
export function save(key: string, saved: SavedState): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(saved));
  } catch {
    // The programme on screen is still good; only a reload while offline would miss it.
  }
}
