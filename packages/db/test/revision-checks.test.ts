import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RecordOf } from '@bilat/domain';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bringBackRecord,
  findRecord,
  importBundle,
  listRevisions,
  mergePeople,
  recordAtRevision,
  RecordNotFoundError,
  removeRecord,
  RevisionConflictError,
  saveRecord,
  scopeOf,
  undoBatch,
  type Scope,
} from '../src/index.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { fixtureDatabase } from './support/fixture-database.js';
import { fixtureBundle } from './support/fixture.js';
import { snapshot } from './support/inspect.js';

const alice = { actor: 'local:alice' };
const bob = { actor: 'local:bob' };

/** The id of the latest revision-log entry about a record. */
async function lastLogged(scope: Scope, kind: 'meeting' | 'person' | 'holding' | 'trade', id: string): Promise<number> {
  const entries = await listRevisions(scope, { kind, recordId: id, order: 'desc', limit: 1 });
  return entries[0]!.id;
}

async function revisionOf(scope: Scope, kind: 'meeting' | 'person' | 'holding' | 'trade', id: string): Promise<number> {
  return (await findRecord(scope, kind, id, { includeDeleted: true }))!.revision;
}

/** Runs a write expected to be refused as stale, and answers the error. */
async function conflictOf(write: Promise<unknown>): Promise<RevisionConflictError> {
  const error = await write.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RevisionConflictError);
  return error as RevisionConflictError;
}

describe.each(BACKENDS)('revisions of records on %s', (dialect) => {
  let test: TestDatabase;
  let scope: Scope;

  beforeEach(async () => {
    ({ test, scope } = await fixtureDatabase(dialect, { actor: 'local:fixture' }));
  });
  afterEach(async () => test.dispose());

  it('names, for every kind of write, the revision-log entry that made it', async () => {
    const created = await revisionOf(scope, 'meeting', 'fr-lt-talks-2');
    expect(created).toBe(await lastLogged(scope, 'meeting', 'fr-lt-talks-2'));

    const meeting = (await findRecord(scope, 'meeting', 'fr-lt-talks-2'))!.record;
    const updated = await saveRecord(test.database, 'meeting', { ...meeting, notes: 'edited' }, alice, 'update');
    expect(updated.revision).toBeGreaterThan(created);
    expect(updated.revision).toBe(await lastLogged(scope, 'meeting', 'fr-lt-talks-2'));
    expect(await revisionOf(scope, 'meeting', 'fr-lt-talks-2')).toBe(updated.revision);

    const deleted = await removeRecord(test.database, { kind: 'trade', id: 'fr-lt-2023-export' }, alice);
    expect(deleted).toBe(await lastLogged(scope, 'trade', 'fr-lt-2023-export'));
    expect(await revisionOf(scope, 'trade', 'fr-lt-2023-export')).toBe(deleted);
    const restored = await bringBackRecord(test.database, { kind: 'trade', id: 'fr-lt-2023-export' }, alice);
    expect(restored.revision).toBe(await lastLogged(scope, 'trade', 'fr-lt-2023-export'));
    expect(await revisionOf(scope, 'trade', 'fr-lt-2023-export')).toBe(restored.revision);

    const merged = await mergePeople(test.database, 'ona-zemaityte', 'pranas-jonaitis', alice);
    expect(await revisionOf(scope, 'person', 'ona-zemaityte')).toBe(await lastLogged(scope, 'person', 'ona-zemaityte'));
    expect(merged.revision).toBe(await lastLogged(scope, 'person', 'pranas-jonaitis'));
    expect(await revisionOf(scope, 'holding', 'zemaityte-port')).toBe(await lastLogged(scope, 'holding', 'zemaityte-port'));
  });

  it('reads a row written before revisions were kept per row as its latest log entry', async () => {
    const latest = await lastLogged(scope, 'person', 'claire-dubois');
    await sql`update people set revision = null where id = 'claire-dubois'`.execute(test.database.db);
    expect(await revisionOf(scope, 'person', 'claire-dubois')).toBe(latest);
    const person = (await findRecord(scope, 'person', 'claire-dubois'))!.record;
    const saved = await saveRecord(test.database, 'person', { ...person, notes: 'after' }, alice, 'update', { expectedRevision: latest });
    expect(saved.revision).toBeGreaterThan(latest);
  });

  it('refuses an update based on an old revision, with the current record and what changed, and writes nothing', async () => {
    const opened = (await findRecord(scope, 'meeting', 'fr-lt-talks-3'))!;
    const first = await saveRecord(test.database, 'meeting', { ...opened.record, notes: 'Alice was here' }, alice, 'update', { expectedRevision: opened.revision });
    const before = await snapshot(test.database);

    const error = await conflictOf(saveRecord(test.database, 'meeting', { ...opened.record, summary: 'Bob was here' }, bob, 'update', { expectedRevision: opened.revision }));
    expect(error.current).toMatchObject({ kind: 'meeting', id: 'fr-lt-talks-3', revision: first.revision, deletedAt: null });
    expect((error.current.record as RecordOf<'meeting'>).notes).toBe('Alice was here');
    expect(error.changes).toEqual([expect.objectContaining({ revision: first.revision, actor: 'local:alice', action: 'update' })]);
    expect(error.message).toContain(`changed since revision ${opened.revision}`);
    expect(error.base).toEqual(opened.record);
    expect(await snapshot(test.database)).toEqual(before);

    // The same edit re-applied onto the current revision goes through.
    const again = await saveRecord(test.database, 'meeting', { ...first.record, summary: 'Bob was here' }, bob, 'update', { expectedRevision: first.revision });
    expect(again.record).toMatchObject({ notes: 'Alice was here', summary: 'Bob was here' });
  });

  it('takes any of several expected revisions, as an If-Match list may name', async () => {
    const opened = (await findRecord(scope, 'person', 'claire-dubois'))!;
    await expect(saveRecord(test.database, 'person', { ...opened.record, notes: 'x' }, alice, 'update', { expectedRevision: [1, opened.revision] })).resolves.toMatchObject({ outcome: 'updated' });
  });

  it('refuses a stale delete and a stale restore, each leaving one change in the log', async () => {
    const ref = { kind: 'trade' as const, id: 'fr-lt-2023-import' };
    const read = await revisionOf(scope, ref.kind, ref.id);
    const deleted = await removeRecord(test.database, ref, alice, { expectedRevision: read });
    const before = await snapshot(test.database);
    const late = await conflictOf(removeRecord(test.database, ref, bob, { expectedRevision: read }));
    expect(late.current).toMatchObject({ revision: deleted, deletedAt: expect.any(String) });
    expect(await snapshot(test.database)).toEqual(before);

    const restored = await bringBackRecord(test.database, ref, alice, { expectedRevision: deleted });
    const afterRestore = await snapshot(test.database);
    const second = await conflictOf(bringBackRecord(test.database, ref, bob, { expectedRevision: deleted }));
    expect(second.current).toMatchObject({ revision: restored.revision, deletedAt: null });
    expect(second.changes.map((change) => change.action)).toEqual(['restore']);
    expect(await snapshot(test.database)).toEqual(afterRestore);
    const log = await listRevisions(scope, { kind: ref.kind, recordId: ref.id, afterId: read });
    expect(log.map((entry) => entry.action)).toEqual(['delete', 'restore']);
  });

  it('refuses an update of a record deleted since as a conflict, but one without a revision as not found', async () => {
    const opened = (await findRecord(scope, 'trade', 'fr-lt-2023-turnover'))!;
    await removeRecord(test.database, { kind: 'trade', id: opened.record.id }, alice);
    const error = await conflictOf(saveRecord(test.database, 'trade', opened.record, bob, 'update', { expectedRevision: opened.revision }));
    expect(error.current.deletedAt).not.toBeNull();
    await expect(saveRecord(test.database, 'trade', opened.record, bob, 'update')).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('refuses a stale merge of either person', async () => {
    const from = await revisionOf(scope, 'person', 'ona-zemaityte');
    const into = await revisionOf(scope, 'person', 'pranas-jonaitis');
    const person = (await findRecord(scope, 'person', 'pranas-jonaitis'))!.record;
    await saveRecord(test.database, 'person', { ...person, notes: 'edited meanwhile' }, bob, 'update');
    const before = await snapshot(test.database);
    await conflictOf(mergePeople(test.database, 'ona-zemaityte', 'pranas-jonaitis', alice, { expectedRevision: from, intoExpectedRevision: into }));
    expect(await snapshot(test.database)).toEqual(before);

    const merged = await mergePeople(test.database, 'ona-zemaityte', 'pranas-jonaitis', alice, { expectedRevision: from });
    expect(merged.person.notes).toBe('edited meanwhile');
    const late = await conflictOf(mergePeople(test.database, 'ona-zemaityte', 'claire-dubois', bob, { expectedRevision: from }));
    expect(late.changes.map((change) => change.action)).toEqual(['merge']);
  });

  it('lets exactly one of two concurrent writers based on the same revision through', async () => {
    const opened = (await findRecord(scope, 'holding', 'dubois-minister'))!;
    const attempts = await Promise.allSettled(
      ['first', 'second', 'third'].map((note) => saveRecord(test.database, 'holding', { ...opened.record, notes: note }, { actor: `local:${note}` }, 'update', { expectedRevision: opened.revision })),
    );
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
    const refused = attempts.filter((attempt): attempt is PromiseRejectedResult => attempt.status === 'rejected');
    expect(refused).toHaveLength(2);
    for (const attempt of refused) expect(attempt.reason).toBeInstanceOf(RevisionConflictError);
    expect(await listRevisions(scope, { kind: 'holding', recordId: 'dubois-minister', afterId: opened.revision })).toHaveLength(1);
  });

  it('tells the body a record had at a revision, whatever came after', async () => {
    const opened = (await findRecord(scope, 'meeting', 'fr-lt-talks-1'))!;
    const edited = await saveRecord(test.database, 'meeting', { ...opened.record, notes: 'one' }, alice, 'update');
    expect(await recordAtRevision(scope, { kind: 'meeting', id: 'fr-lt-talks-1' }, opened.revision)).toEqual(opened.record);
    expect(await recordAtRevision(scope, { kind: 'meeting', id: 'fr-lt-talks-1' }, edited.revision)).toEqual(edited.record);
    expect(await recordAtRevision(scope, { kind: 'meeting', id: 'fr-lt-talks-2' }, edited.revision)).toBeUndefined();
  });
});

describe.each(BACKENDS)('undoing a batch whose records changed since, on %s', (dialect) => {
  let test: TestDatabase;
  let scope: Scope;
  let batchId: string;

  beforeEach(async () => {
    ({ test, scope, batchId } = await fixtureDatabase(dialect, { actor: 'local:fixture' }));
  });
  afterEach(async () => test.dispose());

  it('is refused, naming the records and who changed them, unless forced', async () => {
    const person = (await findRecord(scope, 'person', 'claire-dubois'))!.record;
    await saveRecord(test.database, 'person', { ...person, notes: 'curated after the import' }, alice, 'update');
    const before = await snapshot(test.database);
    const refused = await undoBatch(test.database, batchId).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ name: 'BatchEditedSinceError', records: [{ kind: 'person', id: 'claire-dubois', changes: [expect.objectContaining({ actor: 'local:alice', action: 'update' })] }] });
    expect((refused as Error).message).toContain('person claire-dubois (update by local:alice');
    expect(await snapshot(test.database)).toEqual(before);

    const undone = await undoBatch(test.database, batchId, { force: true });
    expect(undone.removed).toBeGreaterThan(0);
    expect(await findRecord(scope, 'person', 'claire-dubois')).toBeUndefined();
    // Every record the undo deleted names the deletion as its revision.
    expect(await revisionOf(scope, 'person', 'claire-dubois')).toBe(await lastLogged(scope, 'person', 'claire-dubois'));
  });

  it('goes through when what changed since was changed back (a later batch undone first)', async () => {
    const person = (await findRecord(scope, 'person', 'claire-dubois'))!.record;
    const later = await importBundle(
      test.database,
      { format: 'bilat/bundle', version: 1, people: [{ ...person, notes: 'from a later batch' }] } as never,
      { label: 'later', actor: 'local:fixture' },
    );
    await undoBatch(test.database, later.batchId!);
    await expect(undoBatch(test.database, batchId)).resolves.toMatchObject({ batchId });
  });
});

describe('writers in separate processes sharing one SQLite file', () => {
  it('let exactly one of them through when all are based on the same revision; the others get a conflict, not a busy error', async () => {
    const test = await createTestDatabase('sqlite');
    try {
      await importBundle(test.database, fixtureBundle(), { label: 'fixture' });
      const path = (test.database.config as { path: string }).path;
      const opened = (await findRecord(scopeOf(test.database), 'meeting', 'fr-lt-talks-4'))!;
      const writers = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'].map((note) => {
        const child = spawn(process.execPath, [fileURLToPath(new URL('./support/stale-writer.mjs', import.meta.url)), path, 'meeting', opened.record.id, String(opened.revision), note]);
        let out = '';
        let announce: () => void;
        const ready = new Promise<void>((resolve) => (announce = resolve));
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.startsWith('ready\n')) announce();
        });
        const done = new Promise<{ saved?: number; error?: string }>((resolve) => child.on('exit', () => resolve(JSON.parse(out.replace(/^ready\n/, '') || '{}'))));
        return { child, ready, done };
      });
      // Every child has read the record; now all write at once.
      await Promise.all(writers.map((writer) => writer.ready));
      for (const writer of writers) writer.child.stdin.end('go\n');
      const results = await Promise.all(writers.map((writer) => writer.done));
      expect(results.filter((result) => result.saved !== undefined), JSON.stringify(results)).toHaveLength(1);
      expect(results.filter((result) => result.error === 'RevisionConflictError'), JSON.stringify(results)).toHaveLength(7);
      expect(await listRevisions(scopeOf(test.database), { kind: 'meeting', recordId: opened.record.id, afterId: opened.revision })).toHaveLength(1);
    } finally {
      await test.dispose();
    }
  }, 60_000);
});
