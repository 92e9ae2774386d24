import { RECORD_KINDS } from '@bilat/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRecords, scopeOf } from '../src/index.js';
import { RECORD_ROWS } from '../src/record-tables.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';

/* Every record kind the domain lists has a table, and what the code says of its columns is what the migrations made. */
describe.each(BACKENDS)('record tables on %s', (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(dialect);
  });
  afterAll(async () => test.dispose());

  it('each kind has its table, with the date and pair columns its shape declares', async () => {
    const tables = new Map((await test.database.db.introspection.getTables()).map((table) => [table.name, new Set(table.columns.map((column) => column.name))]));
    for (const kind of RECORD_KINDS) {
      const shape = RECORD_ROWS[kind];
      const columns = tables.get(shape.table);
      expect(columns, `${kind}: table ${shape.table}`).toBeDefined();
      expect(['date_sort', 'date_first', 'date_last'].every((column) => columns!.has(column)), `${kind} dated`).toBe(shape.dated);
      expect(columns!.has('pair'), `${kind} pair`).toBe(shape.pair);
      expect(columns!.has(shape.order === 'date-desc' ? 'date_sort' : shape.order === 'name-asc' ? 'sort_name' : 'id'), `${kind} order`).toBe(true);
    }
  });

  it('every kind lists, filtered by pair and by dates where it has them', async () => {
    const scope = scopeOf(test.database);
    for (const kind of RECORD_KINDS) {
      const page = await listRecords(scope, kind, { country: 'KZ', partner: 'LT', from: '2000', to: '2030', limit: 5 });
      expect(page.items, kind).toEqual([]);
    }
  });
});
