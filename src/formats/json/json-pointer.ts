/**
 * JSON pointers (RFC 6901) as problems name places in a document: `/entries/3/start`.
 *
 * The document itself is `/` rather than the empty pointer, so that a clerk sees something.
 */

export type PointerToken = string | number;

/** The pointer of `tokens` below the document root: `pointerOf('entries', 3, 'start')` is `/entries/3/start`. */
export function pointerOf(...tokens: PointerToken[]): string {
  return childPointer('', ...tokens);
}

/** The pointer of `tokens` below `parent` (itself a pointer; `""` and `/` both mean the root). */
export function childPointer(parent: string, ...tokens: PointerToken[]): string {
  const base = parent === '/' ? '' : parent;
  return base + tokens.map((token) => `/${escapeToken(String(token))}`).join('');
}

/** `""` (the root, as Ajv writes it) becomes `/`; every other pointer is unchanged. */
export function displayPointer(pointer: string): string {
  return pointer === '' ? '/' : pointer;
}

/** The unescaped tokens of a pointer: `/entries/3/start` → `["entries", "3", "start"]`. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
