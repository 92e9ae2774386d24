import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationProvider, migrations } from '../src/migrations/index.js';
import { appliedMigrations, backupDatabase, BackupError, connect, getRecord, openDatabase, restoreDatabase, saveRecord, scopeOf } from '../src/index.js';
import { BACKENDS, type TestDatabase } from './support/backends.js';
import { fixtureDatabase } from './support/fixture-database.js';
import { fixtureRecords } from './support/fixture.js';
import { dumpRecords } from './support/inspect.js';

describe.each(BACKENDS)('backup and restore on %s', (dialect) => {
  let test: TestDatabase;
  let dir: string;
  beforeEach(async () => {
    ({ test } = await fixtureDatabase(dialect));
    dir = mkdtempSync(join(tmpdir(), 'bilat-backup-'));
  });
  afterEach(async () => {
    await test.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies the database while it is in use and brings it back', async () => {
    const file = join(dir, dialect === 'sqlite' ? 'backup.db' : 'backup.pgdump');
    const before = await dumpRecords(test.database);
    // Writes carry on while the copy is made; the copy holds a consistent state.
    const person = fixtureRecords().find((item) => item.record.id === 'claire-dubois')!.record as Record<string, unknown>;
    const [result] = await Promise.all([
      backupDatabase(test.database, file),
      saveRecord(test.database, 'person', { ...person, name: 'Claire Dubois (during backup)' }, { actor: 'local:t' }, 'update'),
    ]);
    expect(result.bytes).toBeGreaterThan(1000);
    expect(result.method).toBe(dialect === 'sqlite' ? 'sqlite-backup' : 'pg_dump');
    await saveRecord(test.database, 'person', { ...person, name: 'Claire Dubois (after backup)' }, { actor: 'local:t' }, 'update');

    await restoreDatabase(test.database, file);
    // A fresh connection sees the restored data: either before or with the concurrent write, never after.
    const reopened = dialect === 'sqlite' ? connect(test.database.config) : test.database;
    const name = (await getRecord(scopeOf(reopened), 'person', 'claire-dubois')).name;
    expect(['Claire Dubois', 'Claire Dubois (during backup)']).toContain(name);
    const restored = await dumpRecords(reopened);
    expect(Object.keys(restored)).toEqual(Object.keys(before));
    expect(restored.meetings).toEqual(before.meetings);
    if (reopened !== test.database) await reopened.close();
  });

  it('refuses to overwrite a file, and refuses to restore something that is not a backup', async () => {
    const existing = join(dir, 'taken');
    writeFileSync(existing, 'already here');
    await expect(backupDatabase(test.database, existing)).rejects.toBeInstanceOf(BackupError);
    if (dialect === 'sqlite') {
      const before = await dumpRecords(test.database);
      await expect(restoreDatabase(test.database, existing)).rejects.toThrow('is not a readable SQLite database');
      const other = connect({ kind: 'sqlite', path: join(dir, 'other.db') });
      await other.db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
      await other.close();
      await expect(restoreDatabase(test.database, join(dir, 'other.db'))).rejects.toThrow('not a bilat one');
      expect(await dumpRecords(test.database)).toEqual(before);
    }
    await expect(restoreDatabase(test.database, join(dir, 'missing'))).rejects.toThrow('does not exist');
  });
});

describe('a database at an older schema', () => {
  it('is migrated to the current schema when opened, keeping its records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bilat-old-'));
    try {
      const path = join(dir, 'bilat.db');
      const old = connect({ kind: 'sqlite', path });
      const migrator = new Migrator({ db: old.db, provider: migrationProvider });
      expect((await migrator.migrateTo('2026-11-28T0001-initial')).error).toBeUndefined();
      await old.db.insertInto('sources').values({ id: 'old-source', body: JSON.stringify({ id: 'old-source', title: 'Old', publisher: 'Old Press', published: null }), status: 'verified', created_at: 'x', updated_at: 'x', deleted_at: null, publisher: 'Old Press', date_sort: '000000000', date_first: null, date_last: null }).execute();
      await old.close();
      const opened = await openDatabase({ kind: 'sqlite', path }, { seed: 'never' });
      expect(await appliedMigrations(opened)).toEqual(Object.keys(migrations).sort());
      expect((await getRecord(scopeOf(opened), 'source', 'old-source')).publisher).toBe('Old Press');
      await opened.db.selectFrom('interactions').select('id').execute();
      await opened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
