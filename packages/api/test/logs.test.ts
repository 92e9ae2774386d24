import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import { createTestDatabase, type TestDatabase } from './support/backends.js';

/** Collects what the server logs, one JSON object a line, as pino writes it. */
function logSink() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

describe('request logs', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite', { seed: true });
  });
  afterAll(async () => testDb.dispose());

  it('are structured (pino JSON): each request with method, path and status, and never an API key', async () => {
    const { lines, stream } = logSink();
    const app = await buildServer({ database: testDb.database, logger: { level: 'info', stream }, rateLimit: false });
    const secret = 'bilat_abcdefghij_' + 'x'.repeat(43);
    await app.inject({ method: 'GET', url: '/api/v1/pairs' });
    await app.inject({ method: 'GET', url: '/api/v1/meetings/no-such-meeting', headers: { authorization: `Bearer ${secret}` } });
    await app.close();
    const requests = lines.filter((line) => line.req);
    const responses = lines.filter((line) => line.res);
    expect(requests.map((line) => (line.req as { url: string }).url)).toEqual(['/api/v1/pairs', '/api/v1/meetings/no-such-meeting']);
    expect(responses.map((line) => (line.res as { statusCode: number }).statusCode)).toEqual([200, 401]);
    for (const line of lines) {
      expect(line).toMatchObject({ level: expect.any(Number), time: expect.any(Number) });
      expect(JSON.stringify(line)).not.toContain(secret);
    }
  });
});
