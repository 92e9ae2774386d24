import { pageJsonBytes } from '@bilat/db';
import type { AnyRouter } from '@trpc/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
 */

type Procedure = ((options: { path: string; getRawInput: () => Promise<unknown>; ctx: ApiContext; type: 'query'; signal: AbortSignal | undefined }) => Promise<unknown>) & {
  _def: { type: string };
};

export function registerQueryFastPath(
  app: FastifyInstance,
  options: {
    prefix: string;
    router: AnyRouter;
    createContext: (request: { req: FastifyRequest['raw'] }) => Promise<ApiContext>;
    workers?: DossierWorkers;
  },
): void {
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
  // preHandler: after every onRequest hook, the rate limit's (a route hook) among them.
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' || !request.url.startsWith(start)) return;
    // Streaming (jsonl) answers are the adapter's.
    if (request.headers['trpc-accept'] || request.headers.accept?.includes('application/jsonl')) return;
    const query = request.query as Record<string, string | string[] | undefined>;
    if (query.batch !== undefined) return;
    const path = decodeURIComponent(request.url.slice(start.length).split('?')[0]!);
    const procedure = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
    if (!procedure || procedure._def.type !== 'query') return;
    let data: unknown;
    // A dossier or a section page: mostly records, written from their stored texts (recordsAnswerBytes).
    const dossier = (WORKER_PROCEDURES as readonly string[]).includes(path);
    try {
      const rawInput = typeof query.input === 'string' ? (JSON.parse(query.input) as unknown) : undefined;
      const ctx = await options.createContext({ req: request.raw });
      const direct = directQueries.get(path);
      const run = direct ? () => direct(ctx, rawInput, path) : () => procedure({ path, getRawInput: async () => rawInput, ctx, type: 'query', signal: undefined });
      if (workers && dispatch && dossier) {
        if (await dispatch.alone()) {
          data = await dispatch.onThread(run);
          return send(reply, recordsAnswerBytes(data));
        }
        const today = ctx.options.today?.() ?? partialDateFromDate(new Date());
        const body = await workers.run({ procedure: path as WorkerProcedure, input: rawInput, caller: ctx.caller, today, private: ctx.options.private });
        if (body !== null) return send(reply, body);
        // A worker's error (or a worker gone): this thread runs the procedure, as without workers.
      }
      data = await run();
    } catch {
      return; // The adapter answers it, with tRPC's error shape and status.
    }
    // A list page goes out with its records' bodies as stored, not parsed and written again (pageJsonBytes).
    return send(reply, dossier ? recordsAnswerBytes(data) : (pageJsonBytes(data, ANSWER_BEFORE, ANSWER_AFTER) ?? answerJson(data)));
  });
}

/** Sends an answer as the adapter would. */
function send(reply: FastifyReply, answer: string | Buffer): FastifyReply {
  // Bytes, so that Fastify sends the content type as the adapter does (it adds a charset to text).
  return reply.header('vary', 'trpc-accept, accept').header('content-type', 'application/json').send(typeof answer === 'string' ? answerBytes(answer) : answer);
}
