import type { RecordKind } from '@bilat/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BatchAlreadyUndoneError,
  deleteRecord,
  DependentsError,
  findRecord,
  importStream,
  ImportProblemsError,
  listBatches,
  saveRecord,
  undoBatch,
  type ImportRow,
  type Scope,
} from '../src/index.js';
import { BACKENDS, type TestDatabase } from './support/backends.js';
import { fixtureDatabase } from './support/fixture-database.js';
import { dumpRecords, tableCounts } from './support/inspect.js';

const SOURCE = 'test-gazette-2024';

function tradeRow(n: number, line = n + 1): ImportRow {
  return {
    kind: 'trade',
    line,
    record: {
      id: `stream-trade-${n}`,
      status: 'draft',
      citations: [{ sourceId: SOURCE }],
      reporter: 'LT',
      partner: n % 2 ? 'FR' : 'WORLD',
      period: { start: String(1990 + (n % 30)) },
      flow: n % 3 ? 'export' : 'import',
      value: { amount: String(1000 + n), currency: 'USD' },
      classification: { system: 'HS', code: String(n % 97).padStart(2, '0') },
    },
  };
}

async function* rowsOf(rows: readonly ImportRow[]) {
  yield* rows;
}

describe.each(BACKENDS)('streaming imports on %s', (dialect) => {
  let test: TestDatabase;
  let scope: Scope;
  beforeEach(async () => {
    ({ test, scope } = await fixtureDatabase(dialect));
  });
  afterEach(async () => test.dispose());

  it('writes thousands of rows in chunks, once, and a second run changes nothing', async () => {
    const rows = Array.from({ length: 2500 }, (_, n) => tradeRow(n));
    const progress: number[] = [];
    const first = await importStream(test.database, rowsOf(rows), { label: 'trade.csv', chunkSize: 1000, onProgress: (n) => progress.push(n) });
    expect(first.total.created).toBe(2500);
    expect(first.batchId).toMatch(/^import-/);
    expect(progress).toEqual([1000, 2000, 2500]);
    const counts = await tableCounts(test.database);
    const second = await importStream(test.database, rowsOf(rows), { label: 'trade.csv' });
    expect(second).toMatchObject({ batchId: null, total: { created: 0, updated: 0, unchanged: 2500 } });
    expect(await tableCounts(test.database)).toEqual(counts);
    // Totals against the world belong to no pair: they stay out of pair lists.
    const world = await findRecord(scope, 'trade', 'stream-trade-0');
    expect(world?.record).toMatchObject({ partner: 'WORLD' });
    const parties = await test.database.db.selectFrom('record_parties').select('party').where('record_id', '=', 'stream-trade-0').execute();
    expect(parties.map((row) => row.party)).toEqual(['LT']);
  });

  it('refuses the whole import, naming the line and field, when one row is bad', async () => {
    const before = await dumpRecords(test.database);
    const rows = Array.from({ length: 1500 }, (_, n) => tradeRow(n));
    (rows[1200]!.record as { period: { start: string } }).period.start = '1999-13';
    const attempt = importStream(test.database, rowsOf(rows), { label: 'bad.csv', chunkSize: 500 });
    await expect(attempt).rejects.toBeInstanceOf(ImportProblemsError);
    const error = (await attempt.catch((e: unknown) => e)) as ImportProblemsError;
    expect(error.problems).toEqual([expect.objectContaining({ line: 1201, recordId: 'stream-trade-1200', field: 'period.start' })]);
    expect(error.message).toContain('line 1201');
    expect(await dumpRecords(test.database)).toEqual(before);
  });

  it('lists every problem on a dry run and writes nothing', async () => {
    const before = await tableCounts(test.database);
    const rows = [tradeRow(1), tradeRow(2), tradeRow(3)];
    (rows[0]!.record as { reporter: string }).reporter = 'ZZ';
    (rows[2]!.record as { value: { currency: string } }).value.currency = 'XXY';
    const summary = await importStream(test.database, rowsOf([...rows, { problem: { line: 9, message: 'wrong number of columns' } } as never]), { label: 'dry', dryRun: true });
    expect(summary.problems.map((p) => p.line)).toEqual([2, 4, 9]);
    expect(summary.total.created).toBe(1);
    expect(summary.batchId).toBeNull();
    expect(await tableCounts(test.database)).toEqual(before);
  });

  it('lets a row point at a record later in the file, and refuses one that points nowhere', async () => {
    const person = (id: string, line: number): ImportRow => ({
      kind: 'person',
      line,
      record: { id, status: 'draft', citations: [{ sourceId: SOURCE }], name: id },
    });
    const holding = (id: string, personId: string, line: number): ImportRow => ({
      kind: 'holding',
      line,
      record: { id, status: 'draft', citations: [{ sourceId: SOURCE }], personId, postId: 'lt-test-minister' },
    });
    const ok = await importStream(test.database, rowsOf([holding('h-later', 'later-person', 1), person('later-person', 2)]), { label: 'ok', chunkSize: 1 });
    expect(ok.total.created).toBe(2);
    const before = await dumpRecords(test.database);
    const attempt = importStream(test.database, rowsOf([holding('h-nowhere', 'nobody-at-all', 7)]), { label: 'bad' });
    await expect(attempt).rejects.toThrow('line 7: holdings h-nowhere refers to person nobody-at-all, which is neither in the file nor in the database');
    expect(await dumpRecords(test.database)).toEqual(before);
  });

  it('undoes a batch: what it created goes, what it changed comes back, and only once', async () => {
    const before = await dumpRecords(test.database);
    const place = (name: string): ImportRow => ({
      kind: 'place',
      record: { id: 'siauliai', status: 'verified', citations: [{ sourceId: SOURCE, locator: 'p1' }], name, kind: 'city', country: 'LT', names: [{ value: 'Siauliai', kind: 'spelling' }] },
    });
    const summary = await importStream(test.database, rowsOf([tradeRow(1), tradeRow(2), place('Šiauliai (changed)')]), { label: 'to undo' });
    expect(summary.total).toMatchObject({ created: 2, updated: 1 });
    const undone = await undoBatch(test.database, summary.batchId!, { actor: 'local:tester' });
    expect(undone).toMatchObject({ removed: 2, reverted: 1 });
    const after = await dumpRecords(test.database);
    // Same records live as before (the created ones are only marked deleted); the place reads as it did (at a new revision).
    const live = (dump: Record<string, string[]>) =>
      Object.fromEntries(Object.entries(dump).map(([table, rows]) => [table, rows.filter((row) => row.split('|')[1] === '').map((row) => row.split('|').slice(4).join('|'))]));
    expect(live(after)).toEqual(live(before));
    await expect(undoBatch(test.database, summary.batchId!)).rejects.toBeInstanceOf(BatchAlreadyUndoneError);
    const batches = await listBatches(scope);
    expect(batches.find((batch) => batch.id === summary.batchId)).toMatchObject({ undoneBy: undone.undoBatchId });
  });

  it('refuses to undo a batch whose records others now point at', async () => {
    const summary = await importStream(
      test.database,
      rowsOf([{ kind: 'person', record: { id: 'imported-person', status: 'draft', citations: [{ sourceId: SOURCE }], name: 'Imported Person' } }]),
      { label: 'people' },
    );
    await saveRecord(
      test.database,
      'holding' as RecordKind,
      { id: 'later-holding', status: 'verified', citations: [{ sourceId: SOURCE }], personId: 'imported-person', postId: 'lt-test-minister' },
      { actor: 'local:t' },
      'create',
    );
    await expect(undoBatch(test.database, summary.batchId!)).rejects.toBeInstanceOf(DependentsError);
    expect(await findRecord(scope, 'person', 'imported-person')).toBeDefined();
  });

  it('merges repeated records by the rules given, within the file and with what is stored', async () => {
    const interaction = (eventId: string, line: number): ImportRow => ({
      kind: 'interaction',
      line,
      record: { id: 'fr-lt-2019-10-24-040', status: 'draft', citations: [{ sourceId: SOURCE }], pair: 'FR-LT', date: '2019-10-24', code: '040', dataset: 'gdelt-2', events: [{ id: eventId, actors: ['LT', 'FR'] }] },
    });
    type Events = { events: { id: string }[] };
    const merge = {
      interaction: (existing: Events, incoming: Events) => ({ ...existing, events: [...existing.events, ...incoming.events.filter((e) => !existing.events.some((x) => x.id === e.id))] }),
    } as never;
    const first = await importStream(test.database, rowsOf([interaction('1', 1), interaction('2', 2), interaction('1', 3)]), { label: 'a', merge, chunkSize: 2 });
    expect(first.total).toMatchObject({ created: 1, unchanged: 1 });
    const again = await importStream(test.database, rowsOf([interaction('2', 1), interaction('3', 2)]), { label: 'b', merge });
    expect(again.total).toMatchObject({ updated: 1 });
    const stored = await findRecord(scope, 'interaction', 'fr-lt-2019-10-24-040');
    expect((stored?.record as unknown as Events).events.map((e) => e.id)).toEqual(['1', '2', '3']);
    const same = await importStream(test.database, rowsOf([interaction('3', 1)]), { label: 'c', merge });
    expect(same.batchId).toBeNull();
    // A deleted record is not merged into: the file's version restores it as read, alone.
    await deleteRecord(scope, { kind: 'interaction', id: 'fr-lt-2019-10-24-040' }, { actor: 'local:test' });
    const restored = await importStream(test.database, rowsOf([interaction('4', 1)]), { label: 'd', merge });
    expect(restored.total).toMatchObject({ restored: 1 });
    const after = await findRecord(scope, 'interaction', 'fr-lt-2019-10-24-040');
    expect((after?.record as unknown as Events).events.map((e) => e.id)).toEqual(['4']);
  });

  it('refuses a reference to a deleted record as it refuses one to no record', async () => {
    const person: ImportRow = { kind: 'person', line: 1, record: { id: 'soon-gone', status: 'draft', citations: [{ sourceId: SOURCE }], name: 'Soon Gone' } };
    await importStream(test.database, rowsOf([person]), { label: 'person' });
    await deleteRecord(scope, { kind: 'person', id: 'soon-gone' }, { actor: 'local:test' });
    const holding: ImportRow = { kind: 'holding', line: 4, record: { id: 'h-gone', status: 'draft', citations: [{ sourceId: SOURCE }], personId: 'soon-gone', postId: 'lt-test-minister' } };
    const before = await dumpRecords(test.database);
    await expect(importStream(test.database, rowsOf([holding]), { label: 'gone' })).rejects.toThrow('line 4: holdings h-gone refers to person soon-gone, which is neither in the file nor in the database');
    expect(await dumpRecords(test.database)).toEqual(before);
  });

  it('undoes a batch that changed records to cite a source it created', async () => {
    const source: ImportRow = { kind: 'source', record: { id: 'new-file-source', title: 'A file', publisher: 'A publisher', published: null } };
    const first = await importStream(test.database, rowsOf([tradeRow(1)]), { label: 'first' });
    expect(first.total.created).toBe(1);
    const revised = tradeRow(1);
    (revised.record as { citations: unknown[] }).citations = [{ sourceId: 'new-file-source' }];
    const second = await importStream(test.database, rowsOf([source, revised]), { label: 'second' });
    expect(second.total).toMatchObject({ created: 1, updated: 1 });
    await expect(undoBatch(test.database, second.batchId!)).resolves.toMatchObject({ removed: 1, reverted: 1 });
    expect((await findRecord(scope, 'trade', 'stream-trade-1'))!.record.citations).toEqual([{ sourceId: SOURCE }]);
  });
});
