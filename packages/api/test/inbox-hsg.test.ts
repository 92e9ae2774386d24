import { fileURLToPath } from 'node:url';
import { findRecord, scopeOf } from '@bilat/db';
import { fileInput, runImport } from '@bilat/interchange';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller, proposeFromBatch } from '../src/index.js';
import { callerFor, type ApiCaller } from './support/api.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';

/*
 * The Office of the Historian's remark drafts land in the review inbox: one proposal per
 * drafted meeting or agreement of the import's batch, citing the remark's words. Accepting
 * one verifies the held draft (an undoable batch); rejecting one deletes it.
 */

const FIXTURE = fileURLToPath(new URL('../../interchange/test/fixtures/hsg', import.meta.url));

describe.each(BACKENDS)('importer drafts in the inbox on %s', (dialect) => {
  let testDb: TestDatabase;
  let api: ApiCaller;
  let batchId: string;

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect, { seed: true });
    api = callerFor(testDb.database, localCaller('local:test'));
    const report = await runImport(testDb.database, await fileInput(FIXTURE), { format: 'hsg', today: '2026-11-28' });
    batchId = report.batchId!;
  });
  afterAll(async () => {
    await testDb?.dispose();
  });

  it('proposes each drafted meeting and agreement once, with the remark as its words', async () => {
    const proposed = await proposeFromBatch(testDb.database, batchId, 'hsg');
    expect(proposed).toBeGreaterThan(0);
    expect(await proposeFromBatch(testDb.database, batchId, 'hsg')).toBe(0);
    const { items } = await api.inbox.list({ limit: 500 });
    expect(items).toHaveLength(proposed);
    expect(items.every((p) => p.origin === 'hsg' && p.matchedRecordId === p.record.id)).toBe(true);
    const meeting = items.find((p) => p.kind === 'meeting' && p.pair === 'KZ-US')!;
    expect(meeting.facts[0]!.words).toBe('Met with President Nazarbayev and signed a trade agreement and an investment treaty.');
    expect(meeting.sources[0]!.publisher).toMatch(/Historian/);
  });

  it('accepting verifies the held draft in a batch of its own; rejecting deletes the draft', async () => {
    const { items } = await api.inbox.list({ pair: 'KZ-US' });
    const meeting = items.find((p) => p.kind === 'meeting')!;
    const accepted = await api.inbox.accept({ id: meeting.id });
    expect(accepted.batchId).toMatch(/^import-/);
    expect((await findRecord(scopeOf(testDb.database), 'meeting', meeting.record.id as string))!.record.status).toBe('verified');
    await api.batches.undo({ id: accepted.batchId! });
    expect((await findRecord(scopeOf(testDb.database), 'meeting', meeting.record.id as string))!.record.status).toBe('draft');

    const agreement = items.find((p) => p.kind === 'agreement')!;
    await api.inbox.reject({ id: agreement.id, reason: 'the remark names no such agreement' });
    expect(await findRecord(scopeOf(testDb.database), 'agreement', agreement.record.id as string)).toBeUndefined();
  });
});
