/**
 * Globally unique, stable ids (UUID version 5, RFC 9562) for schedule events: the same
 * conference slug and entry id give the same guid on every server and in every render.
 */
import { createHash } from 'node:crypto';

/** Agora's own namespace for name-based UUIDs. Fixed forever: changing it changes every guid. */
export const AGORA_UUID_NAMESPACE = '19ef14d2-b71f-43d6-8891-f21204e3cc26';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The version-5 UUID of `name` in `namespace` (SHA-1 of the namespace's bytes and the name's UTF-8).
 *
 * Examples:
 *
 * ```ts
 * uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org'); // "886313e1-3b8a-5372-9b90-0c9aee199e5d"
 * ```
 */
export function uuidV5(namespace: string, name: string): string {
  if (!UUID.test(namespace)) throw new TypeError(`"${namespace}" is not a UUID`);
  const digest = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = digest.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The guid of an entry of a conference: the UUID v5 of "<slug>/<entry id>" in Agora's namespace. */
export function entryGuid(slug: string, entryId: string): string {
  return uuidV5(AGORA_UUID_NAMESPACE, `${slug}/${entryId}`);
}
