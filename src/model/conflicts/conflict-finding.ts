/**
 * What a conflict rule reports: which rule, how serious, which entries, and one sentence for a clerk.
 */
import type { Programme } from '../programme.ts';
import type { ProgrammeView } from './programme-view.ts';

export type ConflictRule =
  | 'venue-clash'
  | 'sponsor-clash'
  | 'side-event-over-plenary'
  | 'outside-dates'
  | 'outside-opening-hours'
  | 'over-capacity'
  | 'ends-before-start'
  | 'unknown-venue';

/** Every rule, in the order findings are reported. */
export const CONFLICT_RULES: readonly ConflictRule[] = [
  'venue-clash',
  'sponsor-clash',
  'side-event-over-plenary',
  'outside-dates',
  'outside-opening-hours',
  'over-capacity',
  'ends-before-start',
  'unknown-venue',
];

/** An `error` makes the programme wrong as printed; a `warning` is worth a look but may be intended. */
export type Severity = 'error' | 'warning';

export const RULE_SEVERITY: Record<ConflictRule, Severity> = {
  'venue-clash': 'error',
  'sponsor-clash': 'warning',
  'side-event-over-plenary': 'warning',
  'outside-dates': 'error',
  'outside-opening-hours': 'warning',
  'over-capacity': 'warning',
  'ends-before-start': 'error',
  'unknown-venue': 'error',
};

export interface ConflictFinding {
  rule: ConflictRule;
  severity: Severity;
  /** Ids of the entries involved, the earliest first where the rule compares times. */
  entries: string[];
  message: string;
}

/** A finding of `rule`, with the rule's severity. */
export function createFinding(rule: ConflictRule, entries: string[], message: string): ConflictFinding {
  return { rule, severity: RULE_SEVERITY[rule], entries, message };
}

export interface CheckOptions {
  /**
   * Report only findings that name one of these entry ids (see `conflictsInvolving`); the overlap
   * rules then sweep only the rooms, sponsors and days these entries use.
   */
  focus?: ReadonlySet<string>;
  /** The programme's view when the caller has one already (it must be of the same programme). */
  view?: ProgrammeView;
}

/** A rule: the programme in, its findings out. */
export type ConflictCheck = (programme: Programme, options?: CheckOptions) => ConflictFinding[];

/** True when a finding naming `ids` concerns the focus (always, without one). */
export function inFocus(focus: ReadonlySet<string> | undefined, ids: readonly string[]): boolean {
  if (focus === undefined) return true;
  for (const id of ids) if (focus.has(id)) return true;
  return false;
}

/** {@link inFocus} for the two entries of a pair, without building a list for each pair. */
export function pairInFocus(focus: ReadonlySet<string> | undefined, first: string, second: string): boolean {
  return focus === undefined || focus.has(first) || focus.has(second);
}
