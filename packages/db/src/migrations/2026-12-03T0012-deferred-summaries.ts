import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * PostgreSQL: a large change settles the pair summaries once, at its end.
 *
 * The statement triggers of 0009 run once per statement on a record table, and each run
 * updates the summary rows of the pairs that statement touched. Within one transaction
 * PostgreSQL cannot prune the row versions those updates leave behind, so an import that
 * writes the same pairs chunk after chunk paid more for every chunk than for the one
 * before it (on a 60,000-row Comtrade file the summary statements took twice as long at
 * the end as at the start).
 *
 * Now a transaction may set `bilat.summaries` to `deferred` (transaction-local). The
 * triggers of 0009 then stand aside, and the triggers made here note each statement's
 * counted rows (table, pair, sort key, +1 or -1) in a temporary table that the same
 * transaction created; `bilat_settle_summaries()` applies them in one grouped statement per
 * step of 0009's triggers, in the same order, and empties the table. The data layer defers
 * for imports and undos and settles before they commit (deferred-summaries.ts), so no
 * reader sees counts that are not settled; the country summaries (0011) follow the pair
 * summaries' statements as they always did. SQLite's row triggers have no such cost and
 * are left alone.
 * Frozen once released.
 */

/** Which summary column a record table feeds, besides `records` (as in 0009). */
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
const OPS = ['insert', 'update', 'delete'] as const;
type Op = (typeof OPS)[number];
const UNDATED = '000000000';
const PAIR_COUNTS = ['meetings', 'visits', 'agreements', 'relations'] as const;
const YEAR_COUNTS = [...PAIR_COUNTS, 'trade'] as const;

/** The temporary table a deferring transaction creates (deferred-summaries.ts creates it the same way). */
export const CHANGES_TABLE = 'bilat_summary_changes';
const CHANGES = `pg_temp.${CHANGES_TABLE}`;
const DEFERRED = `current_setting('bilat.summaries', true) = 'deferred'`;

const referencing = (op: Op) => (op === 'insert' ? 'new table as new_rows' : op === 'delete' ? 'old table as old_rows' : 'old table as old_rows new table as new_rows');
const sortKey = (table: string) => (table === 'series' ? `'${UNDATED}'` : 'date_sort');

/** Notes what a statement counted out (-1) and in (+1), for the settling. */
function noteFunction(table: string, op: Op): string {
  const sides = [
    ...(op !== 'insert' ? [`select '${table}', pair, ${sortKey(table)}, -1 from old_rows where pair is not null and deleted_at is null`] : []),
    ...(op !== 'delete' ? [`select '${table}', pair, ${sortKey(table)}, 1 from new_rows where pair is not null and deleted_at is null`] : []),
  ];
  return `create function bilat_summary_note_${table}_${op}() returns trigger language plpgsql as $$
    begin
      insert into ${CHANGES} (tbl, pair, date_sort, d) ${sides.join(' union all ')};
      return null;
    end $$`;
}

/** The pair's counts of one kind moved by the noted rows, as a grouped column. */
const countOf = (table: string) => `coalesce(sum(d) filter (where tbl = '${table}'), 0)`;
const tableOf = (counts: string) => TABLES.find((entry) => entry.counts === counts)!.table;

function settleFunction(): string {
  const pairSums = ['sum(d)', ...PAIR_COUNTS.map((c) => countOf(tableOf(c)))];
  const yearSums = YEAR_COUNTS.map((c) => countOf(tableOf(c)));
  const counted = TABLES.filter((entry) => entry.counts).map((entry) => `'${entry.table}'`);
  const noted = (where = 'true') => `select pair from ${CHANGES} where ${where}`;
  const newest = (column: string) =>
    `(select ${column} from meetings m where m.pair = pair_summaries.pair and m.deleted_at is null and m.date_sort <> '${UNDATED}' order by m.date_sort desc, m.id limit 1)`;
  const statements = [
    // Every pair whose records or counts moved, in one upsert.
    `insert into pair_summaries as s (pair, a, b, records, ${PAIR_COUNTS.join(', ')})
       select pair, split_part(pair, '-', 1), split_part(pair, '-', 2), ${pairSums.join(', ')} from ${CHANGES}
       group by pair having ${pairSums.map((sum) => `${sum} <> 0`).join(' or ')} order by pair
       on conflict (pair) do update set ${['records', ...PAIR_COUNTS].map((c) => `${c} = s.${c} + excluded.${c}`).join(', ')}`,
    // Every pair-year whose counts moved (undated records count for the pair only).
    `insert into pair_year_summaries as s (pair, year, ${YEAR_COUNTS.join(', ')})
       select pair, substr(date_sort, 1, 4)::integer as year, ${yearSums.join(', ')} from ${CHANGES}
       where tbl in (${counted.join(', ')}) and date_sort <> '${UNDATED}'
       group by pair, substr(date_sort, 1, 4)::integer having ${yearSums.map((sum) => `${sum} <> 0`).join(' or ')} order by pair, year
       on conflict (pair, year) do update set ${YEAR_COUNTS.map((c) => `${c} = s.${c} + excluded.${c}`).join(', ')}`,
    `delete from pair_year_summaries where pair in (${noted()}) and ${YEAR_COUNTS.map((c) => `${c} = 0`).join(' and ')}`,
    `update pair_summaries set trade_years = (select count(*) from pair_year_summaries y where y.pair = pair_summaries.pair and y.trade > 0) where pair in (${noted(`tbl = 'trade_flows'`)})`,
    // Any changed meeting may be the newest (its date as recorded may change at the same sort key).
    `update pair_summaries set last_meeting_sort_key = ${newest('m.date_sort')}, last_meeting_date = ${newest(`(m.body::json -> 'date' ->> 'start')`)} where pair in (${noted(`tbl = 'meetings'`)})`,
    `delete from pair_summaries where pair in (${noted()}) and records = 0`,
    `delete from ${CHANGES}`,
  ];
  return `create function bilat_settle_summaries() returns void language plpgsql as $$
    begin
      ${statements.map((statement) => `${statement};`).join('\n      ')}
    end $$`;
}

/** 0009's trigger on a table and event: run always, or (when `when` is given) only on that condition. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
async function summaryTrigger(db: Kysely<any>, table: string, op: Op, when?: string): Promise<void> {
  await sql.raw(`drop trigger if exists ${table}_summary_${op} on ${table}`).execute(db);
  await sql
    .raw(`create trigger ${table}_summary_${op} after ${op} on ${table} referencing ${referencing(op)} for each statement ${when ? `when (${when}) ` : ''}execute function bilat_summary_${table}_${op}()`)
    .execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the application's table types
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const { table } of TABLES) {
    for (const op of OPS) {
      await summaryTrigger(db, table, op, `not ${DEFERRED}`);
      await sql.raw(noteFunction(table, op)).execute(db);
      await sql
        .raw(`create trigger ${table}_summary_note_${op} after ${op} on ${table} referencing ${referencing(op)} for each statement when (${DEFERRED}) execute function bilat_summary_note_${table}_${op}()`)
        .execute(db);
    }
  }
  await sql.raw(settleFunction()).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const { table } of TABLES) {
    for (const op of OPS) {
      await sql.raw(`drop trigger if exists ${table}_summary_note_${op} on ${table}`).execute(db);
      await sql.raw(`drop function if exists bilat_summary_note_${table}_${op}()`).execute(db);
      await summaryTrigger(db, table, op);
    }
  }
  await sql.raw(`drop function if exists bilat_settle_summaries()`).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
