/**
 * JSON text → value, or one problem that says where the text stops being JSON.
 *
 * `JSON.parse` on Node 20 does not always say where it stopped ("Unexpected token '}', … is
 * not valid JSON"), so on failure a small scanner walks the text to find the line and column
 * and what was expected there. It runs only on broken text; good text costs one `JSON.parse`.
 */
import type { Problem } from '../../errors.ts';

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** A syntax error: the offset of the first character that cannot be JSON, and what JSON wanted there. */
export interface JsonSyntaxError {
  offset: number;
  expected: string;
}

/**
 * Parses JSON text; a byte-order mark at the start is ignored.
 *
 * Examples:
 *
 * ```ts
 * parseJsonText('{"a": 1,}');
 * // { ok: false, problem: { where: '/', message: 'the text is not valid JSON: at line 1, column 9 …' } }
 * ```
 */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const error = locateJsonSyntaxError(body) ?? { offset: body.length, expected: 'valid JSON' };
    const { line, column } = lineAndColumn(body, error.offset);
    const found = error.offset >= body.length ? 'the text ends' : `found ${describeCharacter(body, error.offset)}`;
    return {
      ok: false,
      problem: {
        where: '/',
        message: `the text is not valid JSON: reading stopped at line ${line}, column ${column}, where ${error.expected} was expected but ${found}; correct the text there`,
      },
    };
  }
}

/** The 1-based line and column of `offset`, counting characters as a reader sees them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return { line, column: Array.from(before.slice(lineStart)).length + 1 };
}

/** Where and why `text` is not JSON (RFC 8259), or null when it is. */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | null {
  return new JsonScanner(text).scanDocument();
}

function describeCharacter(text: string, offset: number): string {
  const character = String.fromCodePoint(text.codePointAt(offset) ?? 0);
  if (character === '\n' || character === '\r') return 'a line break';
  if (character === '\t') return 'a tab';
  if (character < ' ') return 'a control character';
  return `"${character}"`;
}

class SyntaxStop {
  constructor(readonly error: JsonSyntaxError) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class JsonScanner {
  private offset = 0;

  constructor(private readonly text: string) {}

  scanDocument(): JsonSyntaxError | null {
    try {
      this.skipWhitespace();
      this.scanValue();
      this.skipWhitespace();
      if (this.offset < this.text.length) this.stop('the end of the text (nothing may follow the document)');
      return null;
    } catch (caught) {
      if (caught instanceof SyntaxStop) return caught.error;
      throw caught;
    }
  }

  private stop(expected: string): never {
    throw new SyntaxStop({ offset: this.offset, expected });
  }

  private peek(): string | undefined {
    return this.text[this.offset];
  }

  private skipWhitespace(): void {
    while (this.offset < this.text.length && ' \t\n\r'.includes(this.text[this.offset] ?? '')) this.offset += 1;
  }

  private scanValue(): void {
    const next = this.peek();
    if (next === '{') return this.scanObject();
    if (next === '[') return this.scanArray();
    if (next === '"') return this.scanString();
    if (next === '-' || (next !== undefined && next >= '0' && next <= '9')) return this.scanNumber();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.offset)) {
        this.offset += word.length;
        return;
      }
    }
    this.stop('a value (text in double quotes, a number, true, false, null, [ or {)');
  }

  private scanObject(): void {
    this.offset += 1;
    this.skipWhitespace();
    if (this.peek() === '}') {
      this.offset += 1;
      return;
    }
    for (;;) {
      if (this.peek() !== '"') this.stop('a field name in double quotes');
      this.scanString();
      this.skipWhitespace();
      if (this.peek() !== ':') this.stop('a colon after the field name');
      this.offset += 1;
      this.skipWhitespace();
      this.scanValue();
      this.skipWhitespace();
      const next = this.peek();
      if (next === '}') {
        this.offset += 1;
        return;
      }
      if (next !== ',') this.stop('a comma or a closing }');
      this.offset += 1;
      this.skipWhitespace();
    }
  }

  private scanArray(): void {
    this.offset += 1;
    this.skipWhitespace();
    if (this.peek() === ']') {
      this.offset += 1;
      return;
    }
    for (;;) {
      this.scanValue();
      this.skipWhitespace();
      const next = this.peek();
      if (next === ']') {
        this.offset += 1;
        return;
      }
      if (next !== ',') this.stop('a comma or a closing ]');
      this.offset += 1;
      this.skipWhitespace();
    }
  }

  private scanString(): void {
    this.offset += 1;
    for (;;) {
      const next = this.peek();
      if (next === undefined) this.stop('a closing double quote');
      if (next === '"') {
        this.offset += 1;
        return;
      }
      if (next === '\\') {
        ESCAPE.lastIndex = this.offset;
        if (!ESCAPE.test(this.text)) this.stop('an escape such as \\" \\\\ \\n or \\u00e9');
        this.offset = ESCAPE.lastIndex;
        continue;
      }
      if (next < ' ') this.stop('a closing double quote on the same line (write a line break inside text as \\n)');
      this.offset += 1;
    }
  }

  private scanNumber(): void {
    NUMBER.lastIndex = this.offset;
    const match = NUMBER.exec(this.text);
    if (match === null) this.stop('a number');
    this.offset = NUMBER.lastIndex;
  }
}
