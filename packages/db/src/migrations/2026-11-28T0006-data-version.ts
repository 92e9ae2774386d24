import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * A token that changes whenever the data does, so a server can keep answers (a pair's
 * dossier) and know, with one indexed read, whether they still hold. Every write lands in
 * the revision log and every import or undo in `batches`, so triggers there renew the
 * token; no write path has to remember to. The token is random rather than a counter: a
 * restored backup must not repeat a number the server has seen with other data. On
 * PostgreSQL the row update also orders concurrent writers, so a token read after a
 * commit is never older than that commit. Frozen once released.
 */

const NEW_TOKEN = {
  sqlite: sql`lower(hex(randomblob(8)))`,
  postgres: sql`md5(random()::text || clock_timestamp()::text)`,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the application's table types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  await db.schema
    .createTable('data_version')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('token', 'text', (col) => col.notNull())
    .execute();
  await sql`insert into data_version (id, token) values (1, ${postgres ? NEW_TOKEN.postgres : NEW_TOKEN.sqlite})`.execute(db);
  if (postgres) {
    await sql`create function bilat_renew_data_version() returns trigger language plpgsql as $$
      begin
        update data_version set token = md5(random()::text || clock_timestamp()::text) where id = 1;
        return null;
      end $$`.execute(db);
    // Once per statement: an import inserts revisions a hundred rows at a time.
    await sql`create trigger revisions_renew_data_version after insert on revisions for each statement execute function bilat_renew_data_version()`.execute(db);
    await sql`create trigger batches_renew_data_version after insert or update on batches for each statement execute function bilat_renew_data_version()`.execute(db);
  } else {
    // SQLite has row triggers only; a single-row update per revision is cheap beside the revision itself.
    for (const [name, event, table] of [
      ['revisions_renew_data_version', 'insert', 'revisions'],
      ['batches_insert_renew_data_version', 'insert', 'batches'],
      ['batches_update_renew_data_version', 'update', 'batches'],
    ] as const) {
      await sql`create trigger ${sql.id(name)} after ${sql.raw(event)} on ${sql.id(table)} begin
        update data_version set token = lower(hex(randomblob(8))) where id = 1;
      end`.execute(db);
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger if exists revisions_renew_data_version on revisions`.execute(db);
    await sql`drop trigger if exists batches_renew_data_version on batches`.execute(db);
    await sql`drop function if exists bilat_renew_data_version()`.execute(db);
  } else {
    for (const name of ['revisions_renew_data_version', 'batches_insert_renew_data_version', 'batches_update_renew_data_version']) {
      await sql`drop trigger if exists ${sql.id(name)}`.execute(db);
    }
  }
  await db.schema.dropTable('data_version').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
