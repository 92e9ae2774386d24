import { sql, type Kysely } from 'kysely';

/*
 * Lists of dated records go newest first: `order by date_sort desc, id` over the live rows,
 * a page after a cursor adding `date_sort <= d and (date_sort < d or id > i)`. Only meetings
 * and relations had an index on the date alone, and it neither held the id (each row at the
 * cursor's date was read from the table to compare it, 251 of them for a deep page of
 * meetings at world scale) nor the order's second key (a sort of each date's rows), and
 * the other kinds had none: an unfiltered page of the 2.4 M trade figures sorted them all
 * (3 s). One index per dated table, in the list's own order and of live rows only, gives any
 * page as a walk from its cursor. Frozen once released: the tables are named here, not
 * taken from the application's list of kinds.
 */

const DATED_TABLES = ['sources', 'visits', 'meetings', 'agreements', 'statements', 'trade_flows', 'investment_flows', 'indicators', 'interactions', 'relations'] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the application's table types
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of DATED_TABLES) {
    await sql`create index ${sql.id(`${table}_live_date_order`)} on ${sql.table(table)} (date_sort desc, id) where deleted_at is null`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of DATED_TABLES) await db.schema.dropIndex(`${table}_live_date_order`).execute();
}
