import { connect, saveRecord, type BilatDatabase } from '@bilat/db';
import type { Source } from '@bilat/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaller, createInnerContext, localCaller } from '../src/index.js';
import { afterFirstStatement, BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';

/*
 * A dossier answer computed afresh reads the pair's records in several statements and then
 * the sources its first pages cite. All of it is one snapshot: a source retitled by another
 * process while the answer is read shows in the next answer, never beside records read
 * before the change. (packages/db dossier-snapshot.test.ts holds the records' statements to it.)
 */

const TODAY = '2026-11-28';
const PAIR = 'KZ-LT';

describe.each(BACKENDS)('a dossier answer read as one snapshot, on %s', (dialect) => {
  let test: TestDatabase;
  let other: BilatDatabase;
  beforeEach(async () => {
    test = await createTestDatabase(dialect, { seed: true });
    other = connect(test.database.config);
  }, 120_000);
  afterEach(async () => {
    await other.close();
    await test.dispose();
  });

  const callerOn = (database: BilatDatabase) => createCaller(createInnerContext({ database, caller: localCaller('local:test'), options: { today: () => TODAY } }));

  it.each(['the compact dossier', 'a section page'] as const)('%s: its sources as they stood when its first statement ran', async (answer) => {
    const ask = (database: BilatDatabase) =>
      answer === 'the compact dossier' ? callerOn(database).pairs.dossier({ pair: PAIR }) : callerOn(database).pairs.dossierSection({ pair: PAIR, section: 'meetings', limit: 3 });
    const before = await ask(test.database);
    const cited = before.sources[0] as Source;
    expect(cited).toBeDefined();

    const retitled = `${cited.title} (retitled meanwhile)`;
    const plugin = afterFirstStatement(async () => {
      await saveRecord(other, 'source', { ...cited, title: retitled }, { actor: 'local:t' }, 'update');
    });
    const during = await ask({ ...test.database, db: test.database.db.withPlugin(plugin) });
    expect(plugin.statements).toBeGreaterThan(2);
    expect(during.sources.find((source) => source.id === cited.id)?.title).toBe(cited.title);
    expect(JSON.stringify(during)).toBe(JSON.stringify(before));

    const after = await ask(test.database);
    expect(after.sources.find((source) => source.id === cited.id)?.title).toBe(retitled);
  });
});
