/**
 * Helpers for the document tests: Agora's own fictional fixtures, and documents with one line
 * changed so that a refusal can be checked against the line it must name.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, type ParseOptions } from '../../../src/document/index.ts';
import type { Problem } from '../../../src/errors.ts';
import type { Entry, Programme } from '../../../src/model/programme.ts';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/documents');

/** Fictional: the Assembly of the States Parties on lagoons, Geneva 2031, two side-event pages. */
export const LAGOONS = 'lagoons-2031.txt';
/** Fictional: a winter meeting on polar shipping across the turn of the year, Lisbon 2031–2032. */
export const POLAR_SHIPPING = 'polar-shipping-2031.txt';

export function readDocumentFixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/** The programme of a document that must be accepted; a refusal fails the test with its problems. */
export function parsed(text: string, options?: ParseOptions): Programme {
  const result = parseDocument(text, options);
  if (!result.ok) assert.fail(`the document was refused:\n${result.errors.map((e) => `${e.where}: ${e.message}`).join('\n')}`);
  return result.programme;
}

/** The problems of a document that must be refused; it must give no programme. */
export function refused(text: string, options?: ParseOptions): Problem[] {
  const result = parseDocument(text, options);
  assert.equal(result.ok, false, 'the document should have been refused');
  assert.ok(!('programme' in result), 'a refused document gives no programme');
  return result.ok ? [] : result.errors;
}

/** The 1-based number of the first line that contains `fragment`. */
export function lineOf(text: string, fragment: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(fragment));
  assert.ok(index >= 0, `no line contains ${JSON.stringify(fragment)}`);
  return index + 1;
}

/** The text with the first line containing `fragment` replaced by `replacement`, and that line's number. */
export function withLine(text: string, fragment: string, replacement: string): { text: string; line: number } {
  const line = lineOf(text, fragment);
  const lines = text.split('\n');
  lines[line - 1] = replacement;
  return { text: lines.join('\n'), line };
}

/** The text with `find` replaced by `replacement` on the first line containing it, and that line's number. */
export function withChange(text: string, find: string, replacement: string): { text: string; line: number } {
  const line = lineOf(text, find);
  const lines = text.split('\n');
  lines[line - 1] = (lines[line - 1] ?? '').replace(find, replacement);
  return { text: lines.join('\n'), line };
}

/** The one problem named at `line`; fails when there is none. */
export function problemAt(problems: Problem[], line: number): Problem {
  const problem = problems.find((candidate) => candidate.where === `line ${line}`);
  if (problem === undefined) assert.fail(`no problem names line ${line}; got:\n${problems.map((p) => `${p.where}: ${p.message}`).join('\n')}`);
  return problem;
}

/** The only entry whose title (or a part's title) contains `fragment`. */
export function entryTitled(programme: Programme, fragment: string): Entry {
  const found = programme.entries.filter(
    (entry) => entry.title.includes(fragment) || entry.parts.some((part) => part.title.includes(fragment)),
  );
  assert.equal(found.length, 1, `expected one entry titled like ${JSON.stringify(fragment)}, found ${found.length}`);
  const [entry] = found;
  assert.ok(entry !== undefined);
  return entry;
}
