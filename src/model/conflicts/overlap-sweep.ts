/**
 * Finding overlapping pairs without comparing every pair: group, sort by start, sweep.
 */
import { compareTimed, type TimedEntry } from './timed-entry.ts';

/**
 * Calls `visit(earlier, later)` once for each pair in `group` whose times overlap; sorts `group`
 * in place.
 *
 * The items are sorted by start; an item stays in the active set until one starts at or after its
 * end. Each step drops the finished items and pairs the new one with every item still active, so
 * the work is the sort plus one step per item and one per overlapping pair. Items should share a
 * date; the caller groups them.
 *
 * Examples: 09:00–10:00 and 09:30–10:30 are visited; 09:00–10:00 and 10:00–11:00 are not.
 */
export function forEachOverlap(group: TimedEntry[], visit: (earlier: TimedEntry, later: TimedEntry) => void): void {
  if (group.length < 2) return;
  group.sort(compareTimed);
  const active: TimedEntry[] = [];
  for (const item of group) {
    let kept = 0;
    for (const other of active) if (other.end > item.start) active[kept++] = other;
    active.length = kept;
    for (const other of active) visit(other, item);
    active.push(item);
  }
}

/**
 * Calls `visit(group)` for each group of two or more `items` that share a key; `keys[i]` is the key
 * of `items[i]`, a whole number from 0 to `keyCount` − 1 (such as room × day). Groups come in key
 * order; items keep their order within a group.
 *
 * A counting sort puts the items in key order in one flat list, and only groups that can hold a
 * pair become lists of their own: on a large programme, hashing keys into a Map and building a
 * list for every group was most of the cost of a sweep. When the keys could be too many for a
 * table (a programme over thousands of days), they are renumbered densely first.
 */
export function forEachGroup<T>(keys: ArrayLike<number>, items: readonly T[], keyCount: number, visit: (group: T[]) => void): void {
  if (keyCount > 4 * items.length + 1024) {
    const dense = denseKeys(keys);
    forEachGroup(dense.keys, items, dense.count, visit);
    return;
  }
  const starts = new Int32Array(keyCount + 1);
  for (let index = 0; index < items.length; index += 1) {
    const next = (keys[index] as number) + 1;
    starts[next] = (starts[next] as number) + 1;
  }
  for (let key = 0; key < keyCount; key += 1) starts[key + 1] = (starts[key + 1] as number) + (starts[key] as number);
  const cursor = starts.slice(0, keyCount);
  const ordered = new Array<T>(items.length);
  for (let index = 0; index < items.length; index += 1) {
    const key = keys[index] as number;
    const place = cursor[key] as number;
    ordered[place] = items[index] as T;
    cursor[key] = place + 1;
  }
  for (let key = 0; key < keyCount; key += 1) {
    const from = starts[key] as number;
    const to = starts[key + 1] as number;
    if (to - from >= 2) visit(ordered.slice(from, to));
  }
}

/** The keys renumbered 0, 1, 2, … in order of first appearance. */
function denseKeys(keys: ArrayLike<number>): { keys: Int32Array; count: number } {
  const numbers = new Map<number, number>();
  const dense = new Int32Array(keys.length);
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as number;
    let number = numbers.get(key);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(key, number);
    }
    dense[index] = number;
  }
  return { keys: dense, count: numbers.size };
}
