import { BundleError } from '@bilat/domain/bundle';
import {
  ConsistencyError,
  DatabaseUnreachableError,
  isConnectionError,
  DependentsError,
  InvalidCursorError,
  InvalidRecordError,
  RecordExistsError,
  RecordNotFoundError,
  RevisionConflictError,
  BatchAlreadyUndoneError,
  BatchEditedSinceError,
  BatchNotFoundError,
} from '@bilat/db';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';

/** A field path and what is wrong there, as clients show it beside the field. */
export interface FieldIssue {
  path: string;
  message: string;
}

export function flattenZodError(error: ZodError): { fieldErrors: Record<string, string[]>; issues: FieldIssue[] } {
  return flattenIssues(error.issues);
}

/** Issues with array paths as dotted field paths, and grouped by field for forms. */
export function flattenIssues(raw: readonly { path: readonly PropertyKey[]; message: string }[]): { fieldErrors: Record<string, string[]>; issues: FieldIssue[] } {
  const issues = raw.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[issue.path || '(root)'] ??= []).push(issue.message);
  return { fieldErrors, issues };
}

const UNIQUE_VIOLATIONS = new Set(['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);
/** PostgreSQL refusing the text it was sent: a NUL character (U+0000), which its text type cannot hold. */
const TEXT_REFUSED = new Set(['22021', '22P05']);

/**
 * Turns what the data layer throws into the error a client can act on: the code decides
 * the HTTP status, the cause travels to the error formatter for details. A stale write
 * is a failed precondition over REST (412, as HTTP has it for If-Match) and a CONFLICT
 * over tRPC.
 */
export function toTRPCError(error: unknown, transport: { rest?: boolean } = {}): TRPCError | undefined {
  if (error instanceof TRPCError) {
    return error.cause && !(error.cause instanceof TRPCError) && error.code === 'INTERNAL_SERVER_ERROR' ? toTRPCError(error.cause, transport) : undefined;
  }
  if (error instanceof RevisionConflictError) return new TRPCError({ code: transport.rest ? 'PRECONDITION_FAILED' : 'CONFLICT', message: error.message, cause: error });
  if (error instanceof BatchNotFoundError) return new TRPCError({ code: 'NOT_FOUND', message: error.message, cause: error });
  if (error instanceof BatchAlreadyUndoneError) return new TRPCError({ code: 'CONFLICT', message: error.message, cause: error });
  if (error instanceof BatchEditedSinceError) return new TRPCError({ code: 'CONFLICT', message: error.message, cause: error });
  if (error instanceof RecordNotFoundError) return new TRPCError({ code: 'NOT_FOUND', message: error.message, cause: error });
  if (error instanceof DependentsError) return new TRPCError({ code: 'CONFLICT', message: error.message, cause: error });
  if (error instanceof ConsistencyError) return new TRPCError({ code: 'CONFLICT', message: error.message, cause: error });
  if (error instanceof RecordExistsError) return new TRPCError({ code: 'CONFLICT', message: error.message, cause: error });
  if (error instanceof ZodError) return new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid input', cause: error });
  if (error instanceof InvalidRecordError) return new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
  if (error instanceof BundleError) return new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
  if (error instanceof InvalidCursorError) return new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
  if (error instanceof RangeError) return new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
  if (error instanceof DatabaseUnreachableError) return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: error.message, cause: error });
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNIQUE_VIOLATIONS.has(code)) {
    return new TRPCError({ code: 'CONFLICT', message: 'The write conflicts with a record written at the same time; try again', cause: error as Error });
  }
  if (typeof code === 'string' && TEXT_REFUSED.has(code)) {
    return new TRPCError({ code: 'BAD_REQUEST', message: 'Text may not contain the NUL character (U+0000)', cause: error as Error });
  }
  const unavailable = unavailableReason(error);
  if (unavailable) return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: unavailable, cause: error as Error });
  return undefined;
}

/**
 * When the database, not the request, is the problem (read-only, full, restarting,
 * unreachable): a 503 the client may retry, with the reason, instead of a 500.
 */
function unavailableReason(error: unknown): string | undefined {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const message = error instanceof Error ? error.message : '';
  if (code.startsWith('SQLITE_READONLY')) return 'The database is read-only: reads work, writes are refused';
  if (code === 'SQLITE_FULL') return 'The database is full: the write was refused and nothing was changed';
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY')) return 'The database is busy with another writer; try again';
  if (isConnectionError(error) || ['57P01', '57P02', '57P03', '53300', '08000', '08003', '08006'].includes(code)) {
    return 'The database is unavailable (restarting or unreachable); try again shortly';
  }
  if (/Connection terminated|connection timeout|terminating connection/i.test(message)) return 'The database connection was lost; try again shortly';
  return undefined;
}
