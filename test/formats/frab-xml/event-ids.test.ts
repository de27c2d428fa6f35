import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { entryGuid, uuidV5 } from '../../../src/formats/schedule/entry-guid.ts';
import { fnv1a31, stableNumbers } from '../../../src/formats/schedule/stable-numbers.ts';

/** Two ids whose 31-bit FNV-1a hashes are equal (found by search, kept here as a fixed case). */
const COLLIDING = ['entry-179599', 'entry-362382'] as const;

describe('stable event and person numbers', () => {
  test('a number is the 31-bit FNV-1a hash of the id', () => {
    assert.equal(fnv1a31(''), 0x811c9dc5 & 0x7fffffff);
    assert.equal(fnv1a31('a'), 0xe40c292c & 0x7fffffff);
    assert.equal(stableNumbers(['opening']).get('opening'), fnv1a31('opening'));
  });

  test('of two colliding ids the earlier in programme order keeps its hash and the later is moved, the same way every time', () => {
    const [earlier, later] = COLLIDING;
    assert.equal(fnv1a31(earlier), fnv1a31(later));
    const numbers = stableNumbers(['opening', earlier, later]);
    assert.equal(numbers.get(earlier), fnv1a31(earlier));
    assert.notEqual(numbers.get(later), numbers.get(earlier));
    assert.deepEqual(stableNumbers(['opening', earlier, later]), numbers);
  });

  test('adding an id at the end renumbers no other', () => {
    const before = stableNumbers([COLLIDING[0], 'agenda', 'opening']);
    const after = stableNumbers([COLLIDING[0], 'agenda', 'opening', COLLIDING[1]]);
    for (const [key, number] of before) assert.equal(after.get(key), number);
  });

  test('a key given twice gets one number', () => {
    const numbers = stableNumbers(['Portugal', 'Morocco', 'Portugal']);
    assert.equal(numbers.size, 2);
  });
});

describe('event guids', () => {
  test('UUID v5 matches the reference value for "python.org" in the DNS namespace', () => {
    assert.equal(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org'), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  test('an entry’s guid depends only on the conference slug and the entry id', () => {
    assert.equal(entryGuid('tides3', 'opening'), entryGuid('tides3', 'opening'));
    assert.notEqual(entryGuid('tides3', 'opening'), entryGuid('tides4', 'opening'));
    assert.notEqual(entryGuid('tides3', 'opening'), entryGuid('tides3', 'agenda'));
  });
});
