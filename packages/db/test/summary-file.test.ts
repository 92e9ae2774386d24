import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, countProposals, decideProposal, insertProposal, listCountries, scopeOf, upToDate } from '../src/index.js';
import { migrations } from '../src/migrations/index.js';
import { MIGRATION_NAMES, SCHEMA_VERSION } from '../src/migrations/names.js';
import { hasCurrentSchema, openSqliteFile } from '../src/sqlite-file.js';
import { openSummaryFile } from '../src/summary-file.js';
import { type TestDatabase } from './support/backends.js';
import { fixtureDatabase } from './support/fixture-database.js';

/*
 * The quickest read path: a SQLite file at the current schema opened with better-sqlite3
 * alone, and the countries list read from it. It must tell a file at the current schema
 * from any other, give the same list as the data layer's listCountries, and load no
 * Kysely and no zod (the point of it).
 */

const pathOf = (test: TestDatabase) => (test.database.config as { path: string }).path;

describe('the migration names', () => {
  it('name every migration, in the order they apply, the newest being the schema version', () => {
    expect(Object.keys(migrations).sort()).toEqual([...MIGRATION_NAMES]);
    expect([...MIGRATION_NAMES].sort()).toEqual([...MIGRATION_NAMES]);
    expect(SCHEMA_VERSION).toBe(MIGRATION_NAMES.at(-1));
  });
});

describe('a SQLite file read without Kysely', () => {
  let test: TestDatabase;
  beforeEach(async () => {
    ({ test } = await fixtureDatabase('sqlite'));
  });
  afterEach(async () => test.dispose());

  it('is at the current schema only with exactly the known migrations applied', async () => {
    const sqlite = test.database.sqlite!;
    expect(hasCurrentSchema(sqlite)).toBe(true);
    expect(await upToDate(test.database)).toBe(true);
    sqlite.prepare('delete from kysely_migration where name = ?').run(SCHEMA_VERSION);
    expect(hasCurrentSchema(sqlite)).toBe(false);
    expect(await upToDate(test.database)).toBe(false);
    expect(openSummaryFile(pathOf(test))).toBeUndefined();
    sqlite.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run(SCHEMA_VERSION, new Date().toISOString());
    expect(hasCurrentSchema(sqlite)).toBe(true);
    // One applied that this code does not know (a newer bilat wrote the file): not current either.
    sqlite.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('2099-01-01T0001-future', new Date().toISOString());
    expect(hasCurrentSchema(sqlite)).toBe(false);
  });

  it('is not at the current schema when it was never migrated', () => {
    const fresh = openSqliteFile(join(dirname(pathOf(test)), 'fresh.db'));
    try {
      expect(hasCurrentSchema(fresh)).toBe(false);
    } finally {
      fresh.close();
    }
  });

  it('lists the countries as listCountries does, filter by filter', async () => {
    const file = openSummaryFile(pathOf(test))!;
    try {
      expect(file.sqlite.readonly).toBe(true);
      const filters = [{}, { withRecords: true }, { sort: 'meetings' as const, withRecords: true }, { sort: 'relations' as const }, { among: ['LT', 'FR', 'KZ'], sort: 'records' as const }];
      for (const filter of filters) expect(file.countries(filter), JSON.stringify(filter)).toEqual(await listCountries(scopeOf(test.database), filter));
      // Not an empty answer agreeing with another: the fixture's countries are there with their counts.
      expect(file.countries({ withRecords: true, sort: 'meetings' }).slice(0, 2).map((c) => [c.code, c.meetings])).toEqual([
        ['LT', 6],
        ['FR', 5],
      ]);
    } finally {
      file.close();
    }
  });

  it('counts the proposals waiting for review as countProposals does, seeing writes made through another connection', async () => {
    const file = openSummaryFile(pathOf(test))!;
    const scope = scopeOf(test.database);
    try {
      expect(file.waitingProposals()).toBe(0);
      const draft = (n: number) => ({ kind: 'meeting', pair: 'KZ-LT', date: '2024-05-0' + n, title: `Draft ${n}`, confidence: 0.8, recordId: `rec-${n}`, matchedRecordId: null, origin: 'watch', at: '2026-12-04T00:00:00Z' });
      const [first] = [await insertProposal(scope, draft(1)), await insertProposal(scope, draft(2)), await insertProposal(scope, draft(3))];
      await decideProposal(scope, first.id, { status: 'rejected', at: '2026-12-04T00:01:00Z', reason: 'duplicate' });
      expect(file.waitingProposals()).toBe(2);
      expect(file.waitingProposals()).toBe(await countProposals(scope, 'waiting'));
    } finally {
      file.close();
    }
  });

  it('hands its connection to Kysely, which then reads through it and closes it', async () => {
    const file = openSummaryFile(pathOf(test))!;
    const database = connect({ kind: 'sqlite', path: pathOf(test), readonly: true }, { sqlite: file.sqlite });
    expect(database.sqlite).toBe(file.sqlite);
    expect(await listCountries(scopeOf(database), { withRecords: true })).toEqual(file.countries({ withRecords: true }));
    await database.close();
    expect(file.sqlite.open).toBe(false);
  });

  it('refuses a file that does not exist rather than creating it', () => {
    expect(() => openSummaryFile(join(dirname(pathOf(test)), 'missing.db'))).toThrow(/unable to open|does not exist/i);
  });
});

/** The modules a source file imports at run time (type-only imports left out), followed through the package's own files. */
function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
  const source = readFileSync(file, 'utf8');
  for (const [, specifier] of source.matchAll(/^import (?!type )[^'";]*?from '([^']+)'/gm)) {
    if (!specifier!.startsWith('.')) {
      seen.add(specifier!);
      continue;
    }
    const target = resolve(dirname(file), specifier!.replace(/\.js$/, '.ts'));
    if (seen.has(target)) continue;
    seen.add(target);
    runtimeImports(target, seen);
  }
  return seen;
}

describe('the summary-file entry', () => {
  it('loads neither Kysely nor the domain index (zod), only better-sqlite3 and the parties', () => {
    const entry = fileURLToPath(new URL('../src/summary-file.ts', import.meta.url));
    const packages = [...runtimeImports(entry)].filter((name) => !name.startsWith('/'));
    expect(packages.sort()).toEqual(['@bilat/domain/parties', 'better-sqlite3', 'node:fs', 'node:path']);
  });
});
