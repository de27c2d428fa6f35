/**
 * Agora JSON → Programme, refusing with every problem when the input is not a good
 * `agora-programme/1` document.
 */
import type { Problem } from '../../errors.ts';
import type { Programme } from '../../model/programme.ts';
import type { AgoraProgrammeJson } from './agora-programme-json.ts';
import { fromAgoraJson } from './from-agora-json.ts';
import { pointerTokens } from './json-pointer.ts';
import { parseJsonText } from './parse-json-text.ts';
import { factProblems } from './programme-facts.ts';
import { programmeSchema, schemaErrors } from './programme-schema.ts';
import { schemaProblems } from './schema-problems.ts';

export type ReadProgrammeResult = { ok: true; programme: Programme } | { ok: false; errors: Problem[] };

/**
 * Reads an Agora JSON document, given as JSON text or as an already-parsed value.
 *
 * The document is checked against `schemas/agora-programme-1.schema.json` and then for what a
 * schema cannot say (calendar dates, a known time zone, unique ids, note references, agenda-item
 * numbers). Every problem is returned, each at the JSON pointer of what is wrong, grouped by the
 * part of the document it is in; a refused document yields no programme. Text that is not JSON
 * gives one problem naming the line and column where reading stopped.
 *
 * Examples:
 *
 * ```ts
 * const result = readProgrammeJson(readFileSync('programme.json', 'utf8'));
 * if (!result.ok) for (const problem of result.errors) console.error(`${problem.where}: ${problem.message}`);
 * ```
 */
export function readProgrammeJson(input: string | unknown): ReadProgrammeResult {
  let document: unknown = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return { ok: false, errors: [parsed.problem] };
    document = parsed.value;
  }
  const errors = inDocumentOrder([...schemaProblems(schemaErrors(document), programmeSchema()), ...factProblems(document)]);
  if (errors.length > 0) return { ok: false, errors };
  // The schema and the fact checks have just established this shape.
  return { ok: true, programme: fromAgoraJson(document as AgoraProgrammeJson) };
}

const SECTIONS = ['format', 'conference', 'venues', 'notes', 'entries'];

/**
 * Problems grouped by where they are: the document, then its sections in the order the format
 * writes them, and within a list by item, so that all that is wrong with one entry reads together.
 */
function inDocumentOrder(problems: Problem[]): Problem[] {
  const rank = (problem: Problem): [number, number] => {
    const [section, index] = pointerTokens(problem.where);
    const sectionRank = section === undefined ? -1 : SECTIONS.indexOf(section);
    return [sectionRank, index === undefined || !/^\d+$/.test(index) ? -1 : Number(index)];
  };
  return problems
    .map((problem, order) => ({ problem, order, rank: rank(problem) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.order - b.order)
    .map(({ problem }) => problem);
}
