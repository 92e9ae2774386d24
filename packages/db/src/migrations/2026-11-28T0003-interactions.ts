import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * Machine-coded interactions (GDELT), kept apart from curated meetings; and a mark on
 * batches that were undone. Frozen once released.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the application's table types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const key = postgres ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('interactions')
    .addColumn('id', key, (c) => c.primaryKey())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', key, (c) => c.notNull())
    .addColumn('created_at', key, (c) => c.notNull())
    .addColumn('updated_at', key, (c) => c.notNull())
    .addColumn('deleted_at', key)
    .addColumn('pair', key)
    .addColumn('date_sort', key, (c) => c.notNull())
    .addColumn('date_first', key)
    .addColumn('date_last', key)
    .addColumn('code', key, (c) => c.notNull())
    .addColumn('events', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interactions_pair_date').on('interactions').columns(['pair', 'date_sort']).execute();
  await db.schema.alterTable('batches').addColumn('undone_at', key).execute();
  await db.schema.alterTable('batches').addColumn('undone_by', key).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('batches').dropColumn('undone_by').execute();
  await db.schema.alterTable('batches').dropColumn('undone_at').execute();
  await db.schema.dropTable('interactions').ifExists().execute();
}
