/**
 * "Did you mean …?" for an unknown field: the allowed field a clerk most likely meant.
 *
 * A field written in another case or with separators (`agenda_item`) or a near miss (`sponsor`,
 * `descripton`) is matched by spelling; a field named in other words (`room` for `venue`) by a
 * short list of the words programmes and other formats use for the same fact.
 */

/** Other words for Agora's field names, as other formats and spreadsheets write them. */
const OTHER_WORDS: ReadonlyArray<readonly [field: string, words: readonly string[]]> = [
  ['venue', ['room', 'location', 'place', 'hall']],
  ['kind', ['type', 'category']],
  ['start', ['begin', 'begins', 'from', 'starttime', 'starts']],
  ['end', ['finish', 'to', 'until', 'endtime', 'ends']],
  ['date', ['day']],
  ['sponsors', ['organisers', 'organizers', 'hosts', 'by']],
  ['agendaItem', ['item', 'agenda', 'itemnumber', 'number']],
  ['notes', ['footnotes']],
  ['parts', ['panels']],
  ['status', ['state']],
  ['expectedAttendance', ['attendance', 'attendees', 'participants']],
  ['title', ['name', 'subject']],
  ['description', ['summary', 'abstract', 'details']],
  ['capacity', ['seats', 'size']],
  ['openingHours', ['hours', 'opening', 'availability']],
  ['organizer', ['organiser', 'host']],
  ['organizerShort', ['acronym', 'organisershort']],
  ['timeZone', ['zone', 'tz']],
  ['startDate', ['start', 'from', 'begins', 'firstday']],
  ['endDate', ['end', 'until', 'lastday']],
  ['text', ['note', 'content', 'body']],
  ['label', ['letter']],
];

/**
 * The allowed field `unknown` most likely stands for, or null when none is close.
 *
 * `candidates` are the fields the object may still take (those it does not already have), in
 * the schema's order; a tie goes to the earlier one.
 *
 * Examples:
 *
 * ```ts
 * suggestField('room', ['venue', 'title']); // "venue"
 * suggestField('colour', ['venue', 'title']); // null
 * ```
 */
export function suggestField(unknown: string, candidates: readonly string[]): string | null {
  const wanted = normalise(unknown);
  const sameSpelling = candidates.find((candidate) => normalise(candidate) === wanted);
  if (sameSpelling !== undefined) return sameSpelling;
  const synonym = candidates.find((candidate) => OTHER_WORDS.some(([field, words]) => field === candidate && words.includes(wanted)));
  if (synonym !== undefined) return synonym;
  const limit = wanted.length < 5 ? 1 : 2;
  let best: { candidate: string; distance: number } | null = null;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, normalise(candidate));
    if (distance <= limit && (best === null || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate ?? null;
}

function normalise(field: string): string {
  return field.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Levenshtein distance: the fewest one-character insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
