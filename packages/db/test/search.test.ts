import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRevisions, refreshSearchDocuments, searchRecords, writeRecord, type Scope } from '../src/index.js';
import { BACKENDS, type TestDatabase } from './support/backends.js';
import { fixtureDatabase } from './support/fixture-database.js';
import { fixtureRecords } from './support/fixture.js';
import { tableCounts } from './support/inspect.js';

describe.each(BACKENDS)('search on %s', (dialect) => {
  let test: TestDatabase;
  let scope: Scope;
  beforeEach(async () => {
    ({ test, scope } = await fixtureDatabase(dialect));
  });
  afterEach(async () => test.dispose());

  const ids = async (query: string, kinds?: Parameters<typeof searchRecords>[2]) =>
    (await searchRecords(scope, query, kinds)).items.map((hit) => `${hit.kind}:${hit.id}`);

  it('folds diacritics and case', async () => {
    expect(await ids('siauliai', { kinds: ['place'] })).toEqual(['place:siauliai']);
    expect(await ids('ŠIAULIAI', { kinds: ['place'] })).toEqual(['place:siauliai']);
    expect(await ids('zemaityte')).toContain('person:ona-zemaityte');
  });

  it('finds a person by a variant spelling, another script, or a prefix', async () => {
    expect(await ids('Jonnaitis', { kinds: ['person'] })).toEqual(['person:pranas-jonaitis']);
    expect(await ids('Jonaitis', { kinds: ['person'] })).toEqual(['person:pranas-jonaitis']);
    expect(await ids('Йонайтис', { kinds: ['person'] })).toEqual(['person:pranas-jonaitis']);
    expect(await ids('jonai', { kinds: ['person'] })).toEqual(['person:pranas-jonaitis']);
  });

  it('finds people through the posts they hold', async () => {
    // Her name has no "Šiauliai" in it; her post does.
    expect(await ids('siauliai port', { kinds: ['person'] })).toEqual(['person:ona-zemaityte']);
  });

  it('puts title matches first, then people before other kinds', async () => {
    const hits = (await searchRecords(scope, 'jonaitis')).items;
    expect(hits[0]).toMatchObject({ kind: 'person', id: 'pranas-jonaitis', titleMatch: true });
    expect(hits.some((hit) => hit.kind === 'meeting' && !hit.titleMatch)).toBe(true);
  });

  it('pages through results with a cursor', async () => {
    const all = await ids('test');
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchRecords(scope, 'test', { limit: 3, cursor });
      paged.push(...page.items.map((hit) => `${hit.kind}:${hit.id}`));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged.length).toBeGreaterThan(3);
    expect(paged.slice(0, all.length)).toEqual(all);
  });

  it('keeps documents current when a name changes', async () => {
    const place = fixtureRecords().find((item) => item.record.id === 'siauliai')!;
    await writeRecord(scope, { ...place, record: { ...place.record, name: 'Šiauliai City', names: [] } } as typeof place, { actor: 'local:t' });
    await refreshSearchDocuments(scope, [{ kind: 'place', id: 'siauliai' }]);
    expect(await ids('city', { kinds: ['place'] })).toEqual(['place:siauliai']);
  });

  it('survives hostile queries without error or change', async () => {
    const before = await tableCounts(test.database);
    const revisions = await countRevisions(scope);
    const hostile = ['"', "'; drop table people; --", 'NEAR(a b)', '*', 'a OR b AND NOT c', '{title_terms}:x', '\u0000', 'a'.repeat(5000), '🙂 مرحبا 中文'];
    for (const query of hostile) await expect(searchRecords(scope, query)).resolves.toBeDefined();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (query) => {
        const page = await searchRecords(scope, query, { limit: 5 });
        expect(Array.isArray(page.items)).toBe(true);
      }),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 60) },
    );
    expect(await tableCounts(test.database)).toEqual(before);
    expect(await countRevisions(scope)).toBe(revisions);
  });
});
