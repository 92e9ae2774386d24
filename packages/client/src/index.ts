import { createTRPCClient, httpBatchLink, TRPCClientError, type TRPCClient } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { API_VERSION, type AppRouter, type BilatErrorData } from './generated/router.js';

/*
 * @bilat/client: a typed client of a running bilat server (`bilat serve`, or the web
 * server's /trpc). The router's types are generated from the server's own procedures
 * (scripts/generate-router-types.mjs), so this package carries them without any of the
 * server's code; at run time it needs only @trpc/client and a `fetch`.
 */

export type * from './generated/router.js';
export { API_VERSION };

export interface BilatClientOptions {
  /** The server's address, e.g. `http://localhost:4000` (`/trpc` is added unless it is there). */
  url: string;
  /** An API key (`bilat keys create`): needed for writes, and for reads on a `--private` server. */
  apiKey?: string;
  /** A fetch to use instead of the global one (tests, proxies, a time limit). */
  fetch?: typeof globalThis.fetch;
  /** More headers for every request. */
  headers?: Record<string, string>;
}

export type BilatClient = TRPCClient<AppRouter>;
/** What each procedure takes: `RouterInputs['meetings']['list']`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** What each procedure answers: `RouterOutputs['pairs']['dossier']`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
/** An error from the server (or from reaching it), with the server's error data typed. */
export type BilatClientError = TRPCClientError<AppRouter>;
/** What went wrong, as the server names it: BAD_REQUEST, NOT_FOUND, CONFLICT, UNAUTHORIZED… */
export type BilatErrorCode = BilatErrorData['code'];

/**
 * The server's address with tRPC's path: `/trpc` is added unless the address already
 * ends with it, so the same address works for `bilat serve` and the web server.
 */
export function trpcUrl(url: string): string {
  const base = url.replace(/\/+$/, '');
  return base.endsWith('/trpc') ? base : `${base}/trpc`;
}

/** A client of a running bilat server: every procedure, with its input and output types. */
export function createBilatClient(options: BilatClientOptions): BilatClient {
  const headers = { ...options.headers, ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) };
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: trpcUrl(options.url),
        fetch: options.fetch,
        // The server refuses a path of procedure names over 500 characters (414) and a
        // request line over Node's 16 KiB header limit (431): split larger batches.
        maxItems: 20,
        maxURLLength: 8000,
        headers: () => headers,
      }),
    ],
  });
}

/**
 * Whether an error came from a bilat server (or from failing to reach one); when it did,
 * `error.data` is typed: `code`, `httpStatus`, `validation.fieldErrors`, `violations`…
 * (`data` is undefined when the server was never reached).
 */
export function isBilatError(error: unknown): error is BilatClientError {
  return error instanceof TRPCClientError;
}

/** The field errors of a refused input, by dotted path (`citations.0.locator`), or `{}`. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  return (isBilatError(error) && error.data?.validation?.fieldErrors) || {};
}

/*
 * ── The current record on a conflict ──────────────────────────────────────────────────
 * A write with a stale `expectedRevision` is refused with CONFLICT, and the server sends
 * the record as it now is. Until the server's error data carries it (as `current`), this
 * type is `never` and `currentRecordOf` answers undefined; once it does, the generated
 * BilatErrorData types it and both follow without a change here.
 */
/** The record as the server holds it now, sent with a CONFLICT. */
export type ConflictCurrent = BilatErrorData extends { current: infer Current } ? NonNullable<Current> : never;

/** On a CONFLICT that carries it, the current record (to show, merge or retry with); else undefined. */
export function currentRecordOf(error: unknown): ConflictCurrent | undefined {
  if (!isBilatError(error) || error.data?.code !== 'CONFLICT') return undefined;
  const current = (error.data as { current?: unknown }).current;
  return current == null ? undefined : (current as ConflictCurrent);
}

export interface ServerVersion {
  /** The API version this client was built for. */
  client: string;
  /** The API version the server answers in /healthz. */
  server: string;
  /** Same major version: every procedure this client knows takes and answers what it expects. */
  compatible: boolean;
}

/** Asks the server's /healthz for its API version and compares its major with this client's. */
export async function checkServerVersion(options: Pick<BilatClientOptions, 'url' | 'fetch'>): Promise<ServerVersion> {
  const base = trpcUrl(options.url).replace(/\/trpc$/, '');
  const response = await (options.fetch ?? globalThis.fetch)(`${base}/healthz`);
  const body = (await response.json().catch(() => ({}))) as { version?: unknown };
  if (typeof body.version !== 'string') {
    throw new Error(`${base}/healthz gave no API version (HTTP ${response.status}); servers older than API 1.0.0 do not give one`);
  }
  const major = (version: string) => version.split('.')[0];
  return { client: API_VERSION, server: body.version, compatible: major(body.version) === major(API_VERSION) };
}
