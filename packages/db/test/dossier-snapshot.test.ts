import type { RecordOf } from '@bilat/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, findRecord, loadPairRecords, saveRecord, type BilatDatabase } from '../src/index.js';
import { afterFirstStatement, BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';

/*
 * A dossier is read in several statements (the pair's own records, then the holdings of the
 * people who took part, then what they point at, then disputes). An edit another process
 * commits between two of them must not show in some and not in others: the whole load is
 * one snapshot.
 */
describe.each(BACKENDS)("a pair's records, read as one snapshot, on %s", (dialect) => {
  let test: TestDatabase;
  let other: BilatDatabase;
  beforeEach(async () => {
    test = await createTestDatabase(dialect, { seed: true });
    // Another connection to the same file or schema, as another process would have.
    other = connect(test.database.config);
  });
  afterEach(async () => {
    await other.close();
    await test.dispose();
  });

  it('does not see an edit committed after its first statement, and sees it on the next read', async () => {
    // A participant of a KZ-LT meeting: read by the statement after the first (the meetings come first).
    const before = await loadPairRecords(test.database, 'KZ-LT');
    const meeting = before.all('meeting')[0]!;
    const personId = meeting.participants[0]!.personId;
    const person = (await findRecord(test.database, 'person', personId))!.record as RecordOf<'person'>;
    expect(before.get('person', personId)?.name).toBe(person.name);

    const renamed = `${person.name} (renamed meanwhile)`;
    const plugin = afterFirstStatement(async () => {
      await saveRecord(other, 'person', { ...person, name: renamed }, { actor: 'local:t' }, 'update');
    });
    const during = await loadPairRecords({ db: test.database.db.withPlugin(plugin), dialect }, 'KZ-LT');
    expect(plugin.statements).toBeGreaterThan(2);
    // The edit was committed while the load ran, and the load did not see it.
    expect((await findRecord(other, 'person', personId))!.record).toMatchObject({ name: renamed });
    expect(during.get('person', personId)?.name).toBe(person.name);
    expect(during.all('meeting').map((item) => item.id)).toEqual(before.all('meeting').map((item) => item.id));

    const after = await loadPairRecords(test.database, 'KZ-LT');
    expect(after.get('person', personId)?.name).toBe(renamed);
  });

  it('ends its snapshot when a statement fails, leaving the connection to the next read', async () => {
    const failing = afterFirstStatement(async () => {
      throw new Error('refused after the first statement');
    });
    await expect(loadPairRecords({ db: test.database.db.withPlugin(failing), dialect }, 'KZ-LT')).rejects.toThrow('refused after the first statement');
    // No transaction was left open: a write and a read both go through.
    const person = (await loadPairRecords(test.database, 'KZ-LT')).all('person')[0]!;
    await saveRecord(test.database, 'person', { ...person, name: `${person.name} again` }, { actor: 'local:t' }, 'update');
    expect((await loadPairRecords(test.database, 'KZ-LT')).get('person', person.id)?.name).toBe(`${person.name} again`);
  });
});
