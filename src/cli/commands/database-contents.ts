import type { WrittenConference } from '../../store/write-tables.ts';

/** "2 conferences (cws3 at revision 31, demo at revision 4) and 1 token" */
export function describeContents(conferences: readonly WrittenConference[], tokens: number): string {
  const listed = conferences.map((conference) => `${conference.slug} at revision ${conference.revision}`).join(', ');
  const held = conferences.length === 0 ? 'no conference' : `${conferences.length} conference${conferences.length === 1 ? '' : 's'} (${listed})`;
  return `${held} and ${tokens} token${tokens === 1 ? '' : 's'}`;
}
