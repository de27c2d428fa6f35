/**
 * How names of venues and sponsors are compared: "M3 " and "m3" are the same room.
 *
 * Names are typed by people and read from printed documents, so spacing and case drift; the
 * comparison ignores both, and nothing else.
 */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
