/*
 * One place decides what an error means to the user: the message, the exit code and the
 * machine-readable code under --json. It recognises errors by their `name` rather than
 * by class, so the command line does not load the data layer just to report a problem
 * (a command talking to a server never loads it at all).
 */

/** Bad usage or bad input: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file that cannot be read as the format says: exit code 2, the problems (file, line, field) as details. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly problems: unknown[] = [],
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** A bilat server that could not be reached (refused, unknown host, timed out). */
export class ServerUnreachableError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`Cannot reach the bilat server at ${url}: ${reason}. Is \`bilat serve\` running there? (Leave out --api and BILAT_API_URL to use the local database.)`);
    this.name = 'ServerUnreachableError';
  }
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export interface ErrorReport {
  code: string;
  message: string;
  exitCode: number;
  details?: unknown;
}

interface ErrorLike {
  name?: string;
  message?: string;
  code?: unknown;
  cause?: unknown;
  data?: {
    code?: string;
    httpStatus?: number;
    validation?: { issues?: { path: string; message: string }[] } | null;
    editedSince?: EditedRecord[] | null;
    dependents?: unknown;
  } | null;
  records?: EditedRecord[];
  issues?: unknown;
  violations?: unknown;
  dependents?: unknown;
  ref?: unknown;
}

/** A record of an import batch changed since the import, as an undo refusal lists it. */
interface EditedRecord {
  kind: string;
  id: string;
  changes: { revision: number; at: string; actor: string; action: string }[];
}

/** An undo refused because records of the batch changed since: each record and its latest change, and the way out. */
function editedSinceMessage(batchMessage: string, records: readonly EditedRecord[]): string {
  const lines = records.map((record) => {
    const latest = record.changes.at(-1);
    return `  ${record.kind} ${record.id}${latest ? `: ${latest.action} by ${latest.actor} at ${latest.at.slice(0, 19).replace('T', ' ')}${record.changes.length > 1 ? ` (${record.changes.length} changes)` : ''}` : ''}`;
  });
  return `${batchMessage.replace(/ \(.*\); undoing/, '; undoing').replace(/ Force it to undo anyway\.$/, '')}\n${lines.join('\n')}\nUndo it anyway, discarding those changes (the revision log keeps them), with --force.`;
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET', '28P01', '28000', '3D000', '57P03']);

function asErrorLike(error: unknown): ErrorLike {
  return error !== null && typeof error === 'object' ? (error as ErrorLike) : { message: String(error) };
}

/** Zod issues as "field: message" lines, the way a form shows them beside the field. */
function formatIssues(issues: readonly { path: readonly PropertyKey[] | string; message: string }[]): string {
  return issues
    .map((issue) => {
      const path = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** The error tRPC wraps, whether it was thrown in-process (local mode) or sent by a server. */
function describeTrpcError(error: ErrorLike): ErrorReport | undefined {
  const cause = asErrorLike(error.cause);
  if (cause.name === 'ServerUnreachableError') return { code: 'UNREACHABLE', message: cause.message ?? 'The server cannot be reached', exitCode: EXIT_FAILURE };
  if (error.name !== 'TRPCError' && error.name !== 'TRPCClientError') return undefined;
  // In-process: the TRPCError's code; from a server: the error shape's data.code.
  const code = (typeof error.code === 'string' ? error.code : undefined) ?? error.data?.code;
  if (code === undefined) {
    // A TRPCClientError without data: something answered that is not a bilat API.
    return { code: 'BAD_RESPONSE', message: `The server did not answer as a bilat API: ${error.message}`, exitCode: EXIT_FAILURE };
  }
  const validation =
    cause.name === 'ZodError' && Array.isArray(cause.issues)
      ? formatIssues(cause.issues as { path: PropertyKey[]; message: string }[])
      : error.data?.validation?.issues?.length
        ? formatIssues(error.data.validation.issues)
        : undefined;
  const message = validation ? `Invalid input: ${validation}` : (error.message ?? code);
  switch (code) {
    case 'BAD_REQUEST':
    case 'PARSE_ERROR':
      return { code: 'USAGE', message, exitCode: EXIT_USAGE };
    case 'NOT_FOUND':
      return { code: 'NOT_FOUND', message, exitCode: EXIT_FAILURE };
    case 'UNAUTHORIZED':
      return { code: 'UNAUTHORIZED', message: `${message} (give one with --api-key or BILAT_API_KEY)`, exitCode: EXIT_FAILURE };
    case 'FORBIDDEN':
      return { code: 'FORBIDDEN', message, exitCode: EXIT_FAILURE };
    case 'CONFLICT': {
      // In-process the data layer's error is the cause; from a server its records are in the error's data.
      const edited = cause.name === 'BatchEditedSinceError' ? cause.records : (error.data?.editedSince ?? undefined);
      if (edited?.length) return { code: 'EDITED_SINCE', message: editedSinceMessage(message, edited), exitCode: EXIT_FAILURE, details: edited };
      return { code: 'CONFLICT', message, exitCode: EXIT_FAILURE, details: error.data?.dependents ?? cause.dependents };
    }
    case 'SERVICE_UNAVAILABLE':
      return { code: 'UNREACHABLE', message, exitCode: EXIT_FAILURE };
    case 'TOO_MANY_REQUESTS':
      return { code: 'RATE_LIMITED', message: `${message} (the server limits requests; try again shortly)`, exitCode: EXIT_FAILURE };
    default: {
      // An internal error in-process carries the data layer's error as its cause: describe that.
      if (error.cause && error.name === 'TRPCError') return describeError(error.cause);
      return { code: 'FAILURE', message, exitCode: EXIT_FAILURE };
    }
  }
}

/** Turns any error into what the user is told and the exit code, without stack traces for known failures. */
export function describeError(error: unknown): ErrorReport {
  const e = asErrorLike(error);
  const message = e.message ?? String(error);
  switch (e.name) {
    case 'UsageError':
      return { code: 'USAGE', message, exitCode: EXIT_USAGE };
    case 'InputError':
      return { code: 'INVALID_INPUT', message, exitCode: EXIT_USAGE, details: (error as { problems?: unknown[] }).problems };
    case 'BatchNotFoundError':
      return { code: 'NOT_FOUND', message, exitCode: EXIT_FAILURE };
    case 'BatchAlreadyUndoneError':
      return { code: 'CONFLICT', message, exitCode: EXIT_FAILURE };
    case 'BatchEditedSinceError':
      return { code: 'EDITED_SINCE', message: editedSinceMessage(message, e.records ?? []), exitCode: EXIT_FAILURE, details: e.records };
    case 'InvalidCursorError':
      return { code: 'BAD_CURSOR', message, exitCode: EXIT_USAGE };
    case 'BundleError':
      return { code: 'INVALID_BUNDLE', message, exitCode: EXIT_USAGE, details: e.issues };
    case 'ConsistencyError':
      return { code: 'CONSISTENCY', message, exitCode: EXIT_USAGE, details: e.violations };
    case 'RecordNotFoundError':
      return { code: 'NOT_FOUND', message, exitCode: EXIT_FAILURE, details: e.ref };
    case 'DependentsError':
      return { code: 'CONFLICT', message, exitCode: EXIT_FAILURE, details: e.dependents };
    case 'MigrationError':
      return { code: 'MIGRATION', message, exitCode: EXIT_FAILURE };
    case 'DatabaseUnreachableError':
    case 'ServerUnreachableError':
      return { code: 'UNREACHABLE', message, exitCode: EXIT_FAILURE };
  }
  const trpc = describeTrpcError(e);
  if (trpc) return trpc;
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (code && CONNECTION_CODES.has(code)) return { code: 'UNREACHABLE', message: `Cannot reach the database: ${message}`, exitCode: EXIT_FAILURE };
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_NOTADB') {
    return { code: 'DATABASE', message: `Cannot use the SQLite database: ${message}`, exitCode: EXIT_FAILURE };
  }
  return { code: 'FAILURE', message, exitCode: EXIT_FAILURE };
}

/** Prints an error on stderr (as JSON under --json) and returns the exit code to use. */
export function reportError(error: unknown, json: boolean): number {
  const report = describeError(error);
  if (json) {
    process.stderr.write(`${JSON.stringify({ error: { code: report.code, message: report.message, details: report.details } })}\n`);
  } else {
    process.stderr.write(`bilat: ${report.message}\n`);
    if (report.code === 'FAILURE' && process.env.BILAT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  }
  return report.exitCode;
}
