/**
 * Numeric ids for formats that want numbers (frab event and person ids), derived from Agora's
 * string ids so that the same entry or sponsor gets the same number in every render.
 */

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const ENCODER = new TextEncoder();

/** The 32-bit FNV-1a hash of the UTF-8 bytes of `text`, masked to 31 bits so it fits a signed integer. */
export function fnv1a31(text: string): number {
  let hash = FNV_OFFSET_BASIS;
  for (const byte of ENCODER.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return (hash >>> 0) & 0x7fffffff;
}

/**
 * A positive number for each distinct key, stable across renders.
 *
 * Each key gets the 31-bit FNV-1a hash of itself. A key whose hash is 0 or already taken by an
 * earlier key rehashes as `key#1`, `key#2`, … until the number is free, so collisions resolve in
 * the order the keys are given (programme order): an earlier key never loses its number to a
 * later one, and adding a key at the end changes no other key's number.
 *
 * Examples:
 *
 * ```ts
 * stableNumbers(['opening', 'agenda']).get('opening'); // the same number in every render
 * ```
 */
export function stableNumbers(keys: Iterable<string>): Map<string, number> {
  const numbers = new Map<string, number>();
  const taken = new Set<number>();
  for (const key of keys) {
    if (numbers.has(key)) continue;
    let number = fnv1a31(key);
    for (let attempt = 1; number === 0 || taken.has(number); attempt += 1) number = fnv1a31(`${key}#${attempt}`);
    numbers.set(key, number);
    taken.add(number);
  }
  return numbers;
}
