import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listRevisions, type Scope } from '../src/index.js';
import { BACKENDS, type TestDatabase } from './support/backends.js';
import { fixtureDatabase } from './support/fixture-database.js';

describe.each(BACKENDS)('the revision log newest first on %s', (dialect) => {
  let test: TestDatabase;
  let scope: Scope;

  beforeEach(async () => {
    ({ test, scope } = await fixtureDatabase(dialect, { actor: 'local:fixture' }));
  });
  afterEach(async () => test.dispose());

  it('pages backwards from a cursor without gaps or duplicates', async () => {
    const oldestFirst = await listRevisions(scope, {});
    expect(oldestFirst.length).toBeGreaterThan(3);
    const pages: number[] = [];
    let before: number | undefined;
    for (;;) {
      const page = await listRevisions(scope, { order: 'desc', beforeId: before, limit: 2 });
      if (page.length === 0) break;
      pages.push(...page.map((revision) => revision.id));
      before = page.at(-1)!.id;
    }
    expect(pages).toEqual(oldestFirst.map((revision) => revision.id).reverse());
  });
});
