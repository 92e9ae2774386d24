import { countryPartners, getDossier, listPairs, scopeOf } from '@bilat/db';
import { compactDossier, dossierSchema, dossierSectionPage, dossierSectionPageSchema, pairDossierSchema } from '@bilat/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';

/*
 * A running server sends the answers it builds itself (the dossier, the pairs index)
 * without checking them against their output schemas (trpc.ts, builtAnswer); the tests
 * check them. Here: such an answer is exactly what its schema makes of it (nothing
 * stripped, nothing defaulted), and the check is off outside the tests.
 */

describe.each(BACKENDS)('answers the server builds itself, on %s', (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(dialect, { seed: true });
  }, 120_000);
  afterAll(async () => test?.dispose());

  it('the dossier is what its schema makes of it', async () => {
    for (const pair of ['KZ-LT', 'EU-KZ']) {
      const raw = JSON.parse(JSON.stringify(await getDossier(scopeOf(test.database), pair, { today: '2026-11-28' })));
      expect(dossierSchema.parse(raw)).toStrictEqual(raw);
      // What the API sends is cut from it: the compact dossier and a section's page.
      const full = await getDossier(scopeOf(test.database), pair, { today: '2026-11-28' });
      const compact = JSON.parse(JSON.stringify(compactDossier(full, { limit: 2 })));
      expect(pairDossierSchema.parse(compact)).toStrictEqual(compact);
      const page = JSON.parse(JSON.stringify(dossierSectionPage(full, 'meetings', { limit: 2 })));
      expect(dossierSectionPageSchema.parse(page)).toStrictEqual(page);
    }
  });

  it('a server that keeps dossiers answers from memory until the data changes', async () => {
    const { createCaller, createInnerContext, localCaller } = await import('../src/index.js');
    const caller = createCaller(createInnerContext({ database: test.database, caller: localCaller('local:test'), options: { keepDossiers: true, today: () => '2026-11-28' } }));
    const first = await caller.pairs.dossier({ pair: 'KZ-LT' });
    first.meetings.items.length = 0; // a page trimming its copy changes nothing kept
    const second = await caller.pairs.dossier({ pair: 'lt-kz' });
    expect(second.meetings.items.length).toBeGreaterThan(5);
    const relations = second.relations.total;
    await caller.relations.create({ id: 'kz-lt-test-relations', status: 'verified', citations: [{ sourceId: second.sources[0]!.id, locator: 'p1' }], kind: 'relations-established', pair: 'KZ-LT', date: { start: '1992-06-15', qualifier: 'stated' } });
    expect((await caller.pairs.dossier({ pair: 'KZ-LT' })).relations.total).toBe(relations + 1);
  });

  it('every kind of record, listed, fetched and detailed, is what its schema makes of it', async () => {
    // Lists, records and their details are built from stored (validated) records, so a running
    // server sends them unchecked: the same calls with the check on and off must agree exactly.
    const checked = await import('../src/index.js');
    vi.resetModules();
    vi.stubEnv('BILAT_VALIDATE_OUTPUT', '');
    let unchecked: typeof checked;
    try {
      unchecked = await import('../src/index.js');
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules(); // later imports see the check on again
    }
    const callerOf = (api: typeof checked) => api.createCaller(api.createInnerContext({ database: test.database, caller: api.localCaller('local:test'), options: { today: () => '2026-11-28' } }));
    const withCheck = callerOf(checked) as unknown as Record<string, Record<string, (input: unknown) => Promise<{ items?: { id: string }[] }>>>;
    const without = callerOf(unchecked) as unknown as typeof withCheck;
    const kinds = ['meetings', 'series', 'visits', 'people', 'organizations', 'posts', 'holdings', 'places', 'agreements', 'statements', 'commitments', 'trade', 'investment', 'indicators', 'disputes', 'interactions', 'relations', 'sources'];
    let compared = 0;
    for (const key of kinds) {
      const page = await without[key]!.list!({ limit: 200 });
      expect(page, key).toStrictEqual(await withCheck[key]!.list!({ limit: 200 }));
      const first = page.items?.[0];
      if (!first) continue;
      expect(await without[key]!.get!({ id: first.id }), `${key} ${first.id}`).toStrictEqual(await withCheck[key]!.get!({ id: first.id }));
      expect(await without[key]!.detail!({ id: first.id }), `${key} ${first.id} detail`).toStrictEqual(await withCheck[key]!.detail!({ id: first.id }));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(12);
  });

  it('the pairs index and partners carry nothing their schemas would drop', async () => {
    const page = await listPairs(scopeOf(test.database));
    for (const item of page.items) expect(Object.keys(item).sort()).toEqual(['a', 'agreements', 'b', 'lastMeetingDate', 'lastMeetingFirstDay', 'meetings', 'pair', 'records', 'relations', 'tradeYears', 'visits']);
    const { partners } = await countryPartners(scopeOf(test.database), 'KZ');
    expect(partners.length).toBeGreaterThan(0);
  });
});

describe('the output check', () => {
  it('runs under test and is skipped by a running server', async () => {
    const { builtAnswer } = await import('../src/trpc.js');
    await expect(builtAnswer(dossierSchema).parseAsync({ pair: 1 })).rejects.toThrow();
    vi.resetModules();
    vi.stubEnv('BILAT_VALIDATE_OUTPUT', '');
    try {
      const fresh = await import('../src/trpc.js');
      const unchecked = fresh.builtAnswer(dossierSchema);
      await expect(unchecked.parseAsync({ pair: 1 })).resolves.toEqual({ pair: 1 });
      // The schema itself (for the OpenAPI document) is untouched.
      expect(() => dossierSchema.parse({ pair: 1 })).toThrow();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
