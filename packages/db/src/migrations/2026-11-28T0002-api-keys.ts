import { PostgresAdapter, sql, type Kysely } from 'kysely';

/* API keys: shown once when created, stored only as a hash of their secret. Frozen once released. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the application's table types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const key = postgres ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('api_keys')
    .addColumn('id', key, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scope', key, (c) => c.notNull())
    .addColumn('secret_hash', key, (c) => c.notNull())
    .addColumn('created_at', key, (c) => c.notNull())
    .addColumn('created_by', key, (c) => c.notNull())
    .addColumn('revoked_at', key)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('api_keys').ifExists().execute();
}
