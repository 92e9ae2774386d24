import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { connect, removeRecord } from '@bilat/db';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../src/context.js';
import { DossierWorkers, startDossierWorkers } from '../src/dossier-workers.js';
import { buildServer } from '../src/server.js';
import { OPTIONS, TODAY } from './support/api.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';

// The worker runs as built (its entry file is the package's dist, which `npm test` builds first).
const SCRIPT = new URL('../dist/dossier-worker.js', import.meta.url);
const trpc = (procedure: string, input: unknown) => `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
const DOSSIER = trpc('pairs.dossier', { pair: 'KZ-LT' });
const MEETINGS_PAGE = trpc('pairs.dossierSection', { pair: 'lt-kz', section: 'meetings', limit: 1 });

/** Dossiers computed in worker threads: the same bytes as the server's own thread, computed for each request. */
describe.each(BACKENDS)('dossier workers, on %s', (dialect) => {
  let test: TestDatabase;
  let inline: FastifyInstance;
  let threaded: FastifyInstance;
  // The statements the workers ran: a dossier answered by the server's own thread adds none.
  let workerStatements: string[];
  beforeEach(async () => {
    workerStatements = [];
    expect(existsSync(fileURLToPath(SCRIPT)), 'the api package must be built before its tests').toBe(true);
    test = await createTestDatabase(dialect, { seed: true });
    // Every answer computed, as after a write (no kept answers), with and without workers.
    inline = await buildServer({ database: test.database, rateLimit: false, answerCache: false, dossierWorkers: { count: 0 }, ...OPTIONS });
    // Every dossier to the workers, even one asked for alone (see the dispatch test below).
    threaded = await buildServer({
      database: test.database,
      rateLimit: false,
      answerCache: false,
      dossierWorkers: { count: 2, script: SCRIPT, onQuery: (entry) => workerStatements.push(entry.sql), inlineWhenIdle: false },
      ...OPTIONS,
    });
  });
  afterEach(async () => {
    await threaded.close();
    await inline.close();
    await test.dispose();
  });

  const answer = async (app: FastifyInstance, url: string) => {
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, type: response.headers['content-type'], vary: response.headers.vary, body: response.body };
  };

  it('answers a dossier and a section page byte for byte as the server thread does, and sees a write at once', async () => {
    for (const url of [DOSSIER, MEETINGS_PAGE]) {
      const expected = await answer(inline, url);
      expect(expected.status).toBe(200);
      const ran = workerStatements.length;
      expect(await answer(threaded, url)).toEqual(expected);
      expect(workerStatements.length).toBeGreaterThan(ran);
    }
    // A write through the server's own connection: the workers' next answers show it.
    const figure = await test.database.db.selectFrom('trade_flows').select('id').where('pair', '=', 'KZ-LT').where('deleted_at', 'is', null).executeTakeFirstOrThrow();
    const figures = (body: string) => (JSON.parse(body) as { result: { data: { trade: { figures: number }[] } } }).result.data.trade.reduce((sum, series) => sum + series.figures, 0);
    const before = figures((await answer(threaded, DOSSIER)).body);
    await removeRecord(test.database, { kind: 'trade', id: figure.id }, { actor: 'local:test' });
    const after = await answer(threaded, DOSSIER);
    expect(figures(after.body)).toBe(before - 1);
    expect(after).toEqual(await answer(inline, DOSSIER));
  });

  it('leaves errors to the server thread, which answers them as without workers', async () => {
    for (const url of [trpc('pairs.dossier', { pair: 'KZ' }), trpc('pairs.dossierSection', { pair: 'KZ-LT', section: 'meetings', cursor: 'not-a-cursor' }), '/trpc/pairs.dossier']) {
      const expected = await answer(inline, url);
      expect(expected.status).toBe(400);
      expect(await answer(threaded, url)).toEqual(expected);
    }
    // A private server: no key, no dossier, from a worker or not.
    const closed = await buildServer({ database: test.database, rateLimit: false, private: true, dossierWorkers: { count: 1, script: SCRIPT }, ...OPTIONS });
    try {
      expect((await answer(closed, DOSSIER)).status).toBe(401);
    } finally {
      await closed.close();
    }
  });

  it('computes a dossier asked for alone on the server thread, and dossiers asked for together in the workers', async () => {
    const statements: string[] = [];
    const server = await buildServer({ database: test.database, rateLimit: false, answerCache: false, dossierWorkers: { count: 1, script: SCRIPT, onQuery: (entry) => statements.push(entry.sql) }, ...OPTIONS });
    try {
      const expected = await answer(inline, DOSSIER);
      // One after another: each alone, none handed to the worker.
      for (let i = 0; i < 3; i++) expect(await answer(server, DOSSIER)).toEqual(expected);
      expect(statements).toEqual([]);
      // Several at once: the worker computes them (the same bytes).
      const together = await Promise.all(Array.from({ length: 6 }, () => answer(server, DOSSIER)));
      for (const each of together) expect(each).toEqual(expected);
      expect(statements.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it('computes answers for many requests at once, and hands back null (not an answer) for a failure', async () => {
    const expected = (await answer(inline, DOSSIER)).body;
    const bodies = await Promise.all(Array.from({ length: 12 }, () => threaded.inject({ method: 'GET', url: DOSSIER }).then((response) => response.body)));
    expect(new Set(bodies)).toEqual(new Set([expected]));
    const statements: string[] = [];
    let logging = false;
    const workers = new DossierWorkers(test.database.config, { count: 1, script: SCRIPT, onQuery: (entry) => statements.push(entry.sql), logging: () => logging });
    try {
      const job = { procedure: 'pairs.dossier' as const, caller: ANONYMOUS, today: TODAY };
      // Not logging: the answer alone comes back.
      expect((await workers.run({ ...job, input: { pair: 'KZ-LT' } }))?.toString('utf8')).toBe(expected);
      expect(statements).toEqual([]);
      // The statements it ran come back with the answer when asked for (the bench replays them), that answer's only.
      logging = true;
      expect((await workers.run({ ...job, input: { pair: 'KZ-LT' } }))?.toString('utf8')).toBe(expected);
      expect(statements.some((sql) => sql.includes('trade_flows'))).toBe(true);
      expect(statements.filter((sql) => sql.includes('trade_flows')).length).toBe(1);
      expect(await workers.run({ ...job, input: { pair: 'not a pair' } })).toBeNull();
    } finally {
      await workers.close();
    }
    expect(await workers.run({ procedure: 'pairs.dossier', input: { pair: 'KZ-LT' }, caller: ANONYMOUS, today: TODAY })).toBeNull();
  });
});

describe('dossier workers are not started', () => {
  it('for a database in memory, or without the built entry file', async () => {
    const memory = connect({ kind: 'sqlite', path: ':memory:' });
    try {
      expect(startDossierWorkers(memory, { script: SCRIPT })).toBeUndefined();
      const test = await createTestDatabase('sqlite');
      try {
        expect(startDossierWorkers(test.database, { script: new URL('./no-such-worker.js', import.meta.url) })).toBeUndefined();
        expect(startDossierWorkers(test.database, { count: 0, script: SCRIPT })).toBeUndefined();
      } finally {
        await test.dispose();
      }
    } finally {
      await memory.close();
    }
  });
});
