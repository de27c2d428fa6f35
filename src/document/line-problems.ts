/**
 * The problems found while reading a document, each named by its line.
 *
 * Reading goes on after a problem so that a clerk sees every line to correct at once.
 */
import type { Problem } from '../errors.ts';

export class LineProblems {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

  error(line: number, message: string): void {
    this.errors.push({ where: `line ${line}`, message });
  }

  /** A problem with something other than a line, such as an option: `where` names it. */
  errorIn(where: string, message: string): void {
    this.errors.push({ where, message });
  }

  warn(line: number, message: string): void {
    this.warnings.push({ where: `line ${line}`, message });
  }
}
