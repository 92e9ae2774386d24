import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  countRevisions,
  deleteRecord,
  DependentsError,
  findRecord,
  getRecord,
  listRevisions,
  RecordNotFoundError,
  restoreRecord,
  writeRecord,
  type Scope,
} from '../src/index.js';
import { BACKENDS, type TestDatabase } from './support/backends.js';
import { fixtureDatabase } from './support/fixture-database.js';
import { fixtureRecords } from './support/fixture.js';

describe.each(BACKENDS)('records on %s', (dialect) => {
  let test: TestDatabase;
  let scope: Scope;
  const context = { actor: 'local:tester' };

  beforeEach(async () => {
    ({ test, scope } = await fixtureDatabase(dialect, { actor: 'local:fixture' }));
  });
  afterEach(async () => test.dispose());

  it('reads back exactly the object that was written', async () => {
    for (const item of fixtureRecords()) {
      expect(await getRecord(scope, item.kind, item.record.id)).toEqual(item.record);
    }
  });

  it('names the missing record', async () => {
    await expect(getRecord(scope, 'meeting', 'no-such-meeting')).rejects.toThrow(RecordNotFoundError);
    await expect(getRecord(scope, 'meeting', 'no-such-meeting')).rejects.toThrow('No meeting with id "no-such-meeting"');
  });

  it('logs an update with who, before and after, and skips identical writes', async () => {
    const person = await getRecord(scope, 'person', 'claire-dubois');
    const before = await countRevisions(scope);
    expect(await writeRecord(scope, { kind: 'person', record: person }, context)).toBe('unchanged');
    expect(await countRevisions(scope)).toBe(before);

    const renamed = { ...person, name: 'Claire Dubois-Martin' };
    expect(await writeRecord(scope, { kind: 'person', record: renamed }, context)).toBe('updated');
    const [revision] = await listRevisions(scope, { recordId: 'claire-dubois', kind: 'person', afterId: before });
    expect(revision).toMatchObject({ action: 'update', actor: 'local:tester', batchId: null, before: person, after: renamed });
  });

  it('refuses to delete a record others point at, naming them', async () => {
    const attempt = deleteRecord(scope, { kind: 'person', id: 'pranas-jonaitis' }, context);
    await expect(attempt).rejects.toBeInstanceOf(DependentsError);
    const error = (await attempt.catch((e: unknown) => e)) as DependentsError;
    expect(error.dependents).toEqual(
      expect.arrayContaining([
        { kind: 'holding', id: 'jonaitis-minister' },
        { kind: 'meeting', id: 'fr-lt-talks-1' },
      ]),
    );
    expect(await findRecord(scope, 'person', 'pranas-jonaitis')).toBeDefined();
  });

  it('deletes recoverably and restores', async () => {
    const ref = { kind: 'commitment' as const, id: 'fr-lt-follow-up' };
    const original = await getRecord(scope, ref.kind, ref.id);
    await deleteRecord(scope, ref, context);
    expect(await findRecord(scope, ref.kind, ref.id)).toBeUndefined();
    const deleted = await findRecord(scope, ref.kind, ref.id, { includeDeleted: true });
    expect(deleted?.deletedAt).toEqual(expect.any(String));
    // Once deleted, the meeting it pointed at has no dependents left from it.
    await restoreRecord(scope, ref, context);
    expect(await getRecord(scope, ref.kind, ref.id)).toEqual(original);
    const actions = (await listRevisions(scope, { recordId: ref.id })).map((r) => r.action);
    expect(actions).toEqual(['create', 'delete', 'restore']);
  });

  it('refuses to restore a record whose references are gone', async () => {
    await deleteRecord(scope, { kind: 'commitment', id: 'fr-lt-follow-up' }, context);
    // With the commitment gone the meeting has no dependents other than citations of it: none.
    await deleteRecord(scope, { kind: 'meeting', id: 'fr-lt-talks-4' }, context);
    await expect(restoreRecord(scope, { kind: 'commitment', id: 'fr-lt-follow-up' }, context)).rejects.toThrow(
      'No meeting with id "fr-lt-talks-4"',
    );
  });
});
