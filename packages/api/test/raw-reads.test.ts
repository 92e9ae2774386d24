import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFromHeaders, createInnerContext } from '../src/context.js';
import { plainQueries } from '../src/query-fast-path.js';
import { rawReadsListener } from '../src/raw-reads.js';
import { appRouter } from '../src/root.js';
import { startServer, type RunningServer } from '../src/server.js';
import { request, TODAY } from './support/api.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';

/*
 * Plain reads answered by the HTTP server's own listener, ahead of Fastify (raw-reads.ts):
 * which requests it takes and which it hands on, on a real server over the real router, and
 * that a server using it answers every call with the status, headers and bytes Fastify's
 * path gives the same call.
 */

const input = (value: unknown) => `input=${encodeURIComponent(JSON.stringify(value))}`;

describe.each(BACKENDS)('plain reads ahead of Fastify on %s', (dialect) => {
  let testDb: TestDatabase;
  let running: RunningServer;

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect, { seed: true });
    // As the bench and a server behind a proxy run it: no request log, no rate limit.
    running = await startServer({ database: testDb.database, port: 0, logger: false, rateLimit: false, today: () => TODAY });
  });
  afterAll(async () => {
    await running?.close();
    await testDb?.dispose();
  });

  it('takes plain reads and hands everything else on, untouched, to the next listener', async () => {
    const database = testDb.database;
    const queries = plainQueries({
      prefix: '/trpc',
      router: appRouter,
      createContext: async ({ req }) => createInnerContext({ database, caller: await callerFromHeaders(database, req.headers), options: { today: () => TODAY } }),
    });
    let closing = false;
    const handedOn: string[] = [];
    for (const keptDossiers of [false, true]) {
      const listener = rawReadsListener({ queries, keptDossiers, closing: () => closing }, (req, res) => {
        handedOn.push(`${req.method} ${req.url}`);
        res.writeHead(299).end();
      });
      const server: Server = createServer(listener);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      try {
        handedOn.length = 0;
        const taken = [`/trpc/meetings.list?${input({ country: 'KZ', limit: 2 })}`, `/trpc/search?${input({ q: 'Vilnius' })}`, '/trpc/countries.list'];
        for (const path of taken) {
          const answer = await request(`${base}${path}`);
          expect(answer.status, path).toBe(200);
          expect(answer.headers.get('content-type'), path).toBe('application/json');
          expect(JSON.parse(answer.text), path).toHaveProperty('result.data');
        }
        const dossier = await request(`${base}/trpc/pairs.dossier?${input({ pair: 'KZ-LT' })}`);
        expect(dossier.status).toBe(keptDossiers ? 299 : 200);
        const others: [string, RequestInit?][] = [
          [`/trpc/meetings.list?batch=1&${input({ 0: { limit: 2 } })}`],
          [`/trpc/meetings.list?${input({ limit: -1 })}`], // refused by its input check: tRPC's error shape is Fastify's to send
          [`/trpc/meetings.get?${input({ id: 'no-such-meeting' })}`],
          ['/trpc/no.such.procedure'],
          [`/trpc/places.create?${input({})}`],
          [`/trpc/meetings.list?${input({ limit: 2 })}`, { headers: { origin: 'http://example.test' } }],
          [`/trpc/meetings.list?${input({ limit: 2 })}`, { headers: { 'trpc-accept': 'application/jsonl' } }],
          [`/trpc/meetings.list?${input({ limit: 2 })}`, { method: 'POST', body: '{}' }],
          ['/api/v1/pairs'],
          ['/healthz'],
        ];
        for (const [path, init] of others) expect((await request(`${base}${path}`, init)).status, path).toBe(299);
        closing = true;
        expect((await request(`${base}${taken[0]}`)).status).toBe(299);
        closing = false;
        expect(handedOn).toHaveLength(others.length + 1 + (keptDossiers ? 1 : 0));
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    }
  });

  it('answers every call as Fastify answers it: status, headers and bytes', async () => {
    const calls = [
      `/trpc/meetings.list?${input({ country: 'KZ', limit: 3 })}`,
      `/trpc/meetings.list?${input({ limit: 1 })}`,
      `/trpc/pairs.dossier?${input({ pair: 'LT-KZ' })}`,
      `/trpc/pairs.dossierSection?${input({ pair: 'KZ-LT', section: 'meetings', limit: 2 })}`,
      `/trpc/search?${input({ q: 'Vilnius' })}`,
      `/trpc/meetings.get?${input({ id: 'no-such-meeting' })}`,
      `/trpc/meetings.list?${input({ limit: -1 })}`,
      '/trpc/countries.list',
      '/trpc/pairs.list',
    ];
    // The date moves, and a kept dossier says whether it was found kept (the second call finds it).
    const shown = (headers: Headers) => [...headers].filter(([name]) => name !== 'date' && name !== 'x-bilat-cache').sort(([a], [b]) => a.localeCompare(b));
    for (const path of calls) {
      const raw = await request(`${running.url}${path}`);
      // A cross-origin request goes through Fastify (which adds no CORS header: none is allowed).
      const viaFastify = await request(`${running.url}${path}`, { headers: { origin: 'http://elsewhere.test' } });
      expect(raw.status, path).toBe(viaFastify.status);
      expect(raw.text, path).toBe(viaFastify.text);
      expect(shown(raw.headers), path).toEqual(shown(viaFastify.headers));
    }
  });
});
