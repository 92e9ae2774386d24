import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { sharedBodies, type BilatDatabase } from '@bilat/db';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { fastifyTRPCOpenApiPlugin } from 'trpc-to-openapi';
import { callerFromHeaders, createInnerContext, presentedKey, restExchange, type ApiOptions } from './context.js';
import { registerAnswerCache } from './answer-cache.js';
import { plainQueries, registerQueryFastPath } from './query-fast-path.js';
import { rawReadsListener, type RequestListener } from './raw-reads.js';
import { PARSED_CHARS_BESIDE_WORKERS, startDossierWorkers, type DossierWorkersOptions } from './dossier-workers.js';
import { healthReport } from './health.js';
import { handleImportUpload, DEFAULT_IMPORT_LIMIT } from './imports.js';
import { toTRPCError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { REST_BASE_PATH } from './rest.js';
import { restResponseMeta } from './revisions.js';
import { appRouter, type AppRouter } from './root.js';

export interface ServerOptions extends ApiOptions {
  database: BilatDatabase;
  /** Origins allowed to call from a browser: `true` for any, a list, or `false` (default) for none. */
  cors?: boolean | string[];
  /** Requests per minute per key (or per address without one); `false` turns the limit off. */
  rateLimit?: number | false;
  /** Largest request body, in bytes (default 1 MiB). Uploads for imports get their own limit. */
  bodyLimit?: number;
  /** Largest file uploaded to POST /api/v1/imports/{format}, in bytes (default 1 GiB); it is streamed, never held whole. */
  importLimit?: number;
  /** Keep dossier answers while the data is unchanged (default on; off for `--private`, which checks keys per request). */
  answerCache?: boolean;
  /**
   * Worker threads computing dossiers (dossier-workers.ts): by default one on a machine with
   * more than one core (BILAT_DOSSIER_WORKERS sets how many); `{ count: 0 }` for none. None
   * for a database in memory.
   */
  dossierWorkers?: DossierWorkersOptions;
  /** Structured request logs (pino); `false` for none. */
  logger?: FastifyServerOptions['logger'];
}

/** The key id in a presented key, for rate limiting without a database lookup. */
function rateLimitKey(headers: Record<string, string | string[] | undefined>, ip: string): string {
  const key = presentedKey(headers);
  const id = key && /^bilat_([a-z0-9]{10})_/.exec(key)?.[1];
  return id ? `key:${id}` : `ip:${ip}`;
}

/**
 * The HTTP server: tRPC at /trpc (batching on), REST at /api/v1 and its OpenAPI 3.1
 * document at /openapi.json, /healthz, request logs, CORS, a rate limit and a body
 * limit. Importable for tests; `bilat serve` starts it.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { database } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    // Close idle keep-alive connections on shutdown; in-flight requests still finish.
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: 500 },
  });
  // Graceful shutdown: close() stops listening and closes idle keep-alive connections,
  // but a connection whose request was in flight would stay open after its response until
  // the client's keep-alive timeout, and close() with it. Such responses say
  // `Connection: close`, and their connection ends once the response is out.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!app.server.listening) void reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onResponse', async (request) => {
    if (!app.server.listening) request.raw.socket?.end();
  });
  const contextFor = (rest: boolean) => async ({ req }: { req: { headers: Record<string, string | string[] | undefined> } }) => {
    try {
      return createInnerContext({ database, caller: await callerFromHeaders(database, req.headers), options, ...(rest ? { rest: restExchange(req.headers) } : {}) });
    } catch (error) {
      // Checking a key needs the database; when it is down that is a 503, not a 500.
      throw toTRPCError(error) ?? error;
    }
  };
  const createContext = contextFor(false);

  await app.register(cors, {
    origin: options.cors ?? false,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['authorization', 'x-api-key', 'content-type', 'trpc-accept', 'if-match'],
    // A browser client reads a record's revision from its ETag.
    exposedHeaders: ['etag'],
  });
  if (options.rateLimit !== false) {
    await app.register(rateLimit, {
      max: options.rateLimit ?? 600,
      timeWindow: '1 minute',
      keyGenerator: (request) => rateLimitKey(request.headers, request.ip),
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        code: 'TOO_MANY_REQUESTS',
        message: `Rate limit of ${context.max} requests per ${context.after} reached; retry after ${Math.ceil(context.ttl / 1000)} s`,
      }),
    });
  }

  if (options.answerCache !== false && !options.private) registerAnswerCache(app, database);
  // After the answer cache (a kept answer goes first), before the adapter it stands in front of.
  const workers = startDossierWorkers(database, options.dossierWorkers);
  if (workers) {
    app.addHook('onClose', () => workers.close());
    // With workers this thread computes only dossiers asked for alone: it keeps as many parses as a worker does.
    if (workers.inlineWhenIdle) sharedBodies.limit(Math.min(sharedBodies.maxChars, PARSED_CHARS_BESIDE_WORKERS));
  }
  const queries = plainQueries({ prefix: '/trpc', router: appRouter, createContext, workers });
  registerQueryFastPath(app, queries);
  // Where Fastify would add nothing to a plain read (no request log, no rate limit), the server's own listener answers
  // it: it takes the place of Fastify's request listener on the server Fastify made, and hands it everything else.
  const [fastifyListener, ...others] = app.server.listeners('request') as RequestListener[];
  if (!options.logger && options.rateLimit === false && fastifyListener && others.length === 0) {
    const keptDossiers = options.answerCache !== false && !options.private;
    app.server.removeListener('request', fastifyListener);
    app.server.on('request', rawReadsListener({ queries, keptDossiers, closing: () => !app.server.listening }, fastifyListener));
  }

  app.get('/healthz', async (_request, reply) => {
    const { httpStatus, body } = await healthReport(database);
    return reply.code(httpStatus).send(body);
  });
  app.get('/openapi.json', async () => openApiDocument());

  // Imports take the raw body as a stream: no parser reads it first, and the route counts its own limit.
  await app.register(async (instance) => {
    instance.removeAllContentTypeParsers();
    instance.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
    instance.post<{ Params: { format: string }; Querystring: Record<string, string | undefined> }>(`${REST_BASE_PATH}/imports/:format`, async (request, reply) => {
      const length = Number(request.headers['content-length']);
      const result = await handleImportUpload({
        database,
        caller: await callerFromHeaders(database, request.headers),
        format: request.params.format,
        query: request.query,
        body: request.raw,
        length: Number.isFinite(length) && request.headers['content-length'] !== undefined ? length : undefined,
        limit: options.importLimit ?? DEFAULT_IMPORT_LIMIT,
      });
      if (!result.drained) void reply.header('connection', 'close');
      return reply.code(result.status).send(result.body);
    });
  });
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext,
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ err: error.cause ?? error, path }, 'tRPC procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });
  await app.register((instance, _options, done) => {
    // Actions without a body (POST …/restore) are documented without one: take a request
    // that sends none, with or without a JSON content type, as an empty input rather than
    // answering 415 (no content type) or 400 (an empty JSON body).
    const json = instance.getDefaultJsonParser('error', 'error');
    instance.removeContentTypeParser('application/json');
    instance.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, parsed) =>
      body === '' ? parsed(null, undefined) : json(request, body as string, parsed),
    );
    instance.addHook('preHandler', async (request) => {
      if (request.body === undefined && !request.headers['content-type'] && request.method !== 'GET' && request.method !== 'DELETE') {
        request.headers['content-type'] = 'application/json';
      }
    });
    fastifyTRPCOpenApiPlugin(instance, { basePath: REST_BASE_PATH, router: appRouter, createContext: contextFor(true) as never, responseMeta: restResponseMeta as never }, done);
  });
  return app;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then resolves. */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions & { port?: number; host?: string }): Promise<RunningServer> {
  const app = await buildServer(options);
  const address = await app.listen({ port: options.port ?? 4000, host: options.host ?? '127.0.0.1' });
  return { app, url: address, close: () => app.close() };
}
