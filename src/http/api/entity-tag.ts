/**
 * ETags of the API: an entry's is `"<revision>"`, the revision of the change that last wrote it;
 * a list's is the conference's revision. A write names the entry's ETag it read in `If-Match`.
 */
import { readWholeNumber } from '../../app/whole-number.ts';
import { AgoraError } from '../../errors.ts';

export function revisionTag(revision: number): string {
  return `"${revision}"`;
}

/** True when an `If-None-Match` header names `etag` (or `*`): the client's copy is current. */
export function isFresh(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/**
 * The revision an `If-Match` header names: `"12"` or `12`. Without one the write is refused with
 * 428, telling the writer which ETag to send.
 *
 * Examples: `expectedRevision('"12"', 'GET /api/entries/launch')` is 12.
 */
export function expectedRevision(ifMatch: string | undefined, readFrom: string): number {
  if (ifMatch === undefined || ifMatch.trim() === '') {
    throw new AgoraError(
      'AGORA_PRECONDITION_REQUIRED',
      `Nothing was saved: send the ETag you read in an If-Match header, such as If-Match: "12". ${readFrom} answers the entry with its ETag; sending it back makes sure you do not overwrite a change someone made meanwhile.`,
      { problems: [{ where: 'if-match', message: 'is required' }] },
    );
  }
  const match = /^(?:W\/)?("?)(\d+)\1$/.exec(ifMatch.trim());
  const revision = match ? readWholeNumber(match[2] as string) : null;
  if (revision === null) {
    throw new AgoraError('AGORA_BAD_INPUT', `Nothing was saved: If-Match ${JSON.stringify(ifMatch)} is not an ETag of an entry.`, {
      problems: [{ where: 'if-match', message: `send the entry's ETag as ${readFrom} answers it, such as "12"` }],
    });
  }
  return revision;
}
