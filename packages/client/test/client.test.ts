import { startServer, type RunningServer } from '@bilat/api/server';
import { createApiKey, scopeOf } from '@bilat/db';
import { createTestDatabase, type TestDatabase } from '@bilat/db/testing';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  API_VERSION,
  checkServerVersion,
  createBilatClient,
  currentRecordOf,
  fieldErrorsOf,
  isBilatError,
  trpcUrl,
  type BilatErrorCode,
  type PairDossier,
  type EventDate,
  type Meeting,
  type RouterInputs,
  type RouterOutputs,
} from '../src/index.js';

/*
 * The client against a real server (the one `bilat serve` runs) over a fresh seeded
 * SQLite file: typed reads, batching, writes with a key, and errors with their data.
 */

const SOURCE = 'kazinform-2024-06-20-kz-lt-consultations';

/** A place the server accepts, numbered so each test writes its own. */
const place = (n: number) => ({
  id: `client-test-place-${n}`,
  name: `Clientville ${n}`,
  country: 'LT',
  kind: 'city' as const,
  status: 'draft' as const,
  citations: [{ sourceId: SOURCE, locator: 'p1' }],
});

async function failure(call: Promise<unknown>) {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isBilatError(error), String(error)).toBe(true);
  return error;
}

describe('@bilat/client against a running server', () => {
  let testDb: TestDatabase;
  let server: RunningServer;
  let writeKey: string;

  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite', { seed: true });
    writeKey = (await createApiKey(scopeOf(testDb.database), { name: 'client writer', scope: 'write', createdBy: 'local:test' })).secret;
    server = await startServer({ database: testDb.database, port: 0, logger: false });
  });
  afterAll(async () => {
    await server?.close();
    await testDb?.dispose();
  });

  it('reads the pairs and a dossier, typed as the server answers them', async () => {
    const client = createBilatClient({ url: server.url });
    const pairs = await client.pairs.list.query();
    expect(pairs.items.map((pair) => pair.pair)).toContain('KZ-LT');
    expect(pairs.total).toBe(pairs.items.length);
    const first = await client.pairs.list.query({ sort: 'pair', limit: 1 });
    const second = await client.pairs.list.query({ sort: 'pair', limit: 1, cursor: first.nextCursor ?? undefined });
    expect(second.items[0]!.pair > first.items[0]!.pair).toBe(true);
    const dossier = await client.pairs.dossier.query({ pair: 'lt-kz', limit: 3 });
    expect(dossier.pair).toBe('KZ-LT');
    expect(dossier.meetings.items.map((meeting) => meeting.id)).toContain('kz-lt-political-consultations-10');
    const dated = dossier.meetings.items.find((meeting) => meeting.date);
    expect(dated?.date?.start).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    // Long sections page on from the dossier's cursor; trade comes as series.
    const more = await client.pairs.dossierSection.query({ pair: 'KZ-LT', section: 'meetings', cursor: dossier.meetings.nextCursor!, limit: 3 });
    expect(more.total).toBe(dossier.meetings.total);
    expect(dossier.trade.find((series) => series.flow === 'turnover')?.points.length).toBeGreaterThan(0);

    const page = await client.meetings.list.query({ country: 'KZ', partner: 'LT', limit: 2 });
    expect(page.items).toHaveLength(2);
    const next = await client.meetings.list.query({ country: 'KZ', partner: 'LT', limit: 2, cursor: page.nextCursor ?? undefined });
    expect(next.items.map((meeting) => meeting.id)).not.toContain(page.items[0]!.id);

    // The answer is assignable to the exported shapes, and the inputs are the procedures' own.
    const asDossier: Pick<PairDossier, 'pair' | 'meetings'> = dossier;
    const meetings: Meeting[] = asDossier.meetings.items;
    expect(meetings.length).toBe(3);
    expectTypeOf<RouterOutputs['pairs']['dossier']['meetings']['items'][number]['date']>().toEqualTypeOf<EventDate | null>();
    expectTypeOf<RouterInputs['meetings']['list']>().toHaveProperty('partner');
  });

  it('takes the address with or without /trpc and a trailing slash', async () => {
    expect(trpcUrl('http://example.org:4000')).toBe('http://example.org:4000/trpc');
    expect(trpcUrl('http://example.org:4000/trpc/')).toBe('http://example.org:4000/trpc');
    expect(trpcUrl('https://example.org/bilat/')).toBe('https://example.org/bilat/trpc');
    for (const url of [`${server.url}/`, `${server.url}/trpc`]) {
      expect((await createBilatClient({ url }).countries.get.query({ code: 'LT' })).country.code).toBe('LT');
    }
  });

  it('sends parallel queries as one request, and splits a batch too long for one request line', async () => {
    let requests = 0;
    const client = createBilatClient({
      url: server.url,
      fetch: (input, init) => {
        requests += 1;
        return fetch(input, init);
      },
    });
    const [pairs, country, person] = await Promise.all([
      client.pairs.list.query(),
      client.countries.get.query({ code: 'KZ' }),
      client.people.get.query({ id: 'roman-vassilenko' }),
    ]);
    expect(requests).toBe(1);
    expect([pairs.items.length > 0, country.country.code, person.name]).toEqual([true, 'KZ', 'Roman Vassilenko']);

    requests = 0;
    const dossiers = await Promise.all(Array.from({ length: 40 }, (_, index) => client.pairs.dossier.query({ pair: index % 2 ? 'KZ-LT' : 'lt-kz' })));
    expect(dossiers.every((dossier) => dossier.pair === 'KZ-LT')).toBe(true);
    expect(requests).toBe(2);
  });

  it('writes with an API key, sent as a bearer token beside any headers given', async () => {
    const seen: string[] = [];
    const writer = createBilatClient({
      url: server.url,
      apiKey: writeKey,
      headers: { 'x-request-from': 'client-suite' },
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        seen.push(`${headers.get('x-request-from')} ${headers.get('authorization')?.split(' ')[0]}`);
        return fetch(input, init);
      },
    });
    const created = await writer.places.create.mutate(place(1));
    expect(created).toMatchObject({ id: 'client-test-place-1', name: 'Clientville 1' });
    expect(seen).toEqual(['client-suite Bearer']);
    expect((await createBilatClient({ url: server.url }).places.get.query({ id: 'client-test-place-1' })).name).toBe('Clientville 1');
  });

  it('gives errors with their code, HTTP status, field errors and the broken checks', async () => {
    const anonymous = createBilatClient({ url: server.url });
    const writer = createBilatClient({ url: server.url, apiKey: writeKey });

    const missing = await failure(anonymous.meetings.get.query({ id: 'no-such-meeting' }));
    expect(isBilatError(missing) && [missing.data?.code, missing.data?.httpStatus]).toEqual(['NOT_FOUND', 404]);

    const uncited = await failure(writer.places.create.mutate({ ...place(2), citations: [{ sourceId: SOURCE, locator: 'page 3' }] }));
    expect(isBilatError(uncited) && uncited.data?.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(uncited))).toEqual(['citations.0.locator']);
    expect(fieldErrorsOf(new Error('not from the server'))).toEqual({});

    const unauthorized = await failure(anonymous.places.create.mutate(place(3)));
    expect(isBilatError(unauthorized) && unauthorized.data?.httpStatus).toBe(401);

    const taken = await failure(
      writer.meetings.create.mutate({
        ...(await anonymous.meetings.get.query({ id: 'kz-lt-political-consultations-10' })),
        id: 'client-test-duplicate-round',
      }),
    );
    expect(isBilatError(taken) && taken.data?.code).toBe('CONFLICT');
    expect(isBilatError(taken) && taken.data?.violations?.map((violation) => violation.check)).toContain('unique-ordinal');
    // A conflict of consistency rather than of revisions carries no current record.
    expect(currentRecordOf(taken)).toBeUndefined();

    const code: BilatErrorCode = 'CONFLICT';
    expect(code).toBe('CONFLICT');
  });

  it('a write based on a stale revision is refused with CONFLICT and the current record, typed', async () => {
    const writer = createBilatClient({ url: server.url, apiKey: writeKey });
    await writer.places.create.mutate(place(4));
    const opened = await writer.places.detail.query({ id: 'client-test-place-4' });
    const first = await writer.places.update.mutate({ ...place(4), name: 'Clientville Four', expectedRevision: opened.revision });
    expect(first.name).toBe('Clientville Four');

    const stale = await failure(writer.places.update.mutate({ ...place(4), name: 'Clientville 4 again', expectedRevision: opened.revision }));
    expect(isBilatError(stale) && stale.data?.code).toBe('CONFLICT');
    const current = currentRecordOf(stale);
    expect(current).toMatchObject({ kind: 'place', id: 'client-test-place-4', deletedAt: null });
    expect(current!.revision).toBeGreaterThan(opened.revision!);
    expect((current!.record as { name: string }).name).toBe('Clientville Four');
    // Nothing was written: the record is as the first write left it.
    expect((await writer.places.get.query({ id: 'client-test-place-4' })).name).toBe('Clientville Four');
  });

  it('a server that cannot be reached is an error of the client too, without server data', async () => {
    const closed = await startServer({ database: testDb.database, port: 0, logger: false });
    const url = closed.url;
    await closed.close();
    const unreachable = await failure(createBilatClient({ url }).pairs.list.query());
    expect(isBilatError(unreachable) && unreachable.data).toBeUndefined();
  });

  it('compares its API version with the server’s', async () => {
    expect(await checkServerVersion({ url: server.url })).toEqual({ client: API_VERSION, server: API_VERSION, compatible: true });
    const answering = (body: unknown): typeof fetch => async () => Response.json(body);
    const next = `${Number(API_VERSION.split('.')[0]) + 1}.0.0`;
    expect(await checkServerVersion({ url: server.url, fetch: answering({ status: 'ok', version: next }) })).toMatchObject({ server: next, compatible: false });
    await expect(checkServerVersion({ url: server.url, fetch: answering({ status: 'ok' }) })).rejects.toThrow(/gave no API version/);
  });
});
