import { connect, removeRecord, type BilatDatabase } from '@bilat/db';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import { OPTIONS } from './support/api.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';

const REST = '/api/v1/pairs/KZ-LT/dossier';
const TRPC = `/trpc/pairs.dossier?input=${encodeURIComponent(JSON.stringify({ pair: 'KZ-LT' }))}`;

/** The kept dossier answers: served again only while the data is as it was, whoever changed it. */
describe.each(BACKENDS)('kept dossier answers, on %s', (dialect) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  beforeEach(async () => {
    test = await createTestDatabase(dialect, { seed: true });
    app = await buildServer({ database: test.database, rateLimit: false, ...OPTIONS });
  });
  afterEach(async () => {
    await app.close();
    await test.dispose();
  });

  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode, response.body).toBe(200);
    return { body: response.body, cache: response.headers['x-bilat-cache'], type: String(response.headers['content-type']), vary: response.headers.vary };
  };

  it('serves the same bytes again, with the same headers, over REST and tRPC until another connection changes the data', async () => {
    for (const url of [REST, TRPC]) {
      const first = await get(url);
      expect(first.cache).toBe('miss');
      const second = await get(url);
      expect(second).toEqual({ ...first, cache: 'hit' });
    }
    // Another process (here: another connection) deletes a trade figure the dossier shows.
    const figure = await test.database.db.selectFrom('trade_flows').select('id').where('pair', '=', 'KZ-LT').where('deleted_at', 'is', null).executeTakeFirstOrThrow();
    // The dossier carries trade as series: the figure is one of the points counted there.
    const figures = (body: string) => (JSON.parse(body) as { trade: { figures: number }[] }).trade.reduce((sum, series) => sum + series.figures, 0);
    const before = figures((await get(REST)).body);
    const other: BilatDatabase = connect(test.database.config);
    try {
      await removeRecord(other, { kind: 'trade', id: figure.id }, { actor: 'local:other' });
    } finally {
      await other.close();
    }
    for (const url of [REST, TRPC]) {
      const after = await get(url);
      expect(after.cache).toBe('miss');
      const body = url === TRPC ? JSON.stringify((JSON.parse(after.body) as { result: { data: unknown } }).result.data) : after.body;
      expect(figures(body)).toBe(before - 1);
      expect((await get(url)).cache).toBe('hit');
    }
  });

  it('keeps nothing for errors, other routes, or a private server', async () => {
    const missing = await app.inject({ method: 'GET', url: '/api/v1/pairs/KZ-XX/dossier' });
    expect(missing.statusCode).toBeGreaterThanOrEqual(400);
    const again = await app.inject({ method: 'GET', url: '/api/v1/pairs/KZ-XX/dossier' });
    expect(again.headers['x-bilat-cache']).toBe('miss');
    expect((await app.inject({ method: 'GET', url: '/api/v1/pairs' })).headers['x-bilat-cache']).toBeUndefined();
    const closed = await buildServer({ database: test.database, rateLimit: false, private: true, ...OPTIONS });
    try {
      const response = await closed.inject({ method: 'GET', url: REST });
      expect(response.statusCode).toBe(401);
      expect(response.headers['x-bilat-cache']).toBeUndefined();
    } finally {
      await closed.close();
    }
  });
});
