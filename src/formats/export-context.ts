/**
 * What an exporter needs besides the programme: facts the caller reads from the store.
 *
 * Formats stay pure functions of (programme, context); the route or the CLI computes the context
 * once per revision, so two renders of one revision are byte-for-byte equal.
 */

export interface ExportContext {
  /** The conference's slug, e.g. "cop6": frab's acronym and the domain part of iCal UIDs. */
  slug: string;
  /** The programme's revision. */
  revision: number;
  /** ISO instant of the rendering (iCal DTSTAMP). */
  generatedAt: string;
  /** Public base URL of the live programme, e.g. "https://agora.example/c/cop6"; null if unknown. */
  baseUrl: string | null;
  /** How many times each entry has changed since it was created (0 for unchanged); iCal SEQUENCE. */
  sequences: ReadonlyMap<string, number>;
}

/**
 * The public page of an entry, or null when the base URL is unknown.
 *
 * Examples:
 *
 * ```ts
 * entryUrl({ ...context, baseUrl: 'https://agora.example/c/cop6' }, 'opening'); // "https://agora.example/c/cop6/entries/opening"
 * ```
 */
export function entryUrl(context: ExportContext, entryId: string): string | null {
  if (context.baseUrl === null) return null;
  return `${context.baseUrl.replace(/\/+$/, '')}/entries/${encodeURIComponent(entryId)}`;
}
