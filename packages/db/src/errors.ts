import type { RecordRef, Violation } from '@bilat/domain';

/** A record that was asked for by id and is not there (or was deleted). */
export class RecordNotFoundError extends Error {
  constructor(readonly ref: RecordRef) {
    super(`No ${ref.kind} with id "${ref.id}"`);
    this.name = 'RecordNotFoundError';
  }
}

/** Deleting a record that others still point at. */
export class DependentsError extends Error {
  constructor(
    readonly ref: RecordRef,
    readonly dependents: RecordRef[],
  ) {
    const shown = dependents.slice(0, 10).map((d) => `${d.kind} ${d.id}`).join(', ');
    const more = dependents.length > 10 ? ` and ${dependents.length - 10} more` : '';
    super(`Cannot delete ${ref.kind} ${ref.id}: ${dependents.length} record(s) point at it (${shown}${more})`);
    this.name = 'DependentsError';
  }
}

/** A write that would break one of the domain's consistency rules. */
export class ConsistencyError extends Error {
  constructor(readonly violations: Violation[]) {
    const shown = violations.slice(0, 20).map((v) => `  [${v.check}] ${v.message}`).join('\n');
    const more = violations.length > 20 ? `\n  …and ${violations.length - 20} more` : '';
    super(`Refused: ${violations.length} consistency rule(s) broken\n${shown}${more}`);
    this.name = 'ConsistencyError';
  }
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET', '28P01', '28000', '3D000', '57P03']);

/** True for errors that mean the database server cannot be reached or refuses us. */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONNECTION_CODES.has(code);
}

/** The database could not be reached (server down, wrong host, bad credentials, no such database). */
export class DatabaseUnreachableError extends Error {
  constructor(
    readonly location: string,
    override readonly cause: unknown,
  ) {
    super(`Cannot reach the database at ${location}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DatabaseUnreachableError';
  }
}

/** A record that passes its schema but still cannot be stored (text with a NUL character), with the field named. */
export class InvalidRecordError extends Error {
  constructor(readonly issues: { path: (string | number)[]; message: string }[]) {
    super(issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`).join('; '));
    this.name = 'InvalidRecordError';
  }
}

/** What a conflict answers about the record as it is now. */
export interface CurrentVersion {
  kind: RecordRef['kind'];
  id: string;
  record: unknown;
  revision: number;
  /** Set when the record is deleted now. */
  deletedAt: string | null;
  updatedAt: string;
}

/** A change to the record the refused write did not see, as the revision log keeps it. */
export interface MissedChange {
  revision: number;
  at: string;
  actor: string;
  action: string;
  batchId: string | null;
}

/**
 * A write based on a revision of the record that is no longer the current one: someone
 * else changed it meanwhile. Nothing was written; the current version and the changes
 * since the expected revision come with the error so the writer can look and try again.
 */
export class RevisionConflictError extends Error {
  constructor(
    readonly ref: RecordRef,
    readonly expected: readonly number[],
    readonly current: CurrentVersion,
    readonly changes: MissedChange[],
    /** The record as it was at the (latest) expected revision, when the log can tell: what the writer saw. */
    readonly base: unknown = null,
  ) {
    const latest = changes.at(-1);
    const since = latest ? `: ${changes.length} change(s) since, the latest a ${latest.action} by ${latest.actor} at ${latest.at}` : '';
    const state = current.deletedAt ? `it was deleted at revision ${current.revision}` : `it is now at revision ${current.revision}`;
    super(`The ${ref.kind} ${ref.id} changed since revision ${expected.join(' or ')} (${state}${since}); nothing was written. Read it again and re-apply the change.`);
    this.name = 'RevisionConflictError';
  }
}
