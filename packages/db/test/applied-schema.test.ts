import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { appliedMigrations, appliedSchema, DatabaseUnreachableError, SCHEMA_VERSION } from '../src/index.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';

/*
 * appliedSchema is the health check's cheap read of the schema version: it must say what
 * the migrator's own introspection says, and must not say "ok" for a database gone away.
 */
describe.each(BACKENDS)('appliedSchema on %s', (dialect) => {
  let test: TestDatabase | undefined;
  afterEach(async () => {
    await test?.dispose();
    test = undefined;
  });

  it('names the newest applied migration, as the migrator reads it', async () => {
    test = await createTestDatabase(dialect);
    expect(await appliedSchema(test.database)).toBe(SCHEMA_VERSION);
    expect(await appliedSchema(test.database)).toBe((await appliedMigrations(test.database)).at(-1));
    // The newest one undone in the bookkeeping: the previous one is the schema now.
    await sql`delete from kysely_migration where name = ${SCHEMA_VERSION}`.execute(test.database.db);
    const now = await appliedSchema(test.database);
    expect(now).not.toBe(SCHEMA_VERSION);
    expect(now).toBe((await appliedMigrations(test.database)).at(-1));
    // A name this version does not know (a newer bilat migrated it) is not taken as its schema.
    await sql`insert into kysely_migration (name, timestamp) values (${'9999-12-31T0001-from-the-future'}, ${new Date().toISOString()})`.execute(test.database.db);
    expect(await appliedSchema(test.database)).toBe(now);
  });

  it('is null on a database never migrated', async () => {
    test = await createTestDatabase(dialect, { migrate: false });
    expect(await appliedSchema(test.database)).toBeNull();
  });
});

describe('appliedSchema on a SQLite file that went away', () => {
  let test: TestDatabase | undefined;
  afterEach(async () => {
    await test?.dispose();
    test = undefined;
  });

  it('throws when the file was removed, and when another file took its place', async () => {
    test = await createTestDatabase('sqlite');
    const path = (test.database.config as { path: string }).path;
    expect(await appliedSchema(test.database)).toBe(SCHEMA_VERSION);
    renameSync(path, `${path}.moved`);
    // The open handle still reads the moved file; the check must not.
    await expect(appliedSchema(test.database)).rejects.toThrow(DatabaseUnreachableError);
    await expect(appliedSchema(test.database)).rejects.toThrow(/file is gone/);
    writeFileSync(path, '');
    await expect(appliedSchema(test.database)).rejects.toThrow(/replaced/);
    rmSync(path);
    renameSync(`${path}.moved`, path);
    expect(await appliedSchema(test.database)).toBe(SCHEMA_VERSION);
  });
});
