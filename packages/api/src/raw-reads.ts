import type { IncomingMessage, ServerResponse } from 'node:http';
import { PLAIN_ANSWER_HEADERS, type PlainQueries } from './query-fast-path.js';

/*
 * Plain tRPC reads answered by the HTTP server's own request listener, before Fastify makes
 * its request and reply objects, routes, and runs hooks that find nothing to do: about 30 µs
 * of a 50-meeting page's 300 on the server (world scale), and more work after the answer
 * is written, which delays the next request on a connection. Used by a server to which
 * Fastify adds nothing on such a read — no request log, no rate limit (server.ts decides) —
 * and then only for a request that is not cross-origin (a browser's says where it comes
 * from, and CORS is Fastify's), not a dossier whose answer the server keeps (answer-cache.ts),
 * and not once the server has begun to close (Fastify answers those 503; a read begun before
 * is answered, and its connection closed). Everything else, and every
 * read that fails, goes on to Fastify untouched: the request's body is not read here.
 */

export type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

export interface RawReadsOptions {
  queries: PlainQueries;
  /** Whether the server keeps dossier answers (answer-cache.ts); those are looked up by Fastify's hook. */
  keptDossiers: boolean;
  /** Whether the server is closing. */
  closing: () => boolean;
}

/** A request listener answering plain reads itself and handing the rest to `next` (Fastify's). */
export function rawReadsListener(options: RawReadsOptions, next: RequestListener): RequestListener {
  const { queries, keptDossiers, closing } = options;
  return (request, response) => {
    const query = request.headers.origin === undefined ? queries.find(request.method, request.url ?? '', request.headers) : undefined;
    if (!query || (query.dossier && keptDossiers) || closing()) return next(request, response);
    queries.answer(query, request.headers).then(
      (answer) => {
        if (answer === undefined) return next(request, response);
        // Begun before the server began to close: answered, and the connection closed after it (as server.ts does for Fastify's).
        response.writeHead(200, { ...PLAIN_ANSWER_HEADERS, 'content-length': answer.length, ...(closing() ? { connection: 'close' } : {}) });
        response.end(answer);
      },
      () => next(request, response),
    );
  };
}
