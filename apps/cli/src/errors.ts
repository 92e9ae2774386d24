import { BundleError, formatBundleIssue } from '@bilat/domain/bundle';
import {
  ConsistencyError,
  DatabaseUnreachableError,
  DependentsError,
  InvalidCursorError,
  isConnectionError,
  MigrationError,
  RecordNotFoundError,
} from '@bilat/db';

/** Bad usage or bad input: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

interface ErrorReport {
  code: string;
  message: string;
  exitCode: number;
  details?: unknown;
}

/** Turns any error into what the user is told and the exit code, without stack traces for known failures. */
export function describeError(error: unknown): ErrorReport {
  if (error instanceof UsageError) return { code: 'USAGE', message: error.message, exitCode: EXIT_USAGE };
  if (error instanceof InvalidCursorError) return { code: 'BAD_CURSOR', message: error.message, exitCode: EXIT_USAGE };
  if (error instanceof BundleError) {
    return { code: 'INVALID_BUNDLE', message: error.issues.map(formatBundleIssue).join('\n'), exitCode: EXIT_USAGE, details: error.issues };
  }
  if (error instanceof ConsistencyError) {
    return { code: 'CONSISTENCY', message: error.message, exitCode: EXIT_USAGE, details: error.violations };
  }
  if (error instanceof RecordNotFoundError) return { code: 'NOT_FOUND', message: error.message, exitCode: EXIT_FAILURE, details: error.ref };
  if (error instanceof DependentsError) {
    return { code: 'CONFLICT', message: error.message, exitCode: EXIT_FAILURE, details: error.dependents };
  }
  if (error instanceof MigrationError) return { code: 'MIGRATION', message: error.message, exitCode: EXIT_FAILURE };
  if (error instanceof DatabaseUnreachableError) return { code: 'UNREACHABLE', message: error.message, exitCode: EXIT_FAILURE };
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (isConnectionError(error)) return { code: 'UNREACHABLE', message: `Cannot reach the database: ${message}`, exitCode: EXIT_FAILURE };
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
