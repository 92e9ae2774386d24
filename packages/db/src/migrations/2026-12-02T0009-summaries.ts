import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * Per-pair and per-pair-per-year summaries, so that lists of pairs, countries and the
 * world map read a few thousand small rows instead of counting millions of records.
 *
 * They are kept by the databases themselves, in the transaction of every change to a
 * record table (a write, an import, an undo, a restore): no write path has to remember
 * to, and a rolled-back import rolls its counts back with it.
 * - SQLite has row triggers only: each adds or takes one from its pair's (and year's) row.
 * - PostgreSQL runs statement triggers over the statement's transition tables, so an
 *   import's insert of a few hundred rows costs one grouped update, not hundreds.
 * Both count live records (deleted_at null) with a pair; the year is the first four digits
 * of the sort key (undated records count for the pair, not for a year). A pair's row goes
 * when its last record does, a year's row when all its counts are zero.
 *
 * `pair_year_summaries.trade` (trade figures in the year) exists to keep
 * `pair_summaries.trade_years` (years with at least one figure) without a distinct count.
 * Frozen once released.
 */

/** Which summary column a record table feeds, besides `records` (every table here feeds that). */
const TABLES: { table: string; counts: 'meetings' | 'visits' | 'agreements' | 'relations' | 'trade' | null }[] = [
  { table: 'meetings', counts: 'meetings' },
  { table: 'visits', counts: 'visits' },
  { table: 'agreements', counts: 'agreements' },
  { table: 'relations', counts: 'relations' },
  { table: 'trade_flows', counts: 'trade' },
  { table: 'series', counts: null },
  { table: 'investment_flows', counts: null },
  { table: 'indicators', counts: null },
  { table: 'interactions', counts: null },
];

/** The sort key of an undated record (record-tables.ts): it has no year. */
const UNDATED = '000000000';
const YEAR_COUNTS = ['meetings', 'visits', 'agreements', 'relations', 'trade'] as const;
const PAIR_COUNTS = ['meetings', 'visits', 'agreements', 'relations'] as const;
/** Sorts that pairs.list offers, each with an index so the first page is a short index scan. */
const SORT_INDEXES = ['meetings', 'visits', 'agreements', 'relations', 'records', 'trade_years', 'last_meeting_sort_key'] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the application's table types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  const key = postgres ? sql`text collate "C"` : sql`text`;
  let pairs = db.schema
    .createTable('pair_summaries')
    .addColumn('pair', key, (c) => c.primaryKey())
    .addColumn('a', key, (c) => c.notNull())
    .addColumn('b', key, (c) => c.notNull());
  for (const column of [...PAIR_COUNTS, 'trade_years', 'records']) pairs = pairs.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0));
  await pairs.addColumn('last_meeting_sort_key', key).addColumn('last_meeting_date', key).execute();
  let years = db.schema
    .createTable('pair_year_summaries')
    .addColumn('pair', key, (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull());
  for (const column of YEAR_COUNTS) years = years.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0));
  await years.addPrimaryKeyConstraint('pair_year_summaries_pk', ['pair', 'year']).execute();
  await sql`create index pair_summaries_a on pair_summaries (a)`.execute(db);
  await sql`create index pair_summaries_b on pair_summaries (b)`.execute(db);
  for (const column of SORT_INDEXES) {
    await sql`create index ${sql.id(`pair_summaries_by_${column}`)} on pair_summaries (${sql.id(column)} desc, pair)`.execute(db);
  }
  await backfill(db, postgres);
  if (postgres) await createPostgresTriggers(db);
  else await createSqliteTriggers(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    for (const { table } of TABLES) {
      for (const op of ['insert', 'update', 'delete']) {
        await sql.raw(`drop trigger if exists ${table}_summary_${op} on ${table}`).execute(db);
        await sql.raw(`drop function if exists bilat_summary_${table}_${op}()`).execute(db);
      }
    }
  } else {
    for (const { table } of TABLES) {
      for (const op of ['insert', 'update', 'delete']) await sql.raw(`drop trigger if exists ${table}_summary_${op}`).execute(db);
    }
  }
  await db.schema.dropTable('pair_year_summaries').ifExists().execute();
  await db.schema.dropTable('pair_summaries').ifExists().execute();
}

/** A table's sort key column; series have no date (they count for their pair only). */
const sortKey = (table: string, row?: string) => (table === 'series' ? `'${UNDATED}'` : row ? `${row}.date_sort` : 'date_sort');

/** The year of a sort key, as an integer, in each dialect's SQL. */
const yearOf = (postgres: boolean, column: string) => (postgres ? `substr(${column}, 1, 4)::integer` : `cast(substr(${column}, 1, 4) as integer)`);

/** The counts of the records there are now, for a database migrated with data in it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
async function backfill(db: Kysely<any>, postgres: boolean): Promise<void> {
  const live = (table: string, column: string | null) =>
    `select pair, ${sortKey(table)} as date_sort, ${column ? `'${column}'` : 'null'} as counted from ${table} where deleted_at is null and pair is not null`;
  const all = TABLES.map(({ table, counts }) => live(table, counts)).join(' union all ');
  const split = postgres ? `split_part(pair, '-', 1), split_part(pair, '-', 2)` : `substr(pair, 1, instr(pair, '-') - 1), substr(pair, instr(pair, '-') + 1)`;
  const sums = PAIR_COUNTS.map((c) => `sum(case when counted = '${c}' then 1 else 0 end)`).join(', ');
  await sql
    .raw(
      `insert into pair_summaries (pair, a, b, ${PAIR_COUNTS.join(', ')}, records)
       select pair, ${split}, ${sums}, count(*) from (${all}) x group by pair`,
    )
    .execute(db);
  const yearSums = YEAR_COUNTS.map((c) => `sum(case when counted = '${c}' then 1 else 0 end)`).join(', ');
  await sql
    .raw(
      `insert into pair_year_summaries (pair, year, ${YEAR_COUNTS.join(', ')})
       select pair, year, ${yearSums} from (
         select pair, ${yearOf(postgres, 'date_sort')} as year, counted from (${all}) x where counted is not null and date_sort <> '${UNDATED}'
       ) y group by pair, year`,
    )
    .execute(db);
  await sql.raw(`update pair_summaries set trade_years = (select count(*) from pair_year_summaries y where y.pair = pair_summaries.pair and y.trade > 0)`).execute(db);
  await sql.raw(`${lastMeetingUpdate(postgres)} where last_meeting_sort_key is null`).execute(db);
}

/** Sets a pair's newest dated live meeting (sort key and date as recorded); followed by the rows' condition. */
function lastMeetingUpdate(postgres: boolean): string {
  const newest = (column: string) =>
    `(select ${column} from meetings m where m.pair = pair_summaries.pair and m.deleted_at is null and m.date_sort <> '${UNDATED}' order by m.date_sort desc, m.id limit 1)`;
  const date = postgres ? `(m.body::json -> 'date' ->> 'start')` : `json_extract(m.body, '$.date.start')`;
  return `update pair_summaries set last_meeting_sort_key = ${newest('m.date_sort')}, last_meeting_date = ${newest(date)}`;
}

// ---------------------------------------------------------------------------------------
// SQLite: row triggers. `row` is `new` (a record counted in) or `old` (counted out).

function sqliteChange(table: string, counts: string | null, row: 'new' | 'old'): string {
  const sign = row === 'new' ? '+' : '-';
  const liveRow = `${row}.pair is not null and ${row}.deleted_at is null`;
  const year = yearOf(false, `${row}.date_sort`);
  const statements: string[] = [];
  if (row === 'new') {
    statements.push(
      `insert into pair_summaries (pair, a, b) select new.pair, substr(new.pair, 1, instr(new.pair, '-') - 1), substr(new.pair, instr(new.pair, '-') + 1) where ${liveRow} on conflict (pair) do nothing`,
    );
  }
  const pairSet = [`records = records ${sign} 1`];
  if (counts && counts !== 'trade') pairSet.push(`${counts} = ${counts} ${sign} 1`);
  statements.push(`update pair_summaries set ${pairSet.join(', ')} where pair = ${row}.pair and ${liveRow}`);
  if (counts) {
    const dated = `${liveRow} and ${row}.date_sort <> '${UNDATED}'`;
    if (row === 'new') statements.push(`insert into pair_year_summaries (pair, year) select new.pair, ${year} where ${dated} on conflict (pair, year) do nothing`);
    statements.push(`update pair_year_summaries set ${counts} = ${counts} ${sign} 1 where pair = ${row}.pair and year = ${year} and ${dated}`);
    if (row === 'old') statements.push(`delete from pair_year_summaries where pair = old.pair and year = ${year} and ${YEAR_COUNTS.map((c) => `${c} = 0`).join(' and ')}`);
    if (counts === 'trade') {
      statements.push(`update pair_summaries set trade_years = (select count(*) from pair_year_summaries y where y.pair = ${row}.pair and y.trade > 0) where pair = ${row}.pair and ${dated}`);
    }
    if (table === 'meetings') statements.push(`${lastMeetingUpdate(false)} where pair = ${row}.pair and ${liveRow}`);
  }
  if (row === 'old') statements.push(`delete from pair_summaries where pair = old.pair and records = 0`);
  return statements.map((statement) => `${statement};`).join('\n');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
async function createSqliteTriggers(db: Kysely<any>): Promise<void> {
  for (const { table, counts } of TABLES) {
    await sql.raw(`create trigger ${table}_summary_insert after insert on ${table} when new.pair is not null and new.deleted_at is null begin\n${sqliteChange(table, counts, 'new')}\nend`).execute(db);
    await sql.raw(`create trigger ${table}_summary_delete after delete on ${table} when old.pair is not null and old.deleted_at is null begin\n${sqliteChange(table, counts, 'old')}\nend`).execute(db);
    // Only when what is counted moved: a pair, a year, or the record deleted or restored
    // (a meeting's body too, for its date as recorded). Counted out first, then in.
    const moved = `old.pair is not new.pair or (old.deleted_at is null) <> (new.deleted_at is null) or ${sortKey(table, 'old')} is not ${sortKey(table, 'new')}${table === 'meetings' ? ' or old.body is not new.body' : ''}`;
    await sql.raw(`create trigger ${table}_summary_update after update on ${table} when ${moved} begin\n${sqliteChange(table, counts, 'old')}\n${sqliteChange(table, counts, 'new')}\nend`).execute(db);
  }
}

// ---------------------------------------------------------------------------------------
// PostgreSQL: statement triggers over transition tables, one function per table and event.

function postgresFunction(table: string, counts: string | null, op: 'insert' | 'update' | 'delete'): string {
  const sides = [
    ...(op !== 'insert' ? [`select pair, ${sortKey(table)} as date_sort, -1 as d from old_rows where pair is not null and deleted_at is null`] : []),
    ...(op !== 'delete' ? [`select pair, ${sortKey(table)} as date_sort, 1 as d from new_rows where pair is not null and deleted_at is null`] : []),
  ];
  const changes = `(${sides.join(' union all ')}) changes`;
  // Pairs whose counts moved (an update that moved nothing touches no summary).
  const pairDeltas = `select pair, sum(d) as d from ${changes} group by pair having sum(d) <> 0`;
  const touched = `select distinct pair from (select pair, date_sort, sum(d) as d from ${changes} group by pair, date_sort having sum(d) <> 0) moved`;
  const statements: string[] = [];
  const pairSet = [`records = s.records + excluded.records`];
  if (counts && counts !== 'trade') pairSet.push(`${counts} = s.${counts} + excluded.${counts}`);
  const countedColumn = counts && counts !== 'trade' ? `, ${counts}` : '';
  statements.push(
    `insert into pair_summaries as s (pair, a, b, records${countedColumn})
       select pair, split_part(pair, '-', 1), split_part(pair, '-', 2), d${countedColumn ? ', d' : ''} from (${pairDeltas}) p order by pair
       on conflict (pair) do update set ${pairSet.join(', ')}`,
  );
  if (counts) {
    const yearDeltas = `select pair, ${yearOf(true, 'date_sort')} as year, sum(d) as d from ${changes} where date_sort <> '${UNDATED}' group by pair, ${yearOf(true, 'date_sort')} having sum(d) <> 0`;
    statements.push(
      `insert into pair_year_summaries as s (pair, year, ${counts}) select pair, year, d from (${yearDeltas}) y order by pair, year
         on conflict (pair, year) do update set ${counts} = s.${counts} + excluded.${counts}`,
    );
    statements.push(`delete from pair_year_summaries where pair in (${touched}) and ${YEAR_COUNTS.map((c) => `${c} = 0`).join(' and ')}`);
    if (counts === 'trade') {
      statements.push(`update pair_summaries set trade_years = (select count(*) from pair_year_summaries y where y.pair = pair_summaries.pair and y.trade > 0) where pair in (${touched})`);
    }
    if (table === 'meetings') {
      // Any changed meeting may be the newest: its date as recorded may change at the same sort key.
      const any = [...(op !== 'insert' ? ['select pair from old_rows'] : []), ...(op !== 'delete' ? ['select pair from new_rows'] : [])].join(' union ');
      statements.push(`${lastMeetingUpdate(true)} where pair in (${any})`);
    }
  }
  statements.push(`delete from pair_summaries where pair in (${touched}) and records = 0`);
  return `create function bilat_summary_${table}_${op}() returns trigger language plpgsql as $$
    begin
      ${statements.map((statement) => `${statement};`).join('\n      ')}
      return null;
    end $$`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
async function createPostgresTriggers(db: Kysely<any>): Promise<void> {
  for (const { table, counts } of TABLES) {
    for (const op of ['insert', 'update', 'delete'] as const) {
      await sql.raw(postgresFunction(table, counts, op)).execute(db);
      const referencing = op === 'insert' ? 'new table as new_rows' : op === 'delete' ? 'old table as old_rows' : 'old table as old_rows new table as new_rows';
      await sql.raw(`create trigger ${table}_summary_${op} after ${op} on ${table} referencing ${referencing} for each statement execute function bilat_summary_${table}_${op}()`).execute(db);
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
