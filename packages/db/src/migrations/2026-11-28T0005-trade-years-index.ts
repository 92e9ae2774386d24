import { sql, type Kysely } from 'kysely';

/*
 * The pairs list counts each pair's years of trade. At world scale (2.4 M figures) that
 * read every live figure's row through trade_flows_pair (pair, date_sort) to see
 * deleted_at and date_first: 7 s for `bilat pairs` and the terminal UI's first screen.
 * An index of live figures only, by pair and sort key (which starts with the year), lets
 * the count read the index alone. Frozen once released.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the application's table types
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index trade_flows_live_pair_date on trade_flows (pair, date_sort) where deleted_at is null`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('trade_flows_live_pair_date').execute();
}
