import type { RecordOf } from '@bilat/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bringBackRecord, dataVersion, findRecord, importBundle, removeRecord, saveRecord, undoBatch } from '../src/index.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { fixtureBundle, fixtureRecords } from './support/fixture.js';

/** The data version is what lets a server keep answers: it must move with every kind of write, and only then. */
describe.each(BACKENDS)('the data version, on %s', (dialect) => {
  let test: TestDatabase;
  let person: RecordOf<'person'>;
  beforeEach(async () => {
    test = await createTestDatabase(dialect);
    person = fixtureRecords().find((item) => item.record.id === 'claire-dubois')!.record as RecordOf<'person'>;
  });
  afterEach(async () => test.dispose());

  it('changes with an import, an edit, a delete, a restore and an undo', async () => {
    const seen = [await dataVersion(test.database)];
    const changed = async () => {
      const token = await dataVersion(test.database);
      expect(seen).not.toContain(token);
      seen.push(token);
    };
    const imported = await importBundle(test.database, fixtureBundle(), { label: 'fixture' });
    await changed();
    await saveRecord(test.database, 'person', { ...person, name: 'Claire M. Dubois' }, { actor: 'local:t' }, 'update');
    await changed();
    // A figure: nothing points at it, so it can be deleted.
    const figure = fixtureRecords().find((item) => item.kind === 'trade')!.record;
    await removeRecord(test.database, { kind: 'trade', id: figure.id }, { actor: 'local:t' });
    await changed();
    await bringBackRecord(test.database, { kind: 'trade', id: figure.id }, { actor: 'local:t' });
    await changed();
    // Forced: the person was edited since the import.
    await undoBatch(test.database, imported.batchId!, { force: true });
    await changed();
  });

  it('stays put for reads and for a refused write', async () => {
    await importBundle(test.database, fixtureBundle(), { label: 'fixture' });
    const before = await dataVersion(test.database);
    await findRecord(test.database, 'person', person.id);
    const refused = saveRecord(test.database, 'person', { ...person, name: '' }, { actor: 'local:t' }, 'update');
    await expect(refused).rejects.toThrow();
    expect(await dataVersion(test.database)).toBe(before);
  });
});
