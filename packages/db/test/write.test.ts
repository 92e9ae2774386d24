import type { RecordOf } from '@bilat/domain';
import { bundleFromRecords, BundleError } from '@bilat/domain/bundle';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundle, InvalidRecordError, saveRecord } from '../src/index.js';
import { BACKENDS, type TestDatabase } from './support/backends.js';
import { fixtureDatabase } from './support/fixture-database.js';
import { fixtureRecords } from './support/fixture.js';
import { dumpRecords } from './support/inspect.js';

describe.each(BACKENDS)('text that cannot be stored, on %s', (dialect) => {
  let test: TestDatabase;
  beforeEach(async () => {
    ({ test } = await fixtureDatabase(dialect));
  });
  afterEach(async () => test.dispose());

  it('refuses a NUL character in a record with the field named, on both backends alike', async () => {
    const person = fixtureRecords().find((item) => item.record.id === 'claire-dubois')!.record as RecordOf<'person'>;
    const before = await dumpRecords(test.database);
    const attempt = saveRecord(test.database, 'person', { ...person, names: [{ value: 'Claire\u0000Dubois', kind: 'spelling' }] }, { actor: 'local:t' }, 'update');
    await expect(attempt).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(attempt.catch((error: InvalidRecordError) => error.issues[0]!.path)).resolves.toEqual(['names', 0, 'value']);
    const bundle = bundleFromRecords([{ kind: 'person', record: { ...person, id: 'nul-person', name: 'A\u0000B' } }]);
    const imported = importBundle(test.database, bundle, { label: 'nul' });
    await expect(imported).rejects.toBeInstanceOf(BundleError);
    await expect(imported.catch((error: BundleError) => error.issues[0])).resolves.toMatchObject({ record: 'people[0]', field: 'name' });
    expect(await dumpRecords(test.database)).toEqual(before);
  });

  it('refuses a lone surrogate (half a UTF-16 pair) with the field named, on both backends alike, and keeps whole pairs', async () => {
    const person = fixtureRecords().find((item) => item.record.id === 'claire-dubois')!.record as RecordOf<'person'>;
    const before = await dumpRecords(test.database);
    const attempt = saveRecord(test.database, 'person', { ...person, names: [{ value: 'Claire \uDFFF Dubois', kind: 'spelling' }] }, { actor: 'local:t' }, 'update');
    await expect(attempt).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(attempt.catch((error: InvalidRecordError) => error.issues[0])).resolves.toMatchObject({ path: ['names', 0, 'value'], message: expect.stringContaining('lone surrogate') });
    const bundle = bundleFromRecords([{ kind: 'person', record: { ...person, id: 'surrogate-person', name: 'A\uD800' } }]);
    const imported = importBundle(test.database, bundle, { label: 'surrogate' });
    await expect(imported).rejects.toBeInstanceOf(BundleError);
    await expect(imported.catch((error: BundleError) => error.issues[0])).resolves.toMatchObject({ record: 'people[0]', field: 'name', message: expect.stringContaining('lone surrogate') });
    expect(await dumpRecords(test.database)).toEqual(before);
    // A flag is two surrogates that make one character: text like any other.
    await saveRecord(test.database, 'person', { ...person, names: [{ value: 'Claire Dubois 🇰🇿', kind: 'spelling' }] }, { actor: 'local:t' }, 'update');
    expect(JSON.stringify(await dumpRecords(test.database))).toContain('Claire Dubois 🇰🇿');
  });
});
