import { scopeOf, verifyApiKey, type BilatDatabase, type KeyScope, type Scope } from '@bilat/db';

/** Who is calling: a key (with its scope) or a local user with full rights. */
export interface Caller {
  keyId: string | null;
  scope: KeyScope | null;
  /** As the revision log records it: `key:<id>` or `local:<user>`. */
  actor: string;
  /** A key was presented that is malformed, unknown or revoked. */
  invalidKey: boolean;
}

export interface ApiOptions {
  /** Reads need a `read` key too (`bilat serve --private`). */
  private?: boolean;
  /** The day "time since" is counted to; defaults to today (tests pin it). */
  today?: () => string;
  /**
   * Keep computed dossiers in memory while the data is unchanged (kept-dossiers.ts): for
   * servers answering through the in-process caller, such as the web viewer. `bilat serve`
   * keeps the answers' bytes instead (answer-cache.ts).
   */
  keepDossiers?: boolean;
}

/**
 * What a REST request adds to the context: the revisions its If-Match header names, and
 * the revision a procedure answering one record sets, sent back as the ETag. Absent for
 * tRPC, where revisions travel in the input (`expectedRevision`) and the output.
 */
export interface RestExchange {
  /** The If-Match header as sent; `undefined` when there is none. */
  ifMatch: string | undefined;
  /** The revision of the record answered (or, with a 412, of the record as it is now). */
  etag?: number;
}

/** The testable part of the context: the database, the caller and the server's options. */
export interface ApiContext {
  database: BilatDatabase;
  db: Scope;
  caller: Caller;
  options: ApiOptions;
  /** Set for REST requests only. */
  rest?: RestExchange;
}

export function createInnerContext(input: { database: BilatDatabase; caller: Caller; options?: ApiOptions; rest?: RestExchange }): ApiContext {
  return { database: input.database, db: scopeOf(input.database), caller: input.caller, options: input.options ?? {}, ...(input.rest ? { rest: input.rest } : {}) };
}

/** The REST part of a request's context, from its headers. */
export function restExchange(headers: Record<string, string | string[] | undefined>): RestExchange {
  const header = headers['if-match'];
  return { ifMatch: Array.isArray(header) ? header.join(', ') : header };
}

/** A local caller (the command line talking to its own database): full rights. */
export function localCaller(actor: string): Caller {
  return { keyId: null, scope: 'admin', actor, invalidKey: false };
}

export const ANONYMOUS: Caller = { keyId: null, scope: null, actor: 'anonymous', invalidKey: false };

/** The key a request presents, from `Authorization: Bearer …` or `X-Api-Key`. */
export function presentedKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const authorization = headers.authorization;
  const value = Array.isArray(authorization) ? authorization[0] : authorization;
  if (value && /^bearer\s+/i.test(value)) return value.replace(/^bearer\s+/i, '').trim();
  const header = headers['x-api-key'];
  return (Array.isArray(header) ? header[0] : header)?.trim() || undefined;
}

/** Resolves the caller of an HTTP request from the key it presents, if any. */
export async function callerFromHeaders(database: BilatDatabase, headers: Record<string, string | string[] | undefined>): Promise<Caller> {
  const key = presentedKey(headers);
  if (!key) return ANONYMOUS;
  const info = await verifyApiKey(scopeOf(database), key);
  if (!info) return { ...ANONYMOUS, invalidKey: true };
  return { keyId: info.id, scope: info.scope, actor: `key:${info.id}`, invalidKey: false };
}
