import { createReadStream, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createApiKey, findRecord, scopeOf } from '@bilat/db';
import { packFolder } from '@bilat/interchange';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/server.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { responseValidator, type OpenApiDocument } from './support/openapi.js';

/*
 * POST /api/v1/imports/{format}: a file streamed as the request body, imported in one
 * transaction with a write key, answered with the import report (or every problem).
 */

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'interchange', 'test', 'fixtures');

describe.each(BACKENDS)('streamed imports over HTTP on %s', (dialect) => {
  let testDb: TestDatabase;
  let server: RunningServer;
  let writeKey: string;
  let readKey: string;

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect);
    const scope = scopeOf(testDb.database);
    writeKey = (await createApiKey(scope, { name: 'importer', scope: 'write', createdBy: 'local:test' })).secret;
    readKey = (await createApiKey(scope, { name: 'reader', scope: 'read', createdBy: 'local:test' })).secret;
    server = await startServer({ database: testDb.database, port: 0, logger: false, importLimit: 64 * 1024 });
  });
  afterAll(async () => {
    await server?.close();
    await testDb?.dispose();
  });

  const upload = async (format: string, body: string | Buffer | Readable, query = '', key: string | null = writeKey) => {
    const response = await fetch(`${server.url}/api/v1/imports/${format}${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : body,
      duplex: 'half',
    } as RequestInit);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> & { data?: { problems?: unknown[] } } };
  };

  it('needs a key with the write scope', async () => {
    const anonymous = await upload('gdelt', 'x', '', null);
    expect(anonymous.status, JSON.stringify(anonymous.body)).toBe(401);
    expect((await upload('gdelt', 'x', '', readKey)).body).toMatchObject({ code: 'FORBIDDEN' });
    expect((await upload('gdelt', 'x', '', 'bilat_nonsense_key')).status).toBe(401);
  });

  it('imports a streamed file and answers with the report; the same file again changes nothing', async () => {
    const first = await upload('gdelt', createReadStream(join(FIXTURES, 'gdelt2-export.tsv')), '?fileName=20240620.export.CSV');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ format: 'gdelt', file: '20240620.export.CSV', stats: { rows: 9 }, total: { created: 5 } });
    expect(first.body.batchId).toMatch(/^import-/);
    const interaction = await findRecord(scopeOf(testDb.database), 'interaction', 'kz-lt-2024-06-20-040');
    expect(interaction?.record.citations).toEqual([{ sourceId: 'gdelt-file-20240620-export-csv' }]);
    const again = await upload('gdelt', createReadStream(join(FIXTURES, 'gdelt2-export.tsv')), '?fileName=20240620.export.CSV');
    expect(again.body).toMatchObject({ batchId: null, total: { created: 0, updated: 0 } });
  });

  it('takes the wikidata and popolo options from the query, and a dry run writes nothing', async () => {
    const file = readFileSync(join(FIXTURES, 'ministers_wikidata.csv'));
    const missing = await upload('wikidata', file, '?fileName=ministers_wikidata.csv');
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('--post');
    const dry = await upload('wikidata', file, '?fileName=ministers_wikidata.csv&post=Minister&country=KZ&dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, batchId: null, problems: [] });
    expect(await findRecord(scopeOf(testDb.database), 'post', 'kz-minister')).toBeUndefined();
    const popolo = await upload('popolo', readFileSync(join(FIXTURES, 'popolo.json')), '?country=LT');
    expect(popolo.body).toMatchObject({ stats: { persons: 3, memberships: 4 } });
  });

  it('refuses a bad file with every problem and its line (400), and a bad option naming it', async () => {
    const text = readFileSync(join(FIXTURES, 'comtrade-legacy.csv'), 'utf8').replace(',KAZ,', ',QQQ,');
    const refused = await upload('comtrade', text, '?fileName=bad.csv');
    expect(refused.status).toBe(400);
    expect(refused.body.data?.problems).toEqual([{ line: 2, field: 'reporterISO', message: 'unknown country code "QQQ" (neither ISO 3166-1 nor a Comtrade area code)' }]);
    const invalid = await upload('comtrade', Buffer.from([0x41, 0xff, 0x0a]), '?fileName=bad.csv');
    expect(invalid.status).toBe(400);
    expect(invalid.body.message).toContain('line 1: not valid UTF-8 text');
    expect((await upload('comtrade', 'x', '?encoding=ebcdic')).body).toMatchObject({ code: 'BAD_REQUEST', data: { field: 'encoding' } });
    expect((await upload('shapefile', 'x')).status).toBe(404);
  });

  it('takes a folder (hsg) as a tar archive, gzipped, and refuses what is not one or holds a cut-off file', async () => {
    const folder = join(FIXTURES, 'hsg');
    const first = await upload('hsg', Readable.from(await packFolder(folder)), '?fileName=hsg.tar.gz');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ format: 'hsg', file: 'hsg.tar.gz', stats: { trips: 6, visits: 6, 'chiefs of mission': 6, 'timeline entries': 9 }, problems: [] });
    expect(await findRecord(scopeOf(testDb.database), 'relation', 'hsg-kazakhstan-1-recognition')).toBeDefined();
    const again = await upload('hsg', Readable.from(await packFolder(folder)), '?fileName=hsg.tar.gz');
    expect(again.body).toMatchObject({ batchId: null, total: { created: 0, updated: 0 } });
    const notTar = await upload('hsg', 'this is not an archive', '?fileName=notes.txt');
    expect(notTar.status).toBe(400);
    expect(notTar.body.message).toContain('not a tar archive');
    const scratch = mkdtempSync(join(tmpdir(), 'bilat-hsg-upload-'));
    try {
      cpSync(folder, join(scratch, 'hsg'), { recursive: true });
      const cut = join(scratch, 'hsg', 'visits', 'data', '1990.xml');
      writeFileSync(cut, readFileSync(cut, 'utf8').slice(0, 600));
      const refused = await upload('hsg', Readable.from(await packFolder(join(scratch, 'hsg'))), '?fileName=cut.tar.gz');
      expect(refused.status).toBe(400);
      expect(refused.body.data?.problems).toEqual([{ file: 'cut.tar.gz/visits/data/1990.xml', line: expect.any(Number), message: expect.stringContaining('not well-formed XML') }]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('has its own size limit, counted as the body streams', async () => {
    const big = Readable.from((function* () {
      for (let i = 0; i < 100; i++) yield Buffer.alloc(1024, 0x41);
    })());
    const response = await upload('gdelt', big);
    expect(response.status).toBe(413);
    expect(response.body.message).toContain('nothing was imported');
  });

  it('is in the OpenAPI document, and its answers match it', async () => {
    const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as OpenApiDocument;
    const route = document.paths['/imports/{format}']!;
    expect(route.post).toMatchObject({ operationId: 'imports-upload', requestBody: { content: { 'application/octet-stream': {} } } });
    const validator = responseValidator(document);
    const ok = await upload('comtrade', readFileSync(join(FIXTURES, 'comtrade-api.json')), '?fileName=api.json&dryRun=1');
    expect(validator.check('/imports/{format}', 'post', 200, ok.body)).toEqual([]);
    const bad = await upload('comtrade', 'not,a,comtrade,file\n', '?fileName=bad.csv');
    expect(validator.check('/imports/{format}', 'post', 400, bad.body)).toEqual([]);
  });
});
