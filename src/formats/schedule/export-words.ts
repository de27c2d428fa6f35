/**
 * The few words the exports write themselves (room name for unplaced entries, labels in
 * descriptions). Kept in one place so that they move to the message catalogue together when it
 * exists (Principle 10); English only for now.
 */

export const EXPORT_WORDS = {
  /** The room of an entry that names no venue: plenary and parallel meetings in the example. */
  unnamedVenue: 'Plenary',
  agendaItem: (item: string): string => `Item ${item}`,
  continued: '(continued)',
  sponsors: (names: readonly string[]): string => `Sponsors: ${names.join(', ')}`,
} as const;
