/**
 * Agora's error codes: one registry that the CLI, the API and the pages share.
 *
 * Each code has the HTTP status an API answer carries and a message template a clerk can act on.
 */

export const ERROR_CODES = {
  AGORA_BAD_DOCUMENT: { status: 400, summary: 'The programme document cannot be read.' },
  AGORA_BAD_JSON: { status: 400, summary: 'The Agora JSON is not valid.' },
  AGORA_BAD_INPUT: { status: 400, summary: 'A field is not valid.' },
  AGORA_BAD_TIME: { status: 400, summary: 'A time is not valid.' },
  AGORA_UNAUTHORISED: { status: 401, summary: 'This needs a login or a bearer token.' },
  AGORA_FORBIDDEN: { status: 403, summary: "The caller's role may not do this." },
  AGORA_CSRF: { status: 403, summary: 'The form is out of date; reload the page and try again.' },
  AGORA_BAD_LOGIN: { status: 401, summary: 'The e-mail or password is not right.' },
  AGORA_PASSWORD_CHANGE_REQUIRED: { status: 403, summary: 'Set a new password before going on.' },
  AGORA_RATE_LIMITED: { status: 429, summary: 'Too many attempts; wait and try again.' },
  AGORA_NOT_FOUND: { status: 404, summary: 'Not found.' },
  AGORA_CONFERENCE_EXISTS: { status: 409, summary: 'The conference already exists.' },
  AGORA_STALE_REVISION: { status: 409, summary: 'Someone changed this entry since you read it.' },
  AGORA_CONFLICT_REFUSED: { status: 409, summary: 'The change would create a conflict.' },
  AGORA_PRECONDITION_REQUIRED: { status: 428, summary: 'Send the ETag you read in If-Match.' },
  AGORA_DATABASE_TOO_NEW: { status: 500, summary: 'The database was written by a newer Agora.' },
  AGORA_NO_DATABASE: { status: 500, summary: 'The database cannot be opened.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One thing wrong with an input, named by where it is: a line, a field or a JSON pointer. */
export interface Problem {
  /** `line 12`, `venue`, `/entries/3/start` … */
  where: string;
  message: string;
}

export class AgoraError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly problems: Problem[];
  /** Extra facts for the caller, such as the current entry of a stale write. */
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: { problems?: Problem[]; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'AgoraError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.problems = options.problems ?? [];
    this.details = options.details ?? {};
  }
}

/** The message followed by one line a problem, as the CLI prints it. */
export function describeError(error: AgoraError): string {
  const lines = [error.message];
  for (const problem of error.problems) lines.push(`  ${problem.where}: ${problem.message}`);
  return lines.join('\n');
}
