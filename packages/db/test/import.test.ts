import { bundleFromRecords } from '@bilat/domain/bundle';
import { BundleError } from '@bilat/domain/bundle';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsistencyError, importBundle, listRevisions, scopeOf } from '../src/index.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { fixtureBundle, fixtureRecords } from './support/fixture.js';
import { dumpRecords, tableCounts } from './support/inspect.js';

describe.each(BACKENDS)('bundle import on %s', (dialect) => {
  let test: TestDatabase;
  beforeEach(async () => {
    test = await createTestDatabase(dialect);
  });
  afterEach(async () => test.dispose());

  it('writes every record in one batch and logs each as created', async () => {
    const summary = await importBundle(test.database, fixtureBundle(), { label: 'fixture', actor: 'local:tester' });
    const total = fixtureRecords().length;
    expect(summary.total).toEqual({ created: total, updated: 0, restored: 0, unchanged: 0 });
    expect(summary.batchId).toMatch(/^import-/);
    const revisions = await listRevisions(scopeOf(test.database), { batchId: summary.batchId! });
    expect(revisions).toHaveLength(total);
    expect(new Set(revisions.map((r) => r.action))).toEqual(new Set(['create']));
    expect(revisions.every((r) => r.actor === 'local:tester')).toBe(true);
  });

  it('is idempotent: a second import changes nothing, not even the log', async () => {
    await importBundle(test.database, fixtureBundle(), { label: 'fixture' });
    const counts = await tableCounts(test.database);
    const dump = await dumpRecords(test.database);
    const again = await importBundle(test.database, fixtureBundle(), { label: 'fixture' });
    expect(again.batchId).toBeNull();
    expect(again.total.unchanged).toBe(fixtureRecords().length);
    expect(await tableCounts(test.database)).toEqual(counts);
    expect(await dumpRecords(test.database)).toEqual(dump);
  });

  it('refuses a bundle that breaks a consistency rule and leaves the data as it was', async () => {
    await importBundle(test.database, fixtureBundle(), { label: 'fixture' });
    const counts = await tableCounts(test.database);
    const dump = await dumpRecords(test.database);
    const bad = fixtureRecords().filter((item) => item.kind === 'trade');
    const turnover = bad.find((item) => item.record.id === 'fr-lt-2023-turnover')!;
    (turnover.record as { value: { amount: string } }).value.amount = '300000000';
    const attempt = importBundle(test.database, bundleFromRecords(bad), { label: 'bad trade' });
    await expect(attempt).rejects.toBeInstanceOf(ConsistencyError);
    await expect(attempt.catch((e: ConsistencyError) => e.violations.map((v) => v.check))).resolves.toContain('turnover-sum');
    expect(await tableCounts(test.database)).toEqual(counts);
    expect(await dumpRecords(test.database)).toEqual(dump);
  });

  it('refuses a record that fails its schema, naming the record and field', async () => {
    const items = fixtureRecords();
    const meeting = items.find((item) => item.record.id === 'fr-lt-talks-2')!;
    (meeting.record as { date: { start: string } }).date.start = '2024-13';
    const attempt = importBundle(test.database, bundleFromRecords(items), { label: 'bad date' });
    await expect(attempt).rejects.toBeInstanceOf(BundleError);
    const error = (await attempt.catch((e: unknown) => e)) as BundleError;
    expect(error.issues[0]).toMatchObject({ record: expect.stringMatching(/^meetings\[\d+\]$/), recordId: 'fr-lt-talks-2', field: 'date.start' });
    expect(Object.values(await tableCounts(test.database)).every((count) => count === 0)).toBe(true);
  });

  it('checks everything on a dry run and writes nothing', async () => {
    const summary = await importBundle(test.database, fixtureBundle(), { label: 'dry', dryRun: true });
    expect(summary.total.created).toBe(fixtureRecords().length);
    expect(summary.batchId).toBeNull();
    expect(Object.values(await tableCounts(test.database)).every((count) => count === 0)).toBe(true);
  });
});
