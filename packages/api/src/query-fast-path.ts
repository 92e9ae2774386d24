import { pageJsonBytes } from '@bilat/db';
import type { AnyRouter } from '@trpc/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import { parse as parseQueryString } from 'node:querystring';
import { partialDateFromDate } from '@bilat/domain';
import type { ApiContext } from './context.js';
import { WORKER_PROCEDURES, type DossierWorkers, type WorkerProcedure } from './dossier-workers.js';
import { ANSWER_AFTER, ANSWER_BEFORE, answerBytes, answerJson, recordsAnswerBytes } from './trpc-answer.js';
import { DossierDispatch } from './dossier-dispatch.js';
import { directQuery, type DirectQuery } from './trpc.js';

/*
 * Plain tRPC queries (GET, one procedure, no batching, no streaming) answered straight from
 * the procedure. tRPC's Fastify adapter turns every request into a fetch Request and its
 * answer into a streamed Response: at world scale that was most of a 50-meeting page's
 * time on the server (3 ms beside 0.2 ms of SQL and 0.5 ms to send the same bytes). Here
 * the procedure runs with the same context, input and output checks, and its answer goes
 * out as the adapter would write it (`{"result":{"data":…}}`, the same headers). Anything
 * else — batches, mutations, streams, and every error — goes on to the adapter, which
 * answers it as always (a failed query runs again there, so errors keep one shape).
 * Dossiers go to the worker threads when the server has them (dossier-workers.ts), which
 * hand back the same answer's JSON text, unless one is asked for alone (dossier-dispatch.ts).
 *
 * Two doors lead here: a Fastify hook (registerQueryFastPath), and the HTTP server's own
 * request listener, ahead of Fastify, where nothing Fastify adds applies (raw-reads.ts).
 */

type Procedure = ((options: { path: string; getRawInput: () => Promise<unknown>; ctx: ApiContext; type: 'query'; signal: AbortSignal | undefined }) => Promise<unknown>) & {
  _def: { type: string };
};

export interface PlainQueryOptions {
  prefix: string;
  router: AnyRouter;
  createContext: (request: { req: { headers: IncomingHttpHeaders } }) => Promise<ApiContext>;
  workers?: DossierWorkers;
}

/** A plain query found in a request: which procedure, and its input as sent (still text). */
export interface PlainQuery {
  path: string;
  input: string | undefined;
  /** A dossier or a section page (WORKER_PROCEDURES). */
  dossier: boolean;
}

/** The headers an answer goes out with, as the adapter sends them. */
export const PLAIN_ANSWER_HEADERS = { vary: 'trpc-accept, accept', 'content-type': 'application/json' } as const;

export interface PlainQueries {
  /** The plain query a GET asks for, or undefined when the adapter is to answer it. */
  find(method: string | undefined, url: string, headers: IncomingHttpHeaders): PlainQuery | undefined;
  /** Its answer's bytes, or undefined when it failed (the adapter then answers, with tRPC's error shape). */
  answer(query: PlainQuery, headers: IncomingHttpHeaders): Promise<Buffer | undefined>;
}

export function plainQueries(options: PlainQueryOptions): PlainQueries {
  const { workers } = options;
  const dispatch = workers && new DossierDispatch(workers);
  const procedures = options.router._def.procedures as Record<string, Procedure | undefined>;
  const start = `${options.prefix}/`;
  // Plain reads run without tRPC's middleware chain (trpc.ts, directQuery); the others through it.
  const directQueries = new Map<string, DirectQuery>();
  for (const [path, procedure] of Object.entries(procedures)) {
    const direct = directQuery(procedure);
    if (direct) directQueries.set(path, direct);
  }
  return {
    find(method, url, headers) {
      if (method !== 'GET' || !url.startsWith(start)) return undefined;
      // Streaming (jsonl) answers are the adapter's.
      if (headers['trpc-accept'] || headers.accept?.includes('application/jsonl')) return undefined;
      const mark = url.indexOf('?');
      const query = mark === -1 ? {} : parseQueryString(url.slice(mark + 1));
      if (query.batch !== undefined) return undefined;
      let path: string;
      try {
        path = decodeURIComponent(url.slice(start.length, mark === -1 ? undefined : mark));
      } catch {
        return undefined;
      }
      const procedure = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
      if (!procedure || procedure._def.type !== 'query') return undefined;
      if (query.input !== undefined && typeof query.input !== 'string') return undefined;
      return { path, input: query.input, dossier: (WORKER_PROCEDURES as readonly string[]).includes(path) };
    },

    async answer({ path, input, dossier }, headers) {
      const procedure = procedures[path]!;
      let data: unknown;
      try {
        const rawInput = input === undefined ? undefined : (JSON.parse(input) as unknown);
        const ctx = await options.createContext({ req: { headers } });
        const direct = directQueries.get(path);
        const run = direct ? () => direct(ctx, rawInput, path) : () => procedure({ path, getRawInput: async () => rawInput, ctx, type: 'query', signal: undefined });
        if (workers && dispatch && dossier) {
          if (await dispatch.alone()) return recordsAnswerBytes(await dispatch.onThread(run));
          const today = ctx.options.today?.() ?? partialDateFromDate(new Date());
          const body = await workers.run({ procedure: path as WorkerProcedure, input: rawInput, caller: ctx.caller, today, private: ctx.options.private });
          if (body !== null) return body;
          // A worker's error (or a worker gone): this thread runs the procedure, as without workers.
        }
        data = await run();
      } catch {
        return undefined;
      }
      // A list page goes out with its records' bodies as stored, not parsed and written again (pageJsonBytes).
      if (dossier) return recordsAnswerBytes(data);
      return pageJsonBytes(data, ANSWER_BEFORE, ANSWER_AFTER) ?? answerBytes(answerJson(data));
    },
  };
}

export function registerQueryFastPath(app: FastifyInstance, queries: PlainQueries): void {
  // preHandler: after every onRequest hook, the rate limit's (a route hook) among them.
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const query = queries.find(request.method, request.url, request.headers);
    if (!query) return;
    const answer = await queries.answer(query, request.headers);
    if (answer === undefined) return; // The adapter answers it, with tRPC's error shape and status.
    // Bytes, so that Fastify sends the content type as the adapter does (it adds a charset to text).
    return reply.headers(PLAIN_ANSWER_HEADERS).send(answer);
  });
}
