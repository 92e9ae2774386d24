import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * Relations events (recognition, diplomatic relations established, severed or resumed,
 * legations and embassies opened, raised, moved or closed): a record table like the
 * others, found by pair and date, by kind, and by the side that acted. Frozen once
 * released.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the application's table types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // Byte-wise comparison on both backends, as every other key column (see the initial migration).
  const key = postgres ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('relations')
    .addColumn('id', key, (c) => c.primaryKey())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', key, (c) => c.notNull())
    .addColumn('created_at', key, (c) => c.notNull())
    .addColumn('updated_at', key, (c) => c.notNull())
    .addColumn('deleted_at', key)
    .addColumn('pair', key, (c) => c.notNull())
    .addColumn('kind', key, (c) => c.notNull())
    .addColumn('actor', key)
    .addColumn('date_sort', key, (c) => c.notNull())
    .addColumn('date_first', key)
    .addColumn('date_last', key)
    .execute();
  await db.schema.createIndex('relations_pair_date').on('relations').columns(['pair', 'date_sort']).execute();
  await db.schema.createIndex('relations_date').on('relations').columns(['date_sort']).execute();
  await db.schema.createIndex('relations_kind_date').on('relations').columns(['kind', 'date_sort']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('relations').ifExists().execute();
}
