import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * Per-country and per-country-per-year summaries, kept from the per-pair ones (migration
 * 0009) by triggers on those, so the map, the countries list and a country's chart of
 * meetings per year read a few hundred rows instead of summing every pair on each read.
 *
 * A country's row sums its pairs' rows: the four counted kinds, every record, and the
 * number of pairs (its partners). A country-year row sums its pairs' year rows for the
 * four counted kinds (trade alone makes no country-year row). Rows go when they reach
 * nothing: a country when its last pair goes, a year when its four counts are zero.
 *
 * The triggers sit on the pair summaries, which every change to a record table moves in
 * the same transaction, so writes, imports, undos and rolled-back imports carry the
 * countries along with them. A pair summary's parties never change (they are its key's
 * two halves), so an update moves the same two countries by the difference.
 * - SQLite: row triggers, each only when a counted column moved (a meeting's newest-date
 *   update or a trade-year recount touches no country).
 * - PostgreSQL: statement triggers over transition tables, as in 0009, so an import's
 *   grouped update of pair summaries is one grouped update of countries.
 * Frozen once released.
 */

const COUNTS = ['meetings', 'visits', 'agreements', 'relations'] as const;
/** What a country row sums from its pairs' rows (besides the pairs themselves, as `partners`). */
const COUNTRY_SUMS = [...COUNTS, 'records'] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the application's table types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  const key = postgres ? sql`text collate "C"` : sql`text`;
  let countries = db.schema.createTable('country_summaries').addColumn('party', key, (c) => c.primaryKey());
  for (const column of [...COUNTRY_SUMS, 'partners']) countries = countries.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0));
  await countries.execute();
  let years = db.schema
    .createTable('country_year_summaries')
    .addColumn('party', key, (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull());
  for (const column of COUNTS) years = years.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0));
  await years.addPrimaryKeyConstraint('country_year_summaries_pk', ['party', 'year']).execute();
  await backfill(db, postgres);
  if (postgres) await createPostgresTriggers(db);
  else await createSqliteTriggers(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export async function down(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  for (const table of ['pair_summaries', 'pair_year_summaries']) {
    for (const op of ['insert', 'update', 'delete']) {
      if (postgres) {
        await sql.raw(`drop trigger if exists ${table}_country_${op} on ${table}`).execute(db);
        await sql.raw(`drop function if exists bilat_country_${table}_${op}()`).execute(db);
      } else {
        await sql.raw(`drop trigger if exists ${table}_country_${op}`).execute(db);
      }
    }
  }
  await db.schema.dropTable('country_year_summaries').ifExists().execute();
  await db.schema.dropTable('country_summaries').ifExists().execute();
}

/** A pair's first and second party, from its key, in each dialect's SQL. */
function sides(postgres: boolean, pair: string): [string, string] {
  return postgres ? [`split_part(${pair}, '-', 1)`, `split_part(${pair}, '-', 2)`] : [`substr(${pair}, 1, instr(${pair}, '-') - 1)`, `substr(${pair}, instr(${pair}, '-') + 1)`];
}

const list = (columns: readonly string[], each: (column: string) => string) => columns.map(each).join(', ');
const allZero = (row = '') => COUNTS.map((c) => `${row}${c} = 0`).join(' and ');

/** The countries there are now, summed from the pair summaries in two grouped statements. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
async function backfill(db: Kysely<any>, postgres: boolean): Promise<void> {
  const columns = COUNTRY_SUMS.join(', ');
  await sql
    .raw(
      `insert into country_summaries (party, ${columns}, partners)
       select party, ${list(COUNTRY_SUMS, (c) => `sum(${c})`)}, count(*) from (
         select a as party, ${columns} from pair_summaries
         union all
         select b as party, ${columns} from pair_summaries
       ) x group by party`,
    )
    .execute(db);
  const [a, b] = sides(postgres, 'pair');
  const counts = COUNTS.join(', ');
  await sql
    .raw(
      `insert into country_year_summaries (party, year, ${counts})
       select party, year, ${list(COUNTS, (c) => `sum(${c})`)} from (
         select ${a} as party, year, ${counts} from pair_year_summaries
         union all
         select ${b} as party, year, ${counts} from pair_year_summaries
       ) x group by party, year
       having ${COUNTS.map((c) => `sum(${c})`).join(' + ')} > 0`,
    )
    .execute(db);
}

// ---------------------------------------------------------------------------------------
// SQLite: row triggers on the pair summaries.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
async function createSqliteTriggers(db: Kysely<any>): Promise<void> {
  const columns = COUNTRY_SUMS.join(', ');
  const add = list(COUNTRY_SUMS, (c) => `${c} = country_summaries.${c} + excluded.${c}`);
  const moved = COUNTRY_SUMS.map((c) => `old.${c} <> new.${c}`).join(' or ');
  // A pair counted in: both its parties gain it and its counts (0009 inserts a pair's row with zeros, then adds).
  await sql
    .raw(
      `create trigger pair_summaries_country_insert after insert on pair_summaries begin
         insert into country_summaries (party, ${columns}, partners)
         values (new.a, ${list(COUNTRY_SUMS, (c) => `new.${c}`)}, 1), (new.b, ${list(COUNTRY_SUMS, (c) => `new.${c}`)}, 1)
         on conflict (party) do update set ${add}, partners = country_summaries.partners + 1;
       end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger pair_summaries_country_update after update on pair_summaries when ${moved} begin
         update country_summaries set ${list(COUNTRY_SUMS, (c) => `${c} = ${c} + (new.${c} - old.${c})`)} where party in (new.a, new.b);
       end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger pair_summaries_country_delete after delete on pair_summaries begin
         update country_summaries set ${list(COUNTRY_SUMS, (c) => `${c} = ${c} - old.${c}`)}, partners = partners - 1 where party in (old.a, old.b);
         delete from country_summaries where party in (old.a, old.b) and partners = 0;
       end`,
    )
    .execute(db);

  // Years: the pair's parties come from its key; the difference is added, creating the row if need be.
  const [a, b] = sides(false, 'new.pair');
  const [oldA, oldB] = sides(false, 'old.pair');
  const counts = COUNTS.join(', ');
  const addYear = list(COUNTS, (c) => `${c} = country_year_summaries.${c} + excluded.${c}`);
  const delta = list(COUNTS, (c) => `new.${c} - old.${c}`);
  await sql
    .raw(
      `create trigger pair_year_summaries_country_insert after insert on pair_year_summaries when ${COUNTS.map((c) => `new.${c} <> 0`).join(' or ')} begin
         insert into country_year_summaries (party, year, ${counts})
         values (${a}, new.year, ${list(COUNTS, (c) => `new.${c}`)}), (${b}, new.year, ${list(COUNTS, (c) => `new.${c}`)})
         on conflict (party, year) do update set ${addYear};
       end`,
    )
    .execute(db);
  // A fall may empty a year; the delete's condition on the row lets imports, which only add, skip the lookup.
  const fell = COUNTS.map((c) => `new.${c} < old.${c}`).join(' or ');
  await sql
    .raw(
      `create trigger pair_year_summaries_country_update after update on pair_year_summaries when ${COUNTS.map((c) => `old.${c} <> new.${c}`).join(' or ')} begin
         insert into country_year_summaries (party, year, ${counts})
         values (${a}, new.year, ${delta}), (${b}, new.year, ${delta})
         on conflict (party, year) do update set ${addYear};
         delete from country_year_summaries where (${fell}) and party in (${a}, ${b}) and year = new.year and ${allZero()};
       end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger pair_year_summaries_country_delete after delete on pair_year_summaries when ${COUNTS.map((c) => `old.${c} <> 0`).join(' or ')} begin
         update country_year_summaries set ${list(COUNTS, (c) => `${c} = ${c} - old.${c}`)} where party in (${oldA}, ${oldB}) and year = old.year;
         delete from country_year_summaries where party in (${oldA}, ${oldB}) and year = old.year and ${allZero()};
       end`,
    )
    .execute(db);
}

// ---------------------------------------------------------------------------------------
// PostgreSQL: statement triggers over transition tables, one function per table and event.

type Op = 'insert' | 'update' | 'delete';

/** The rows a statement counted in (+1) and out (-1), from its transition tables. */
function signedRows(op: Op, select: (rows: string, sign: 1 | -1) => string): string {
  return [...(op !== 'insert' ? [select('old_rows', -1)] : []), ...(op !== 'delete' ? [select('new_rows', 1)] : [])].join(' union all ');
}

function countryFunction(op: Op): string {
  const columns = COUNTRY_SUMS.join(', ');
  const side = (party: 'a' | 'b') => (rows: string, sign: 1 | -1) =>
    `select ${party} as party, ${list(COUNTRY_SUMS, (c) => `${sign} * ${c} as ${c}`)}, ${sign} as partners from ${rows}`;
  const changes = `${signedRows(op, side('a'))} union all ${signedRows(op, side('b'))}`;
  const statements = [
    `insert into country_summaries as s (party, ${columns}, partners)
       select party, ${list([...COUNTRY_SUMS, 'partners'], (c) => `sum(${c})`)} from (${changes}) d
       group by party having ${[...COUNTRY_SUMS, 'partners'].map((c) => `sum(${c}) <> 0`).join(' or ')} order by party
       on conflict (party) do update set ${list([...COUNTRY_SUMS, 'partners'], (c) => `${c} = s.${c} + excluded.${c}`)}`,
  ];
  if (op === 'delete') statements.push(`delete from country_summaries where partners = 0 and party in (select a from old_rows union select b from old_rows)`);
  return plpgsql(`bilat_country_pair_summaries_${op}`, statements);
}

function countryYearFunction(op: Op): string {
  const [a, b] = sides(true, 'pair');
  const side = (party: string) => (rows: string, sign: 1 | -1) => `select ${party} as party, year, ${list(COUNTS, (c) => `${sign} * ${c} as ${c}`)} from ${rows}`;
  const changes = `${signedRows(op, side(a))} union all ${signedRows(op, side(b))}`;
  const moved = `select party, year, ${list(COUNTS, (c) => `sum(${c}) as ${c}`)} from (${changes}) d group by party, year having ${COUNTS.map((c) => `sum(${c}) <> 0`).join(' or ')}`;
  const statements = [
    `insert into country_year_summaries as s (party, year, ${COUNTS.join(', ')})
       select party, year, ${COUNTS.join(', ')} from (${moved}) m order by party, year
       on conflict (party, year) do update set ${list(COUNTS, (c) => `${c} = s.${c} + excluded.${c}`)}`,
  ];
  if (op !== 'insert') {
    const touched = `select ${a} as party, year from old_rows union select ${b}, year from old_rows`;
    statements.push(`delete from country_year_summaries where (party, year) in (${touched}) and ${allZero()}`);
  }
  return plpgsql(`bilat_country_pair_year_summaries_${op}`, statements);
}

function plpgsql(name: string, statements: string[]): string {
  return `create function ${name}() returns trigger language plpgsql as $$
    begin
      ${statements.map((statement) => `${statement};`).join('\n      ')}
      return null;
    end $$`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
async function createPostgresTriggers(db: Kysely<any>): Promise<void> {
  for (const op of ['insert', 'update', 'delete'] as const) {
    const referencing = op === 'insert' ? 'new table as new_rows' : op === 'delete' ? 'old table as old_rows' : 'old table as old_rows new table as new_rows';
    for (const [table, build] of [
      ['pair_summaries', countryFunction],
      ['pair_year_summaries', countryYearFunction],
    ] as const) {
      await sql.raw(build(op)).execute(db);
      await sql.raw(`create trigger ${table}_country_${op} after ${op} on ${table} referencing ${referencing} for each statement execute function bilat_country_${table}_${op}()`).execute(db);
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
