import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import type { AppRouter } from './root.js';

export interface BilatClientOptions {
  /** The server's address, e.g. `http://localhost:4000` (the tRPC path is added). */
  url: string;
  /** An API key; needed for writes, and for reads on a --private server. */
  apiKey?: string;
  /** A fetch to use instead of the global one (tests, proxies). */
  fetch?: typeof globalThis.fetch;
}

export type BilatClient = TRPCClient<AppRouter>;

/** A typed client of a running bilat server: every procedure, with its input and output types. */
export function createBilatClient(options: BilatClientOptions): BilatClient {
  const base = options.url.replace(/\/+$/, '');
  const url = base.endsWith('/trpc') ? base : `${base}/trpc`;
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        fetch: options.fetch,
        // The server refuses a path of procedure names over 500 characters (414) and a
        // request line over Node's 16 KiB header limit (431): split larger batches.
        maxItems: 20,
        maxURLLength: 8000,
        headers: () => (options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
      }),
    ],
  });
}
