import type { BilatClient } from '@bilat/client';
import { ServerUnreachableError } from '../errors.js';
import type { BilatApi } from './source.js';

/** The last segment of the procedures that write; everything else is a query. */
const MUTATIONS = new Set(['create', 'update', 'delete', 'restore', 'merge', 'revoke', 'draft', 'save', 'undo', 'add', 'remove', 'run', 'accept', 'reject', 'acceptAll']);

/**
 * The typed client made to look like an in-process caller: `api.meetings.list(input)`
 * becomes `client.meetings.list.query(input)` (or `.mutate` for writes).
 */
export function remoteCaller(client: BilatClient): BilatApi {
  const at = (path: readonly string[]): unknown =>
    new Proxy(() => {}, {
      get: (_target, key) => (typeof key === 'string' && key !== 'then' ? at([...path, key]) : undefined),
      apply: (_target, _this, args: unknown[]) => {
        let node = client as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
        for (const key of path) node = node[key] as unknown as typeof node;
        const method = MUTATIONS.has(path.at(-1) ?? '') ? 'mutate' : 'query';
        return (node as unknown as Record<string, (input: unknown) => Promise<unknown>>)[method]!(args[0]);
      },
    });
  return at([]) as BilatApi;
}

function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code ?? (error as { code?: string } | null)?.code;
  if ((error as { name?: string } | null)?.name === 'TimeoutError') return 'no answer in time';
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'unknown host';
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'the connection timed out';
    default:
      return cause?.message ?? (error instanceof Error ? error.message : String(error));
  }
}

/**
 * fetch with a time limit, whose network failures become one clear error naming the
 * server (tRPC would otherwise report only "fetch failed").
 */
export function guardedFetch(url: string, timeoutMs: number): typeof globalThis.fetch {
  return async (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await globalThis.fetch(input, { ...init, signal });
    } catch (error) {
      if (init?.signal?.aborted) throw error;
      throw new ServerUnreachableError(url, reasonOf(error));
    }
  };
}
