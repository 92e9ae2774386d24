import type { PairSort } from '@bilat/domain';
import { comparePairsByName, partyNameRank } from '@bilat/domain/parties';
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Scope } from '../scope.js';
import { COUNTRY_TOTAL_COLUMNS, countryList, countryTotalsOf, type CountryListFilter, type CountrySummary, type CountryTotals } from './country-list.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, decodeCursor, encodeCursor } from './cursor.js';

/*
 * The pairs index and the countries' totals, read from the summaries that triggers keep
 * (migrations 0009 and later). This file imports no runtime code of @bilat/domain (zod
 * and its schemas), so `@bilat/db/summaries` serves the command line's quick lists alone.
 * The countries list itself is built in country-list.ts, which the quick reads of a
 * SQLite file use without Kysely.
 */

export type { CountryListFilter, CountrySummary, CountryTotals };

export interface PairSummary {
  pair: string;
  /** The pair's two parties, in the pair's (alphabetical) order. */
  a: string;
  b: string;
  meetings: number;
  /** Visits either way between the two. */
  visits: number;
  agreements: number;
  /** Relations events (recognition, relations established, missions opened…). */
  relations: number;
  /** Every live record of the pair, of any kind (trade figures and machine-coded events included). */
  records: number;
  /** Distinct calendar years with a trade figure. */
  tradeYears: number;
  /** The newest dated meeting's first possible day, YYYY-MM-DD. */
  lastMeetingFirstDay: string | null;
  /** The newest dated meeting's date as recorded, at its own precision ("2024-05", "2024-06-20"). */
  lastMeetingDate: string | null;
}

export interface PairYear {
  year: number;
  meetings: number;
  visits: number;
  agreements: number;
  relations: number;
}

/** The summary column each sort reads, besides the pair itself. */
const SORT_COLUMNS: Record<Exclude<PairSort, 'pair'>, string> = {
  meetings: 'meetings',
  visits: 'visits',
  agreements: 'agreements',
  relations: 'relations',
  records: 'records',
  trade: 'trade_years',
  latest: 'last_meeting_sort_key',
};

export interface SummaryRow {
  pair: string;
  a: string;
  b: string;
  meetings: number | string;
  visits: number | string;
  agreements: number | string;
  relations: number | string;
  records: number | string;
  trade_years: number | string;
  last_meeting_sort_key: string | null;
  last_meeting_date: string | null;
}

export function toSummary(row: SummaryRow): PairSummary {
  const key = row.last_meeting_sort_key;
  return {
    pair: row.pair,
    a: row.a,
    b: row.b,
    meetings: Number(row.meetings),
    visits: Number(row.visits),
    agreements: Number(row.agreements),
    relations: Number(row.relations),
    records: Number(row.records),
    tradeYears: Number(row.trade_years),
    lastMeetingFirstDay: key ? `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}` : null,
    lastMeetingDate: row.last_meeting_date,
  };
}

export interface PairListFilter {
  /** Pairs with this party. */
  country?: string;
  /** Pairs with a party among these (a region's countries); with `country`, pairs whose partner is among them. */
  among?: readonly string[];
  /** Default `meetings`: the busiest first, then by the pair's name as shown. */
  sort?: PairSort;
  limit?: number;
  cursor?: string;
}

export interface PairPage {
  items: PairSummary[];
  nextCursor: string | null;
  /** How many pairs the filter matches, over every page. */
  total: number;
}

export const SUMMARY_COLUMNS = ['pair', 'a', 'b', 'meetings', 'visits', 'agreements', 'relations', 'records', 'trade_years', 'last_meeting_sort_key', 'last_meeting_date'] as const;

/** A row's place in a sort: the sort value (none for `pair`), then the pair. */
type PairKey = [string | number, string] | [string];

/**
 * Pairs with something recorded, filtered, sorted and paged by a keyset cursor (the sort
 * value and the pair of a page's last row). Pairs with the same value are in order of
 * their names as shown (comparePairsByName: "Australia – …" before "Austria – …"), not of
 * their codes. SQL reads by value through the sort's index; a value group a page starts
 * in or is cut in is read whole and put in name order here (names are not in the database).
 */
export async function listPairs(scope: Scope, filter: PairListFilter = {}): Promise<PairPage> {
  const sort = filter.sort ?? 'meetings';
  const limit = Math.max(1, Math.min(filter.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
  let query = scope.db.selectFrom('pair_summaries');
  const { country, among } = filter;
  if (country) query = query.where((eb) => eb.or([eb('a', '=', country), eb('b', '=', country)]));
  if (among) {
    if (among.length === 0) return { items: [], nextCursor: null, total: 0 };
    const party = country;
    query = party
      ? query.where((eb) => eb.or([eb.and([eb('a', '=', party), eb('b', 'in', among)]), eb.and([eb('b', '=', party), eb('a', 'in', among)])]))
      : query.where((eb) => eb.or([eb('a', 'in', among), eb('b', 'in', among)]));
  }
  const counted = await query.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow();
  const total = Number(counted.total);
  if (sort === 'pair') {
    let page = query.select([...SUMMARY_COLUMNS]);
    if (filter.cursor) {
      const [pair] = decodeCursor(filter.cursor, ['string']) as [string];
      page = page.where('pair', '>', pair);
    }
    const rows = (await page.orderBy('pair', 'asc').limit(limit + 1).execute()) as SummaryRow[];
    const last = rows.length > limit ? rows[limit - 1]! : undefined;
    return { items: rows.slice(0, limit).map(toSummary), nextCursor: last ? encodeCursor([last.pair]) : null, total };
  }
  const column = SORT_COLUMNS[sort];
  // The latest meeting's key is NULL for pairs with no dated meeting: as '' they sort last on both backends.
  const valueOf = (row: SummaryRow): string | number => (sort === 'latest' ? (row.last_meeting_sort_key ?? '') : Number(row[column as keyof SummaryRow]));
  const value = sort === 'latest' ? sql<string>`coalesce(last_meeting_sort_key, '')` : sql<number>`${sql.ref(column)}`;
  /** Every pair of the filter with this value, in name order. */
  // A value group is read as codes alone (the sort's index covers them) and put in name order; rows are read for the page only.
  type Entry = { pair: string; value: string | number; row?: SummaryRow };
  const group = async (of: string | number): Promise<Entry[]> => {
    const found = await (sort === 'latest' && of === ''
      ? query.select('pair').where('last_meeting_sort_key', 'is', null)
      : query.select('pair').where(sql.ref(column), '=', of)
    ).execute();
    return inNameOrder(found.map(({ pair }) => pair)).map((pair) => ({ pair, value: of }));
  };
  const entries: Entry[] = [];
  let below: string | number | undefined;
  if (filter.cursor) {
    const [last, pair] = decodeCursor(filter.cursor, [sort === 'latest' ? 'string' : 'number', 'string']) as [string | number, string];
    entries.push(...(await group(last)).filter((entry) => comparePairsByName(entry.pair, pair) > 0));
    below = last;
  }
  if (entries.length <= limit) {
    let next = query.select([...SUMMARY_COLUMNS]);
    if (below !== undefined) next = next.where(sql<SqlBool>`${value} < ${below}` as Expression<SqlBool>);
    const more = (await next.orderBy(value, 'desc').orderBy('pair', 'asc').limit(limit + 1 - entries.length).execute()) as SummaryRow[];
    if (more.length > 0) {
      // The last value read may have more pairs than the limit let in, and not the first by name: read its group whole.
      const cut = valueOf(more.at(-1)!);
      // The groups before it are whole: each is put in name order where it stands (SQL gave them by value, then code).
      const whole = more.filter((row) => valueOf(row) !== cut);
      const byPair = new Map(whole.map((row) => [row.pair, row]));
      const values = [...new Set(whole.map(valueOf))];
      for (const each of values) {
        const pairs = inNameOrder(whole.filter((row) => valueOf(row) === each).map((row) => row.pair));
        entries.push(...pairs.map((pair) => ({ pair, value: each, row: byPair.get(pair)! })));
      }
      entries.push(...(await group(cut)));
    }
  }
  const shown = entries.slice(0, limit + 1);
  const missing = shown.filter((entry) => !entry.row).map((entry) => entry.pair);
  if (missing.length) {
    const read = (await scope.db.selectFrom('pair_summaries').select([...SUMMARY_COLUMNS]).where('pair', 'in', missing).execute()) as SummaryRow[];
    const byPair = new Map(read.map((row) => [row.pair, row]));
    for (const entry of shown) entry.row ??= byPair.get(entry.pair);
  }
  const rows = shown.filter((entry) => entry.row).map((entry) => entry.row!);
  const items = rows.slice(0, limit).map(toSummary);
  const last = rows.length > limit ? rows[limit - 1]! : undefined;
  const key = (row: SummaryRow): PairKey => [valueOf(row), row.pair];
  return { items, nextCursor: last ? encodeCursor(key(last)) : null, total };
}

/** Pair codes in order of their names as shown (comparePairsByName), each pair's key computed once. */
function inNameOrder(pairs: readonly string[]): string[] {
  return pairs
    .map((pair) => {
      const [a = '', b = ''] = pair.split('-');
      return { pair, a: partyNameRank(a), b: partyNameRank(b) };
    })
    .sort((x, y) => x.a - y.a || x.b - y.b || (x.pair < y.pair ? -1 : 1))
    .map((entry) => entry.pair);
}

/** Every pair's summary, busiest first (for callers that want them all, such as exports). */
export async function allPairSummaries(scope: Scope): Promise<PairSummary[]> {
  const rows = (await scope.db.selectFrom('pair_summaries').select([...SUMMARY_COLUMNS]).orderBy('meetings', 'desc').orderBy('pair').execute()) as SummaryRow[];
  return rows.map(toSummary);
}

/** Each party's totals over its pairs, for every party with at least one pair: the country summaries (migration 0011), a few hundred rows. */
export async function countrySummaries(scope: Scope): Promise<Map<string, CountryTotals>> {
  return countryTotalsOf(await scope.db.selectFrom('country_summaries').select([...COUNTRY_TOTAL_COLUMNS]).execute());
}

/** Every party bilat knows with its totals (zero where it has no pair), filtered and sorted: the countries list. */
export async function listCountries(scope: Scope, filter: CountryListFilter = {}): Promise<CountrySummary[]> {
  return countryList(await countrySummaries(scope), filter);
}
