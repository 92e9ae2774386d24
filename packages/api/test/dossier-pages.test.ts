import { getDossier, loadPairRecords, scopeOf } from '@bilat/db';
import { apiPager, assembleDossier, compactDossier, DOSSIER_SECTIONS, dossierSectionPage, pageOf, type DossierSection } from '@bilat/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, localCaller } from '../src/index.js';
import { callerFor, TODAY, type ApiCaller } from './support/api.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';

/*
 * The compact dossier against the records behind it: every section paged through from the
 * dossier's cursor reaches each item of the full dossier exactly once and in its order,
 * and the trade series carry exactly the figures of the trade records.
 */

/** An item's identity in its section (visits, people and chiefs wrap a record; interaction months have none). */
function identity(section: DossierSection, item: unknown): string {
  const value = item as Record<string, { id?: string } | string | undefined>;
  if (section === 'visits') return (value.visit as { id: string }).id;
  if (section === 'people') return (value.person as { id: string }).id;
  if (section === 'chiefsOfMission') return (value.holding as { id: string }).id;
  if (section === 'interactions') return value.month as string;
  return value.id as string;
}

describe.each(BACKENDS)('the compact dossier and its pages on %s', (dialect) => {
  let testDb: TestDatabase;
  let reader: ApiCaller;
  beforeAll(async () => {
    // With the Office of the Historian's bundle: KZ-US has long visits, relations and chiefs sections.
    testDb = await createTestDatabase(dialect, { seed: 'all' });
    reader = callerFor(testDb.database, ANONYMOUS);
  }, 120_000);
  afterAll(async () => testDb?.dispose());

  it.each(['KZ-LT', 'KZ-US'])('paging every section of %s from the dossier reaches each item once, in order', async (pair) => {
    const full = await getDossier(scopeOf(testDb.database), pair, { today: TODAY });
    const compact = await reader.pairs.dossier({ pair, limit: 2 });
    let paged = 0;
    for (const section of DOSSIER_SECTIONS) {
      const expected = pageOf(full, section, { limit: 10_000 }).items.map((item) => identity(section, item));
      const first = compact[section];
      expect(first.total, section).toBe(expected.length);
      expect(first.items.length, section).toBe(Math.min(2, expected.length));
      const seen = first.items.map((item) => identity(section, item));
      for (let cursor = first.nextCursor; cursor; ) {
        const page = await reader.pairs.dossierSection({ pair, section, cursor, limit: 3 });
        expect(page.section).toBe(section);
        expect(page.total).toBe(expected.length);
        seen.push(...page.items.map((item) => identity(section, item)));
        cursor = page.nextCursor;
        paged++;
      }
      expect(seen, section).toEqual(expected);
    }
    // The pairs have sections longer than two items: the cursors were followed.
    expect(paged).toBeGreaterThan(3);
  });

  it.each(['KZ-LT', 'KZ-US'])('%s: the dossier and its pages, loaded without the sources only trade figures cite, equal those cut from the full load', async (pair) => {
    const scope = scopeOf(testDb.database);
    const writer = callerFor(testDb.database, localCaller('local:pages-test'));
    // A trade figure citing a source nothing else cites: the API does not load that source.
    const source = await writer.sources.create({ title: 'Test bulletin cited by one trade figure', publisher: 'Test Statistics Office', published: '2024-03-01' });
    const figure = await writer.trade.create({
      status: 'draft',
      citations: [{ sourceId: source.id }],
      reporter: pair.slice(0, 2),
      partner: pair.slice(3),
      period: { start: '2019' },
      flow: 'export',
      value: { amount: '1000000', currency: 'USD' },
    });
    // The partner's figure for the same flow: a mirror (the API writes its mirror series from the trade rows, not the full dossier's mirrors).
    const mirror = await writer.trade.create({
      status: 'draft',
      citations: [{ sourceId: source.id }],
      reporter: pair.slice(3),
      partner: pair.slice(0, 2),
      period: { start: '2019' },
      flow: 'import',
      value: { amount: '1100000', currency: 'USD' },
    });
    const [everything, lean] = [await loadPairRecords(scope, pair), await loadPairRecords(scope, pair, { tradeSources: false })];
    expect(everything.has({ kind: 'source', id: source.id })).toBe(true);
    expect(lean.has({ kind: 'source', id: source.id })).toBe(false);
    expect(lean.all('trade').length).toBe(everything.all('trade').length);
    // The API builds the dossier with no sources at all and loads those each answer cites.
    const sourceless = await loadPairRecords(scope, pair, { tradeSources: false, sources: false });
    expect(sourceless.all('source')).toEqual([]);
    expect(sourceless.all('meeting').length).toBe(everything.all('meeting').length);

    const full = await getDossier(scope, pair, { today: TODAY });
    // As the client receives it: through JSON, where an absent field and an undefined one are alike.
    const sent = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
    for (const limit of [undefined, 2]) {
      const answer = await reader.pairs.dossier({ pair, limit });
      expect(sent(answer)).toEqual(sent(compactDossier(full, { limit })));
      // Not empty by accident: the carried items cite sources, fewer than the whole dossier does.
      expect(answer.sources.length).toBeGreaterThan(0);
      if (limit === 2) expect(answer.sources.length).toBeLessThan(full.sources.length);
    }
    for (const section of DOSSIER_SECTIONS) {
      const first = dossierSectionPage(full, section, { limit: 3 });
      expect(sent(await reader.pairs.dossierSection({ pair, section, limit: 3 })), section).toEqual(sent(first));
      if (first.nextCursor) {
        const next = await reader.pairs.dossierSection({ pair, section, cursor: first.nextCursor, limit: 3 });
        expect(sent(next), section).toEqual(sent(dossierSectionPage(full, section, { cursor: first.nextCursor, limit: 3 })));
      }
    }
    expect(compactDossier(full).trade.some((series) => series.sourceIds.includes(source.id))).toBe(true);
    // The answers above held that mirror.
    expect(full.tradeMirrors.some((one) => one.period.start === '2019' && one.exported[0]!.id === figure.id)).toBe(true);
    await writer.trade.delete({ id: mirror.id });
    await writer.trade.delete({ id: figure.id });
    await writer.sources.delete({ id: source.id });
  });

  it.each(['KZ-LT', 'KZ-US'])('%s: the first pages count every source the whole dossier cites, as many as every page read lists (the web and the terminal say the same)', async (pair) => {
    for (const limit of [undefined, 2]) {
      const compact = await reader.pairs.dossier({ pair, limit });
      const whole = await assembleDossier(compact, apiPager(reader, pair));
      expect(compact.sourcesTotal, `limit ${limit}`).toBe(whole.sources.length);
      expect(compact.sourcesTotal).toBeGreaterThanOrEqual(compact.sources.length);
    }
    // KZ-US's visits run over pages that cite sources the first page does not.
    if (pair === 'KZ-US') {
      const compact = await reader.pairs.dossier({ pair, limit: 2 });
      expect(compact.sourcesTotal).toBeGreaterThan(compact.sources.length);
    }
  });

  it('a page after a deleted item starts where it would have', async () => {
    const writer = callerFor(testDb.database, localCaller('local:pages-test'));
    const first = await reader.pairs.dossierSection({ pair: 'KZ-LT', section: 'meetings', limit: 3 });
    if (first.section !== 'meetings') throw new Error('not meetings');
    const next = await reader.pairs.dossierSection({ pair: 'KZ-LT', section: 'meetings', cursor: first.nextCursor!, limit: 3 });
    // Deleting the last item shown does not make the next page skip or repeat one.
    const last = first.items.at(-1)!;
    await writer.meetings.delete({ id: last.id });
    const again = await reader.pairs.dossierSection({ pair: 'KZ-LT', section: 'meetings', cursor: first.nextCursor!, limit: 3 });
    expect(again.items.map((item) => identity('meetings', item))).toEqual(next.items.map((item) => identity('meetings', item)));
    await writer.meetings.restore({ id: last.id });
  });

  it('the trade series carry the same figures as the trade records', async () => {
    for (const pair of ['KZ-LT']) {
      const [a, b] = pair.split('-') as [string, string];
      const compact = await reader.pairs.dossier({ pair });
      const records = (await reader.trade.list({ country: a, partner: b, commodity: 'TOTAL', limit: 500 })).items;
      expect(records.length).toBeGreaterThan(3);
      const fromRecords = records.map((flow) => [flow.reporter, flow.flow, flow.value.currency, flow.period.end ? `${flow.period.start}/${flow.period.end}` : flow.period.start, flow.value.amount].join(' ')).sort();
      const fromSeries = compact.trade.flatMap((series) => series.points.map(([period, amount]) => [series.reporter, series.flow, series.currency, period, amount].join(' '))).sort();
      expect(fromSeries).toEqual(fromRecords);
      expect(compact.trade.reduce((sum, series) => sum + series.figures, 0)).toBe(records.length);
      for (const series of compact.trade) {
        const own = records.filter((flow) => flow.reporter === series.reporter && flow.flow === series.flow && flow.value.currency === series.currency);
        const total = (amounts: string[]) => amounts.reduce((sum, amount) => sum + BigInt(amount), 0n);
        expect(total(series.points.map(([, amount]) => amount!))).toBe(total(own.map((flow) => flow.value.amount)));
        expect(new Set(series.sourceIds)).toEqual(new Set(own.flatMap((flow) => flow.citations.map((citation) => citation.sourceId))));
      }
    }
  });
});
