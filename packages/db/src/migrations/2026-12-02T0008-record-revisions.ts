import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * Each record row names its current revision: the id of the revision-log entry that last
 * changed it. A write that says which revision it was based on is refused when that is no
 * longer the current one (the API's If-Match and expectedRevision).
 *
 * The column is added to every table that holds records (those with `body` and
 * `deleted_at`), found in the schema rather than listed here, so a record table created
 * by an earlier migration that this one does not know of gets it too. Existing rows are
 * left NULL, which reads as "the latest revision-log entry for the record": adding a
 * nullable column is instant on both backends, where filling millions of rows would not
 * be. Frozen once released.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the application's table types
export async function up(db: Kysely<any>): Promise<void> {
  const type = isPostgres(db) ? 'bigint' : 'integer';
  for (const table of await recordTables(db)) {
    await db.schema.alterTable(table).addColumn('revision', type).execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of await recordTables(db)) {
    await db.schema.alterTable(table).dropColumn('revision').execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
async function recordTables(db: Kysely<any>): Promise<string[]> {
  // Only the connection's own schema: several bilat databases may share one server.
  const { rows } = isPostgres(db)
    ? await sql<{ name: string }>`
        select c.relname as name
        from pg_catalog.pg_class c
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind = 'r'
          and exists (select 1 from pg_catalog.pg_attribute a where a.attrelid = c.oid and a.attname = 'body' and not a.attisdropped)
          and exists (select 1 from pg_catalog.pg_attribute a where a.attrelid = c.oid and a.attname = 'deleted_at' and not a.attisdropped)
        order by c.relname`.execute(db)
    : await sql<{ name: string }>`
        select m.name as name
        from sqlite_master m
        where m.type = 'table'
          and exists (select 1 from pragma_table_info(m.name) p where p.name = 'body')
          and exists (select 1 from pragma_table_info(m.name) p where p.name = 'deleted_at')
        order by m.name`.execute(db);
  return rows.map((row) => row.name);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
