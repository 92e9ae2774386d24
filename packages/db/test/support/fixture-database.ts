import type { DialectName } from '../../src/connection.js';
import { importBundle, scopeOf, type Scope } from '../../src/index.js';
import { createTestDatabase, type TestDatabase } from './backends.js';
import { fixtureBundle } from './fixture.js';

/**
 * The starting point of most suites: a fresh, migrated database on `dialect` holding the
 * fixture bundle as one import batch ('fixture', by `actor` when given), and its scope.
 */
export async function fixtureDatabase(dialect: DialectName, options: { actor?: string } = {}): Promise<{ test: TestDatabase; scope: Scope; batchId: string }> {
  const test = await createTestDatabase(dialect);
  const summary = await importBundle(test.database, fixtureBundle(), { label: 'fixture', ...options });
  return { test, scope: scopeOf(test.database), batchId: summary.batchId! };
}
