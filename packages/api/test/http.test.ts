import { RECORD_KINDS } from '@bilat/domain';
import { createApiKey, saveRecord, scopeOf, type BilatDatabase } from '@bilat/db';
import { Validator } from '@seriousme/openapi-schema-validator';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSION, appRouter, draftForInbox, REST_BASE_PATH, storeReport, type AppRouter } from '../src/index.js';
import { startServer, type RunningServer } from '../src/server.js';
import { httpClient, procedurePaths, request, SEED_SOURCE, TODAY } from './support/api.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { responseValidator, type OpenApiDocument } from './support/openapi.js';
import { drafts } from './support/records.js';

/*
 * The running server: a tRPC client over HTTP (batching on), plain fetch against the
 * REST routes, the OpenAPI document validated and every GET route in it called and its
 * answer checked against the documented schema; then the server's own behaviours: body
 * limit, CORS, rate limit and graceful shutdown.
 */

const json = { 'content-type': 'application/json' };
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

async function getJson(url: string, headers: Record<string, string> = {}) {
  const response = await request(url, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
}

describe.each(BACKENDS)('the HTTP server on %s', (dialect) => {
  let testDb: TestDatabase;
  let server: RunningServer;
  let writeKey: string;
  let adminKey: string;

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect, { seed: true });
    const scope = scopeOf(testDb.database);
    writeKey = (await createApiKey(scope, { name: 'http writer', scope: 'write', createdBy: 'local:test' })).secret;
    adminKey = (await createApiKey(scope, { name: 'http admin', scope: 'admin', createdBy: 'local:test' })).secret;
    // The curated data has no machine-coded interactions; one makes every collection walkable.
    await saveRecord(testDb.database, 'interaction', { id: 'gdelt-kz-lt-2024-06-19-040', ...drafts.interaction(1) }, { actor: 'local:test' }, 'create');
    // Nor relations events (the Office of the Historian's set is not seeded here).
    await saveRecord(testDb.database, 'relation', { id: 'kz-lt-test-consulate', ...drafts.relation(1) }, { actor: 'local:test' }, 'create');
    // And the inbox is empty until a report is drafted into it.
    const report = 'Kazakhstan and Lithuania held political consultations in Vilnius on 3 March 2025. The Kazakh delegation was led by Deputy Minister of Foreign Affairs Alibek Bakayev.';
    await storeReport(testDb.database, await draftForInbox(scope, { text: report, published: '2025-03-04', publisher: 'HTTP Suite News' }), { origin: 'watch' }, 'local:test');
    server = await startServer({ database: testDb.database, port: 0, logger: false, today: () => TODAY });
  });
  afterAll(async () => {
    await server?.close();
    await testDb?.dispose();
  });

  describe('over tRPC', () => {
    it('answers a plain GET query as the adapter answers the same call in a batch of one: status, body and content type', async () => {
      const calls: [string, unknown][] = [
        ['pairs.dossier', { pair: 'LT-KZ' }],
        ['pairs.dossierSection', { pair: 'KZ-LT', section: 'meetings', limit: 2 }],
        ['meetings.list', { country: 'KZ', limit: 3 }],
        ['meetings.get', { id: 'no-such-meeting' }],
        ['meetings.list', { limit: -1 }],
        ['meetings.create', {}],
        ['search', { q: 'Vilnius' }],
        ['countries.list', undefined],
      ];
      for (const [path, input] of calls) {
        const query = input === undefined ? '' : `input=${encodeURIComponent(JSON.stringify(input))}`;
        const plain = await request(`${server.url}/trpc/${path}?${query}`);
        const batched = await request(`${server.url}/trpc/${path}?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: input }))}`);
        expect(plain.headers.get('content-type'), path).toBe('application/json');
        expect(plain.headers.get('vary'), path).toBe('trpc-accept, accept');
        // A batch answers [answer]; the plain call answers the answer itself, with its own status.
        expect(`[${plain.text}]`, path).toBe(batched.text);
        expect(plain.status, path).toBe(batched.status === 207 ? JSON.parse(plain.text).error.data.httpStatus : batched.status);
        // Answered by the procedure directly (sent whole, with a length), not streamed by the adapter; errors are the adapter's.
        if (plain.status === 200) expect(plain.headers.get('content-length'), path).toBe(String(Buffer.byteLength(plain.text)));
        else expect(plain.headers.get('transfer-encoding'), path).toBe('chunked');
      }
    });

    it('calls queries and reads typed results', async () => {
      const client = httpClient(server.url);
      const dossier = await client.pairs.dossier.query({ pair: 'LT-KZ' });
      expect(dossier.pair).toBe('KZ-LT');
      expect(dossier.today).toBe(TODAY);
      const page = await client.meetings.list.query({ country: 'KZ', partner: 'LT', limit: 3 });
      expect(page.items).toHaveLength(3);
      expect(page.items[0]!.id).toBe('kz-lt-political-consultations-10');
      expect(page.nextCursor).not.toBeNull();
      const next = await client.meetings.list.query({ country: 'KZ', partner: 'LT', limit: 3, cursor: page.nextCursor! });
      expect(next.items.map((meeting) => meeting.id)).not.toContain('kz-lt-political-consultations-10');
      expect((await client.meetings.get.query({ id: 'kz-lt-intergovernmental-commission-14' })).ordinal).toBe(14);
      expect((await client.search.query({ q: 'klaipeda', kinds: 'place' })).items.map((hit) => hit.id)).toEqual(['klaipeda']);
      const holders = await client.people.holders.query({ postId: 'lt-vice-minister-of-foreign-affairs', on: '2024-06-20' });
      expect(holders.map((holder) => holder.person.id)).toEqual(['jonas-survila']);
    });

    it('sends a batch of parallel queries as one request', async () => {
      let requests = 0;
      const client = httpClient(server.url, undefined, (input, init) => {
        requests += 1;
        return fetch(input, init);
      });
      const results = await Promise.all([
        client.pairs.list.query(),
        client.countries.get.query({ code: 'LT' }),
        client.people.get.query({ id: 'roman-vassilenko' }),
        client.series.list.query({}),
        client.trade.list.query({ reporter: 'KZ' }),
        client.sources.get.query({ id: SEED_SOURCE }),
        client.disputes.list.query({}),
        client.visits.get.query({ id: 'karabayev-lithuania-2024-05' }),
      ]);
      expect(requests).toBe(1);
      expect(results[0].items.map((pair) => pair.pair)).toContain('KZ-LT');
      expect(results[1].country.code).toBe('LT');
      expect(results[2].name).toBe('Roman Vassilenko');
      expect(results[3].items).toHaveLength(2);
      expect(results[4].items.every((flow) => flow.reporter === 'KZ')).toBe(true);
      expect(results[5].publisher).toBe('Kazinform');
      expect(results[6].items).toHaveLength(3);
      expect(results[7].date.start).toBe('2024-05');
    });

    it('reports errors a client can act on: NOT_FOUND, BAD_REQUEST with field paths, UNAUTHORIZED, CONFLICT with the check', async () => {
      const anonymous = httpClient(server.url);
      const writer = httpClient(server.url, writeKey);
      const failure = async (call: Promise<unknown>) => {
        const error = await call.then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(error).toBeInstanceOf(TRPCClientError);
        return (error as TRPCClientError<AppRouter>).data!;
      };
      expect(await failure(anonymous.meetings.get.query({ id: 'no-such-meeting' }))).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404 });
      const invalid = await failure(writer.people.create.mutate({ ...drafts.person(1), citations: [] }));
      expect(invalid).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400, validation: { fieldErrors: { citations: ['A fact needs at least one citation'] } } });
      expect(await failure(anonymous.people.create.mutate(drafts.person(1)))).toMatchObject({ code: 'UNAUTHORIZED', httpStatus: 401 });
      const conflict = await failure(
        writer.meetings.create.mutate({ ...drafts.meeting(1), kind: 'political-consultations', seriesId: 'kz-lt-political-consultations', ordinal: 10 }),
      );
      expect(conflict).toMatchObject({ code: 'CONFLICT', httpStatus: 409 });
      expect(conflict.violations?.map((violation) => violation.check)).toEqual(['unique-ordinal']);
      const dependents = await failure(writer.people.delete.mutate({ id: 'jonas-survila' }));
      expect(dependents).toMatchObject({ code: 'CONFLICT' });
      expect(dependents.dependents).toContainEqual({ kind: 'meeting', id: 'kz-lt-political-consultations-10' });
    });

    it('writes with a write key, and the write is visible to the next read', async () => {
      const writer = httpClient(server.url, writeKey);
      const place = await writer.places.create.mutate({ ...drafts.place(7), id: 'http-client-place' });
      expect(place.id).toBe('http-client-place');
      const read = await httpClient(server.url).places.get.query({ id: 'http-client-place' });
      expect(read.name).toBe('Testville 7');
    });
  });

  describe('through REST with plain fetch', () => {
    const rest = (path: string) => `${server.url}${REST_BASE_PATH}${path}`;

    it('serves the resource-shaped routes of the contract', async () => {
      const dossier = await getJson(rest('/pairs/KZ-LT/dossier'));
      expect(dossier.status).toBe(200);
      expect(dossier.body).toMatchObject({ pair: 'KZ-LT', today: TODAY });
      expect((await getJson(rest('/pairs/lt-kz/dossier?asOf=2023'))).body).toMatchObject({ pair: 'KZ-LT', asOf: '2023' });

      const meetings = await getJson(rest('/meetings?country=KZ&partner=LT'));
      expect(meetings.status).toBe(200);
      const items = (meetings.body as { items: { id: string; pair: string }[] }).items;
      expect(items).toHaveLength(17);
      expect(items.every((meeting) => meeting.pair === 'KZ-LT')).toBe(true);
      const limited = await getJson(rest('/meetings?country=KZ&partner=LT&limit=2&from=2024-05-10'));
      expect(limited.body).toMatchObject({ items: [{ id: 'kz-lt-political-consultations-10' }, {}], nextCursor: expect.any(String) });

      const meeting = await getJson(rest('/meetings/kz-lt-political-consultations-10'));
      expect(meeting.body).toMatchObject({ id: 'kz-lt-political-consultations-10', ordinal: 10 });
      const detail = await getJson(rest('/meetings/kz-lt-political-consultations-10/detail'));
      expect(detail.body).toMatchObject({ kind: 'meeting', record: { id: 'kz-lt-political-consultations-10' } });

      const officials = await getJson(rest('/officials?country=LT'));
      expect((officials.body as { items: { id: string }[] }).items.map((person) => person.id)).toContain('jonas-survila');
      expect((await getJson(rest('/officials/roman-vassilenko'))).body).toMatchObject({ name: 'Roman Vassilenko' });

      const search = await getJson(rest('/search?q=klaipeda'));
      expect(search.status).toBe(200);
      expect((search.body as { items: { id: string }[] }).items.map((hit) => hit.id)).toEqual(expect.arrayContaining(['klaipeda', 'port-of-klaipeda']));
      const holders = await getJson(rest('/holders?postId=klaipeda-mayor&on=2024-06-20'));
      expect((holders.body as { person: { id: string } }[]).map((holder) => holder.person.id)).toEqual(['arvydas-vaitkus']);
      expect((await getJson(rest('/countries?withRecords=true'))).body).toHaveLength(3);
      expect(((await getJson(rest('/countries?withRecords=false'))).body as unknown[]).length).toBeGreaterThan(240);
      expect((await getJson(rest('/changes?since=2000-01-01&kind=trade&limit=2'))).body).toMatchObject({ items: [{ kind: 'trade' }, { kind: 'trade' }] });
    });

    it('answers bad input with a 400 naming the field, a missing id with a 404, never a 500; each error body as documented', async () => {
      const validator = responseValidator((await getJson(`${server.url}/openapi.json`)).body as OpenApiDocument);
      const documented = (path: string, method: string, answer: { status: number; body: unknown }) =>
        expect(validator.check(path, method, answer.status, answer.body)).toEqual([]);
      const badLimit = await getJson(rest('/meetings?limit=lots'));
      documented('/meetings', 'get', badLimit);
      expect(badLimit.status).toBe(400);
      expect(badLimit.body).toMatchObject({ code: 'BAD_REQUEST', data: { validation: { fieldErrors: { limit: [expect.any(String)] } } } });
      const badDate = await getJson(rest('/meetings?from=2024-02-30'));
      expect(badDate.status).toBe(400);
      expect(badDate.body).toMatchObject({ data: { validation: { fieldErrors: { from: [expect.any(String)] } } } });
      const missing = await getJson(rest('/meetings/no-such-meeting'));
      expect(missing.status).toBe(404);
      documented('/meetings/{id}', 'get', missing);
      const badPair = await getJson(rest('/pairs/KZ-XX/dossier'));
      expect(badPair.status).toBe(400);
      documented('/pairs/{pair}/dossier', 'get', badPair);
      const keys = await getJson(rest('/keys'));
      expect(keys.status).toBe(401);
      documented('/keys', 'get', keys);

      const post = async (path: string, body: unknown, headers: Record<string, string>) => {
        const response = await request(rest(path), { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) });
        return { status: response.status, body: (await response.json()) as unknown };
      };
      const secondTenth = await post('/meetings', { ...drafts.meeting(3), kind: 'political-consultations', seriesId: 'kz-lt-political-consultations', ordinal: 10 }, bearer(writeKey));
      expect(secondTenth.status).toBe(409);
      expect(secondTenth.body).toMatchObject({ code: 'CONFLICT', data: { violations: [{ check: 'unique-ordinal' }] } });
      documented('/meetings', 'post', secondTenth);
      const uncited = await post('/meetings', { ...drafts.meeting(3), citations: undefined }, bearer(writeKey));
      expect(uncited.status).toBe(400);
      expect(uncited.body).toMatchObject({ data: { validation: { fieldErrors: { citations: [expect.any(String)] } } } });
      documented('/meetings', 'post', uncited);
      const anonymous = await post('/meetings', drafts.meeting(3), {});
      expect(anonymous.status).toBe(401);
      documented('/meetings', 'post', anonymous);
      const inUse = await request(rest('/officials/jonas-survila'), { method: 'DELETE', headers: bearer(writeKey) });
      expect(inUse.status).toBe(409);
      const inUseBody = (await inUse.json()) as { data: { dependents: unknown[] } };
      expect(inUseBody.data.dependents).toContainEqual({ kind: 'meeting', id: 'kz-lt-political-consultations-10' });
      documented('/officials/{id}', 'delete', { status: 409, body: inUseBody });
    });

    it('writes through REST with a write key: POST creates, PUT replaces, DELETE removes', async () => {
      const headers = { ...json, ...bearer(writeKey) };
      const created = await request(rest('/organizations'), { method: 'POST', headers, body: JSON.stringify({ ...drafts.organization(8), id: 'rest-organization' }) });
      expect(created.status).toBe(200);
      const record = (await created.json()) as Record<string, unknown>;
      expect(record).toMatchObject({ id: 'rest-organization', name: 'Test Shipping Company 8' });
      const replaced = await request(rest('/organizations/rest-organization'), { method: 'PUT', headers, body: JSON.stringify({ ...record, name: 'Renamed Shipping Company' }) });
      expect(replaced.status).toBe(200);
      expect((await getJson(rest('/organizations/rest-organization'))).body).toMatchObject({ name: 'Renamed Shipping Company' });
      const deleted = await request(rest('/organizations/rest-organization'), { method: 'DELETE', headers: bearer(writeKey) });
      expect(await deleted.json()).toEqual({ kind: 'organization', id: 'rest-organization', deleted: true, revision: expect.any(Number) });
      expect((await getJson(rest('/organizations/rest-organization'))).status).toBe(404);
      // The restore route documents no request body: it works without one, with or without a JSON content type.
      const restored = await request(rest('/organizations/rest-organization/restore'), { method: 'POST', headers: bearer(writeKey) });
      expect(restored.status).toBe(200);
      expect(await restored.json()).toMatchObject({ id: 'rest-organization', name: 'Renamed Shipping Company' });
      await request(rest('/organizations/rest-organization'), { method: 'DELETE', headers });
      const restoredWithType = await request(rest('/organizations/rest-organization/restore'), { method: 'POST', headers });
      expect(restoredWithType.status).toBe(200);
      const malformed = await request(rest('/organizations'), { method: 'POST', headers, body: '{"name": ' });
      expect(malformed.status).toBe(400);
      const uncited = await request(rest('/organizations'), { method: 'POST', headers, body: JSON.stringify({ ...drafts.organization(9), citations: [] }) });
      expect(uncited.status).toBe(400);
      expect(await uncited.json()).toMatchObject({ data: { validation: { fieldErrors: { citations: [expect.any(String)] } } } });
    });

    it('serves /healthz and the OpenAPI document', async () => {
      const health = await getJson(`${server.url}/healthz`);
      expect(health).toMatchObject({ status: 200, body: { status: 'ok', version: API_VERSION, database: dialect, current: true } });
      const document = await getJson(`${server.url}/openapi.json`);
      expect(document.status).toBe(200);
      expect(document.body).toMatchObject({ openapi: '3.1.0', servers: [{ url: REST_BASE_PATH }] });
    });
  });

  describe('the OpenAPI document', () => {
    let document: OpenApiDocument;
    beforeAll(async () => {
      document = (await getJson(`${server.url}/openapi.json`)).body as OpenApiDocument;
    });

    it('validates as OpenAPI 3.1 with a maintained validator', async () => {
      const validator = new Validator();
      const result = await validator.validate(document as unknown as Parameters<Validator['validate']>[0]);
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
      expect(validator.version).toBe('3.1');
      // The validator is not a rubber stamp: a broken document is refused.
      const broken = structuredClone(document) as unknown as { paths: Record<string, Record<string, { responses: unknown }>> };
      broken.paths['/pairs']!.get!.responses = 'none';
      expect((await new Validator().validate(broken as unknown as Parameters<Validator['validate']>[0])).valid).toBe(false);
    });

    it('has one operation for every procedure of the router (and the streamed upload, which is plain HTTP)', () => {
      const all = Object.values(document.paths).flatMap((methods) => Object.values(methods).map((operation) => operation.operationId));
      expect(all).toContain('imports-upload');
      const operations = all.filter((id) => id !== 'imports-upload');
      expect(operations).toHaveLength(procedurePaths().length);
      expect(new Set(operations).size).toBe(operations.length);
      expect(Object.keys(appRouter._def.procedures)).toHaveLength(operations.length);
    });

    it('every GET route answers as documented, with real ids, and a made-up id is a 404', async () => {
      const validator = responseValidator(document);
      // Values for required query parameters, by name.
      const QUERY_SAMPLES: Record<string, string> = { q: 'klaipeda', on: '2024-06-20', since: '2020-01-01' };
      // One filled route per collection, ids taken from the collection's own list.
      const firstId = new Map<string, string>();
      const headers = bearer(adminKey);
      const problems: string[] = [];
      const paths = Object.keys(document.paths).filter((path) => document.paths[path]!.get);
      // Collections first, so their ids are known when their item routes come.
      paths.sort((a, b) => a.split('{').length - b.split('{').length);
      let calls = 0;
      for (const path of paths) {
        const operation = document.paths[path]!.get!;
        const query = new URLSearchParams();
        for (const parameter of operation.parameters ?? []) {
          if (parameter.in === 'query' && parameter.required) query.set(parameter.name, QUERY_SAMPLES[parameter.name] ?? 'x');
        }
        // "Who held a post": the post is given by id or by words; either one is needed.
        if (path === '/holders') query.set('post', 'minister');
        const fill = (made: boolean) =>
          path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
            if (name === 'code') return made ? 'ZZ' : 'KZ';
            if (name === 'pair') return 'KZ-LT';
            if (name === 'section') return 'meetings';
            // Proposals have numeric ids; a word there is a 400, not a 404.
            if (made) return path.startsWith('/inbox/') ? '999999' : 'made-up-id-for-the-walk';
            const id = firstId.get(path.split('/')[1]!);
            if (!id) throw new Error(`No id known for ${path}`);
            return id;
          });
        const url = (made: boolean) => `${server.url}${REST_BASE_PATH}${fill(made)}${query.size ? `?${query}` : ''}`;

        const answer = await getJson(url(false), headers);
        calls += 1;
        if (answer.status !== 200) {
          problems.push(`GET ${path} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
          continue;
        }
        problems.push(...validator.check(path, 'get', 200, answer.body).map((error) => `GET ${path}: ${error}`));
        const items = (answer.body as { items?: { id?: string }[] }).items;
        if (!path.includes('{') && items?.[0]?.id) firstId.set(path.split('/')[1]!, items[0].id);

        if (/\{(id|code)\}/.test(path)) {
          const missing = await getJson(url(true), headers);
          calls += 1;
          if (missing.status !== 404) problems.push(`GET ${fill(true)} → ${missing.status}, not 404`);
          else problems.push(...validator.check(path, 'get', 404, missing.body).map((error) => `GET ${fill(true)} (404): ${error}`));
        }
      }
      expect(problems).toEqual([]);
      // 6 overview routes (countries, a country, pairs, a dossier, a dossier section's page, regions), list + get + detail for every kind, holders, search, changes, keys, batches; watched sources, the inbox's count, list and items.
      const kinds = RECORD_KINDS.length;
      expect(paths).toHaveLength(6 + kinds * 3 + 5 + 4);
      expect(calls).toBe(paths.length + kinds * 2 + 1 + 1);
    });
  });
});

describe.each(BACKENDS)('the server under its limits on %s', (dialect) => {
  let testDb: TestDatabase;
  let database: BilatDatabase;
  const servers: RunningServer[] = [];
  const start = async (options: Partial<Parameters<typeof startServer>[0]> = {}) => {
    const running = await startServer({ database, port: 0, logger: false, ...options });
    servers.push(running);
    return running;
  };

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect, { seed: true });
    database = testDb.database;
  });
  afterAll(async () => {
    for (const running of servers) await running.close().catch(() => {});
    await testDb?.dispose();
  });

  it('refuses a body over the limit with 413, on REST and tRPC alike, before looking at the key', async () => {
    const running = await start({ bodyLimit: 64 * 1024 });
    const body = JSON.stringify({ ...drafts.source(1), notes: 'x'.repeat(100 * 1024) });
    const restAnswer = await request(`${running.url}${REST_BASE_PATH}/sources`, { method: 'POST', headers: json, body });
    expect(restAnswer.status).toBe(413);
    const trpcAnswer = await request(`${running.url}/trpc/sources.create`, { method: 'POST', headers: json, body });
    expect(trpcAnswer.status).toBe(413);
    // Under the limit the same route is reached (and asks for a key).
    const small = await request(`${running.url}${REST_BASE_PATH}/sources`, { method: 'POST', headers: json, body: JSON.stringify(drafts.source(1)) });
    expect(small.status).toBe(401);
  });

  it('sends CORS headers to the allowed origin only', async () => {
    const running = await start({ cors: ['http://example.test'] });
    const allowed = await request(`${running.url}${REST_BASE_PATH}/pairs`, { headers: { origin: 'http://example.test' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://example.test');
    const preflight = await request(`${running.url}/trpc/places.create`, {
      method: 'OPTIONS',
      headers: { origin: 'http://example.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://example.test');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await request(`${running.url}${REST_BASE_PATH}/pairs`, { headers: { origin: 'http://elsewhere.test' } });
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // Without the option, no origin is allowed.
    const closed = await start();
    const none = await request(`${closed.url}${REST_BASE_PATH}/pairs`, { headers: { origin: 'http://example.test' } });
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits requests per address and per key: 429 with Retry-After', async () => {
    const running = await start({ rateLimit: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await request(`${running.url}${REST_BASE_PATH}/pairs`)).status);
    const limited = await request(`${running.url}${REST_BASE_PATH}/pairs`);
    expect(statuses).toEqual([200, 200, 200]);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
    // tRPC counts against the same budget.
    expect((await request(`${running.url}/trpc/pairs.list`)).status).toBe(429);
    // A key has a budget of its own.
    const key = await createApiKey(scopeOf(database), { name: 'rate', scope: 'read', createdBy: 'local:test' });
    const withKey = await request(`${running.url}${REST_BASE_PATH}/pairs`, { headers: bearer(key.secret) });
    expect(withKey.status).toBe(200);
  });

  it('shuts down gracefully: a request in flight when close() is called still completes with 200', async () => {
    const running = await start();
    const received = new Promise<void>((resolve) => running.app.server.once('request', () => resolve()));
    // 30 procedure names keep the path under the server's 500-character limit.
    const size = 30;
    const names = Array.from({ length: size }, () => 'pairs.dossier').join(',');
    const input = Object.fromEntries(Array.from({ length: size }, (_, index) => [String(index), { pair: 'KZ-LT' }]));
    const inFlight = fetch(`${running.url}/trpc/${names}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as { result: { data: { pair: string } } }[],
    }));
    await received;
    const closing = running.close();
    const [answer] = await Promise.all([inFlight, closing]);
    expect(answer.status).toBe(200);
    expect(answer.body).toHaveLength(size);
    expect(answer.body.every((entry) => entry.result.data.pair === 'KZ-LT')).toBe(true);
    // Closed: new connections are refused.
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
  });
});
