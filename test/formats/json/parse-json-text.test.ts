import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lineAndColumn, locateJsonSyntaxError, parseJsonText } from '../../../src/formats/json/parse-json-text.ts';

function stopAt(text: string): { line: number; column: number; expected: string } {
  const error = locateJsonSyntaxError(text);
  assert.ok(error, `${JSON.stringify(text)} should not be JSON`);
  return { ...lineAndColumn(text, error.offset), expected: error.expected };
}

describe('finding where JSON text stops being JSON', () => {
  test('text that JSON.parse reads has no syntax error', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ', '"text"', '0']) {
      assert.equal(locateJsonSyntaxError(text), null, text);
    }
  });

  test('a missing colon is found on its line and column', () => {
    assert.deepEqual(stopAt('{\n  "a": 1,\n  "b" 2\n}'), { line: 3, column: 7, expected: 'a colon after the field name' });
  });

  test('a trailing comma is found where the next field name should be', () => {
    assert.deepEqual(stopAt('{"a": 1,\n}'), { line: 2, column: 1, expected: 'a field name in double quotes' });
  });

  test('a missing comma between list items is found at the second item', () => {
    assert.deepEqual(stopAt('["a" "b"]'), { line: 1, column: 6, expected: 'a comma or a closing ]' });
  });

  test('a misspelt word, a single-quoted string and a line break inside text are each found', () => {
    assert.equal(stopAt('{"a": tru}').column, 7);
    assert.equal(stopAt("{'a': 1}").expected, 'a field name in double quotes');
    assert.deepEqual(stopAt('{"a": "x\ny"}'), {
      line: 1,
      column: 9,
      expected: 'a closing double quote on the same line (write a line break inside text as \\n)',
    });
  });

  test('text that ends too early stops at its end', () => {
    assert.deepEqual(stopAt('{"a": [1, 2'), { line: 1, column: 12, expected: 'a comma or a closing ]' });
    assert.equal(stopAt('').column, 1);
  });

  test('columns count characters, not UTF-16 units', () => {
    assert.equal(stopAt('{"ünï🌊": 1 2}').column, 12);
  });

  test('the problem for broken text is at the root and names line, column and what was found', () => {
    const result = parseJsonText('{\n  "a": 1\n  "b": 2\n}');
    assert.equal(result.ok, false);
    assert.deepEqual(result.ok ? null : result.problem, {
      where: '/',
      message: 'the text is not valid JSON: reading stopped at line 3, column 3, where a comma or a closing } was expected but found """; correct the text there',
    });
  });
});
