import { dataVersion, type BilatDatabase } from '@bilat/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { REST_BASE_PATH } from './rest.js';

/*
 * Kept answers for the heaviest read, a pair's dossier (tens of statements, a few hundred
 * records, often 100-200 KB of JSON), served as stored bytes while the data has not
 * changed. The data version is one indexed read that every write, import and undo moves
 * (by triggers in the database, so writes by other processes count too); when it moves,
 * everything kept is dropped. Only open reads are kept: a `--private` server checks keys
 * on every request, so it answers each one afresh.
 */

/** GET paths whose answers are kept: the dossier and its section pages over tRPC (unbatched) and over REST. */
const CACHEABLE = [/^\/trpc\/pairs\.dossier(Section)?(\?|$)/, new RegExp(`^${REST_BASE_PATH}/pairs/[^/?]+/dossier(/[A-Za-z]+)?(\\?|$)`)];

export interface AnswerCacheOptions {
  /** Bytes kept at most (default 64 MiB); the least recently used answers go first. */
  maxBytes?: number;
}

interface KeptAnswer {
  body: Buffer;
  contentType: string;
  /** The answer's Vary header, sent again with it (tRPC's answers vary by what the client accepts). */
  vary: string | undefined;
}

const CACHE_HEADER = 'x-bilat-cache';

export function registerAnswerCache(app: FastifyInstance, database: BilatDatabase, options: AnswerCacheOptions = {}): void {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const kept = new Map<string, KeptAnswer>();
  let keptBytes = 0;
  let keptVersion: string | undefined;
  const pending = new WeakMap<FastifyRequest, { key: string; version: string }>();

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' || !CACHEABLE.some((pattern) => pattern.test(request.url))) return;
    let version: string;
    try {
      version = await dataVersion(database);
    } catch {
      return; // The route itself reports an unreachable or unmigrated database.
    }
    if (version !== keptVersion) {
      kept.clear();
      keptBytes = 0;
      keptVersion = version;
    }
    // Answers can depend on today (what is current, what is still open), so the day is part of the key.
    const key = `${new Date().toISOString().slice(0, 10)} ${request.url}`;
    const answer = kept.get(key);
    if (answer) {
      // Most recently used goes last, so eviction takes the oldest first.
      kept.delete(key);
      kept.set(key, answer);
      if (answer.vary !== undefined) void reply.header('vary', answer.vary);
      return reply.header(CACHE_HEADER, 'hit').type(answer.contentType).send(answer.body);
    }
    pending.set(request, { key, version });
    void reply.header(CACHE_HEADER, 'miss');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const entry = pending.get(request);
    if (!entry || entry.version !== keptVersion) return payload;
    // tRPC's adapter answers with a fetch Response (its status and headers inside); REST with a string.
    if (payload instanceof Response) {
      if (payload.status !== 200) return payload;
      const body = Buffer.from(await payload.arrayBuffer());
      keep(entry.key, body, payload.headers.get('content-type') ?? 'application/json', payload.headers.get('vary') ?? undefined);
      return new Response(body, { status: payload.status, statusText: payload.statusText, headers: payload.headers });
    }
    if (reply.statusCode !== 200) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : Buffer.isBuffer(payload) ? payload : undefined;
    const vary = reply.getHeader('vary');
    if (body) keep(entry.key, body, String(reply.getHeader('content-type') ?? 'application/json'), vary === undefined ? undefined : String(vary));
    return payload;
  });

  const keep = (key: string, body: Buffer, contentType: string, vary: string | undefined) => {
    if (body.length > maxBytes) return;
    // Two requests that missed at once both bring an answer: the second replaces the first.
    const earlier = kept.get(key);
    if (earlier) keptBytes -= earlier.body.length;
    kept.set(key, { body, contentType, vary });
    keptBytes += body.length;
    for (const [oldest, answer] of kept) {
      if (keptBytes <= maxBytes) break;
      kept.delete(oldest);
      keptBytes -= answer.body.length;
    }
  };
}
